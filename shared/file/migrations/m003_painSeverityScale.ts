import { isPlainObject } from '../../util/path';
import { type Migration, MigrationError } from './Migration';

/** v2 rated pain points low/medium/high; v3 uses a 1–5 severity scale. */
export const SEVERITY_FROM_WORD: Record<string, number> = { low: 2, medium: 3, high: 4 };

export const painSeverityScale: Migration = {
  to: 3,
  name: 'painSeverityScale',
  up(doc) {
    if (!isPlainObject(doc) || !isPlainObject(doc.cards)) throw new MigrationError('document.cards', 'expected records');
    const cards: Record<string, unknown> = {};
    for (const [id, card] of Object.entries(doc.cards)) {
      if (isPlainObject(card) && card.kind === 'painPoint' && typeof card.severity === 'string') {
        const mapped = SEVERITY_FROM_WORD[card.severity];
        if (mapped === undefined) throw new MigrationError(`cards[${id}].severity`, `unknown severity "${card.severity}" (expected low, medium or high)`);
        cards[id] = { ...card, severity: mapped };
      } else {
        cards[id] = card;
      }
    }
    return { ...doc, cards };
  },
};
