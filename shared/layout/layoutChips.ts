/**
 * KPI chips ("Conv. 64.8%") laid out in rows inside a box of a given width: the same
 * positions on the canvas and in the export. A chip wider than the row is cut to the row.
 */
import { TYPE } from '../theme/theme';
import type { TextMeasurer } from './textMeasure';

/** Chip text is SemiBold at TYPE.badge; `border` is the outline's width on each side. */
export const CHIP = { height: 18, gap: 4, paddingX: 6, rowGap: 4, border: 1 } as const;

export interface ChipBox {
  /** The binding the chip shows. */
  bindingId: string;
  text: string;
  /** Relative to the box the chips sit in. */
  x: number;
  y: number;
  width: number;
}

export function chipText(v: { short: string; text: string }): string {
  return `${v.short} ${v.text}`;
}

export function layoutChips(values: readonly { bindingId: string; short: string; text: string }[], width: number, measure: TextMeasurer): { chips: ChipBox[]; height: number } {
  const chips: ChipBox[] = [];
  let x = 0;
  let y = 0;
  for (const v of values) {
    const text = chipText(v);
    const w = Math.min(width, Math.ceil(measure(text, TYPE.badge, true) + 2 * (CHIP.paddingX + CHIP.border)));
    if (x > 0 && x + w > width) { x = 0; y += CHIP.height + CHIP.rowGap; }
    chips.push({ bindingId: v.bindingId, text, x, y, width: w });
    x += w + CHIP.gap;
  }
  return { chips, height: chips.length ? y + CHIP.height : 0 };
}
