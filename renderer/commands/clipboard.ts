/**
 * Copy and paste of cards, within a map and between maps (and Waymark windows): cards go
 * to the clipboard as JSON with a marker, plus a plain-text list for other apps. Pasting
 * plain text makes one card per non-empty line, for sticky-note speed in workshops.
 */
import type { Card } from '../../shared/model/schema';
import { cardSchema } from '../../shared/model/schema';

const MARKER = 'waymark/cards@1';

export function cardsToClipboard(cards: readonly Card[]): { json: string; text: string } {
  return {
    json: JSON.stringify({ format: MARKER, cards }),
    text: cards.map((c) => c.title).join('\n'),
  };
}

export type Pasted = { kind: 'cards'; cards: Card[] } | { kind: 'lines'; lines: string[] } | { kind: 'nothing' };

/** Reads clipboard text: Waymark cards (validated, never trusted) or plain lines. */
export function parseClipboard(text: string): Pasted {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.includes(MARKER)) {
    try {
      const data = JSON.parse(trimmed) as { format?: unknown; cards?: unknown };
      if (data.format === MARKER && Array.isArray(data.cards)) {
        const cards = data.cards.flatMap((c) => { const r = cardSchema.safeParse(c); return r.success ? [r.data] : []; });
        if (cards.length > 0) return { kind: 'cards', cards };
      }
    } catch { /* not ours after all: treat as text */ }
  }
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^\s*([-*•]|\d+[.)])\s+/, '').trim()).filter(Boolean).slice(0, 500);
  return lines.length ? { kind: 'lines', lines } : { kind: 'nothing' };
}

/** The last copied cards, for menu-driven paste where the system clipboard can't be read. */
let internal: string | null = null;
export const rememberClipboard = (json: string) => { internal = json; };
export const internalClipboard = () => internal;
