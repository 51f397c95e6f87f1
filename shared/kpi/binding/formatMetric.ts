/**
 * One way to write a metric's value everywhere it appears (badges on the canvas, the
 * legend, the export, the Markdown report), from its unit: fractions as percentages,
 * durations in the largest sensible unit, NPS signed, currencies with their symbol.
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CURRENCY_SYMBOLS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹', CHF: 'CHF ', AUD: 'A$', CAD: 'C$' };

const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);

function fixed(v: number, digits: number): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

export function formatDuration(seconds: number): string {
  const a = Math.abs(seconds);
  if (a < 90) return `${fixed(seconds, 1)} s`;
  if (a < 90 * 60) return `${fixed(seconds / 60, 1)} min`;
  if (a < 48 * 3600) return `${fixed(seconds / 3600, 1)} h`;
  return `${fixed(seconds / 86400, 1)} d`;
}

export function formatMetric(value: number | null, unit: string, metric = ''): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (unit === 'fraction') return `${fixed(value * 100, 1)}%`;
  if (unit === 'count') return Number.isInteger(value) ? GROUPED.format(value) : fixed(value, 2);
  if (unit === 'seconds') return formatDuration(value);
  if (unit === 'stars') return `${fixed(value, 1)} ★`;
  if (unit === 'score') return metric === 'nps' ? signed(fixed(value, 1), value) : fixed(value, 2);
  if (unit.startsWith('currency')) {
    const code = unit.slice('currency:'.length);
    const digits = Math.abs(value) >= 1000 ? 0 : 2;
    const symbol = CURRENCY_SYMBOLS[code];
    const number = fixed(Math.abs(value), digits);
    const sign = value < 0 ? '−' : '';
    return symbol ? `${sign}${symbol}${number}` : `${sign}${number}${code ? ` ${code}` : ''}`;
  }
  const text = Number.isInteger(value) ? GROUPED.format(value) : fixed(value, 2);
  return unit ? `${text} ${unit}` : text;
}

/** A difference between two values of the same unit (value − goal): percentage points for fractions. */
export function formatDelta(delta: number, unit: string, metric = ''): string {
  if (!Number.isFinite(delta)) return '';
  if (unit === 'fraction') return `${signed(fixed(delta * 100, 1), delta)} pt`;
  const text = formatMetric(Math.abs(delta), unit, metric === 'nps' ? '' : metric);
  return `${delta < 0 ? '−' : '+'}${text}`;
}
