import { isPlainObject } from '../../util/path';
import { type Migration, MigrationError } from './Migration';

/**
 * v3 had one emotion curve per map, implied. v4 has named curves (one per persona,
 * as-is vs to-be). Existing emotion points move onto one "As-is" curve.
 */
export const DEFAULT_CURVE_ID = 'curve_asis';

export const emotionCurves: Migration = {
  to: 4,
  name: 'emotionCurves',
  up(doc) {
    if (!isPlainObject(doc) || !isPlainObject(doc.cards)) throw new MigrationError('document.cards', 'expected records');
    const cards: Record<string, unknown> = {};
    let hasEmotion = false;
    for (const [id, card] of Object.entries(doc.cards)) {
      if (isPlainObject(card) && card.kind === 'emotion') {
        hasEmotion = true;
        cards[id] = { ...card, curveId: DEFAULT_CURVE_ID };
      } else cards[id] = card;
    }
    const curves = hasEmotion
      ? { [DEFAULT_CURVE_ID]: { id: DEFAULT_CURVE_ID, name: 'As-is', variant: 'asIs', color: '#7c3aed', visible: true, order: 0 } }
      : {};
    return { ...doc, cards, curves };
  },
};
