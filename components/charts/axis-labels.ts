import { formatCount, formatNumber, MONTH_FULL_NAMES } from '@/lib/format';

export interface PeriodTick {
  period: string;
  /** First line: the month (`Mar`) by month, the year by year. */
  label: string;
  /** Second line by month: the year, under January and the first tick. */
  year?: string;
}

// The least gap between two axis labels.
const GAP = 8;

// Rough advance widths of the chart font at 1px size: capitals are wider than lower case, so an
// all-capitals Web of Science title needs a shorter cut than a sentence-case one; digits are as wide as lower
// case. Bold glyphs, as the slides set them, run about a sixth wider.
const WIDE = 0.74;
const NARROW = 0.6;
const THIN = 0.32;
const BOLD = 1.18;

/** The estimated width in pixels of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize = 11, { bold = false } = {}): number {
  let em = 0;
  for (const char of text) {
    if (/[ il.,:;'|!()[\]]/.test(char)) em += THIN;
    else if (/[A-Z&@%mw]/.test(char)) em += WIDE;
    else em += NARROW;
  }
  return em * fontSize * (bold ? BOLD : 1);
}

/**
 * How a row of labels shows its counts in `room` pixels each: exact when the largest fits, else all shortened as
 * `formatCount` does, so neighbours never mix the two.
 */
export function countsIn(room: number, largest: number): (value: number) => string {
  return textWidth(formatNumber(largest)) <= room ? (value) => formatNumber(value) : formatCount;
}

/** `text` cut with an ellipsis so that it fits `width` pixels at `fontSize`. */
export function fitLabel(text: string, width: number, fontSize = 12.5, { bold = false } = {}): string {
  const fits = (shown: string) => textWidth(shown, fontSize, { bold }) <= width;
  if (fits(text)) return text;
  let end = text.length;
  while (end > 1 && !fits(`${text.slice(0, end).trimEnd()}…`)) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Which of `count` axis labels to show so that each has `room` pixels at `step` apart: counted back from the last. */
export function shownTicks(count: number, step: number, room: number): (index: number) => boolean {
  const every = Math.max(1, Math.ceil(room / Math.max(1, step)));
  return (index) => (count - 1 - index) % every === 0;
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;

/**
 * Which periods of an axis get a label, so that no two labels overlap: by month, every month when they fit, else
 * every 2nd, 3rd or 6th month (from January), else each year; by year, every year or every 2nd, 5th, 10th… year,
 * on round years. `step` is the distance between two periods' centres.
 */
export function periodTicks(
  periods: readonly string[],
  unit: 'month' | 'year',
  step: number,
  fontSize = 11,
): PeriodTick[] {
  if (periods.length === 0) return [];
  if (unit === 'year') {
    const need = textWidth('2000', fontSize) + GAP;
    const every = YEAR_STEPS.find((k) => k * step >= need) ?? Math.ceil(need / step);
    const ticks = periods.filter((p) => Number(p) % every === 0);
    // A short axis whose round years fall outside it still names its first year.
    return (ticks.length ? ticks : periods.slice(0, 1)).map((period) => ({ period, label: period }));
  }
  // As wide as a year, which sits under January.
  const need = textWidth('2000', fontSize) + GAP;
  const every = MONTH_STEPS.find((k) => k * step >= need);
  if (every === undefined) {
    // Too dense for months: label years, thinned as a year axis would be, at their Januaries.
    const years = periods.filter((p, i) => i === 0 || p.endsWith('-01'));
    const yearStep = step * 12;
    const yearNeed = textWidth('2000', fontSize) + GAP;
    const everyYear = YEAR_STEPS.find((k) => k * yearStep >= yearNeed) ?? Math.ceil(yearNeed / yearStep);
    const januaries = years.filter((p) => p.endsWith('-01') && Number(p.slice(0, 4)) % everyYear === 0);
    const first = years[0];
    // The first month names its year unless a labelled January sits too close to it.
    const firstTooClose =
      first && !first.endsWith('-01') && januaries[0] && periods.indexOf(januaries[0]) * step < yearNeed;
    const shown = [...(first && !first.endsWith('-01') && !firstTooClose ? [first] : []), ...januaries];
    return shown.map((period) => ({ period, label: period.slice(0, 4) }));
  }
  const ticks = periods.filter((p) => (Number(p.slice(5, 7)) - 1) % every === 0);
  const shown = ticks.length ? ticks : periods.slice(0, 1);
  return shown.map((period, i) => {
    const month = Number(period.slice(5, 7));
    return {
      period,
      label: MONTH_FULL_NAMES[month - 1]?.slice(0, 3) ?? period,
      year: i === 0 || month === 1 ? period.slice(0, 4) : undefined,
    };
  });
}

/**
 * Row labels of a horizontal bar chart and the margin that holds them: each label shortened with an ellipsis to
 * what `maxWidth` holds at `fontSize` in a bold face (the full text stays in the tooltip and the data table).
 */
export function fitRowLabels(
  labels: readonly string[],
  { fontSize = 12.5, maxWidth = 260, minWidth = 80 } = {},
): { margin: number; labels: string[] } {
  const shown = labels.map((label) => fitLabel(label, maxWidth, fontSize, { bold: true }));
  const widest = Math.max(0, ...shown.map((label) => textWidth(label, fontSize, { bold: true })));
  return { margin: Math.ceil(Math.max(minWidth, widest) + 14), labels: shown };
}
