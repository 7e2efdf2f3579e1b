/** Display formatters shared by tiles, charts, table and slides. Inputs are plain values; output is text. */
import { format } from 'd3';

export const MONTH_FULL_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTH_NAMES = MONTH_FULL_NAMES.map((name) => name.slice(0, 3));

/** `0.2667` → `27%`; `null` → `unknown`. */
export function formatPercent(share: number | null, digits = 0): string {
  return share === null ? 'unknown' : `${(share * 100).toFixed(digits)}%`;
}

/** `2024-03` or `2024-03-19` → `Mar 2024`; `2024` stays. */
export function formatMonth(period: string): string {
  const month = Number(period.slice(5, 7));
  return month ? `${MONTH_NAMES[month - 1]} ${period.slice(0, 4)}` : period.slice(0, 4);
}

/** `2024-03-19` → `19 Mar 2024`, to the precision the source gave. */
export function formatDate(iso: string | null, precision: 'year' | 'month' | 'day' | null = 'day'): string {
  if (!iso) return 'unknown';
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return formatMonth(iso);
  return `${Number(iso.slice(8, 10))} ${formatMonth(iso)}`;
}

/**
 * A share as a reader expects it: whole percents, but one decimal below 1% and just under 100%, so a small
 * share never reads as 0% nor a near-total one as all.
 */
export function formatShare(share: number | null): string {
  if (share === null) return 'unknown';
  if (share === 0 || share === 1) return formatPercent(share);
  if (share < 0.001) return 'under 0.1%';
  if (share > 0.999) return 'over 99.9%';
  return formatPercent(share, share < 0.01 || share > 0.99 ? 1 : 0);
}

// Formatters built once: `toLocaleString` builds one per call, and a dashboard formats thousands of numbers.
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fixed = new Map<number, Intl.NumberFormat>();

function fixedFormat(digits: number): Intl.NumberFormat {
  let format = fixed.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixed.set(digits, format);
  }
  return format;
}

/** `6.5333` → `6.5`; integers stay integers; thousands are separated (`1,200`, `1,234.5`). */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null) return 'unknown';
  return (Number.isInteger(value) ? INTEGER : fixedFormat(digits)).format(value);
}

const compact = format('.3~s');

/** A count where room is short, as on an axis: exact up to 9,999, then three significant digits with k or M (`12.3k`, `200k`, `1M`). */
export function formatCount(value: number): string {
  return Math.abs(value) < 10_000 ? formatNumber(value) : compact(value);
}

/** `papers` with the right number: `1 paper`, `3 papers`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}

/** A label cut to `max` characters with an ellipsis, so chart margins hold it. */
export function truncateLabel(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** A value as an error message quotes it: a long one is cut, with its length said, so a message stays readable. */
export function quoteInput(value: string, max = 60): string {
  return value.length > max
    ? `"${value.slice(0, max)}…" (${formatNumber(value.length)} characters)`
    : `"${value}"`;
}
