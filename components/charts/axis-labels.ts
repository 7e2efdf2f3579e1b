import { MONTH_FULL_NAMES } from '@/lib/format';

export interface PeriodTick {
  period: string;
  /** First line: the month (`Mar`) by month, the year by year. */
  label: string;
  /** Second line by month: the year, under January and the first tick. */
  year?: string;
}

// Average glyph width of the axis font as a share of its size, and the least gap between two labels.
const GLYPH = 0.62;
const GAP = 8;

/** Width a label takes on the axis, in the chart's units. */
export function labelWidth(text: string, fontSize = 11): number {
  return text.length * fontSize * GLYPH;
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
    const need = labelWidth('2000', fontSize) + GAP;
    const every = YEAR_STEPS.find((k) => k * step >= need) ?? Math.ceil(need / step);
    const ticks = periods.filter((p) => Number(p) % every === 0);
    // A short axis whose round years fall outside it still names its first year.
    return (ticks.length ? ticks : periods.slice(0, 1)).map((period) => ({ period, label: period }));
  }
  // As wide as a year, which sits under January.
  const need = labelWidth('2000', fontSize) + GAP;
  const every = MONTH_STEPS.find((k) => k * step >= need);
  if (every === undefined) {
    // Too dense for months: label years, thinned as a year axis would be, at their Januaries.
    const years = periods.filter((p, i) => i === 0 || p.endsWith('-01'));
    const yearStep = step * 12;
    const yearNeed = labelWidth('2000', fontSize) + GAP;
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

/** Every `every`-th item of a list of labels that would otherwise collide, keeping the first. */
export function thinLabels<T>(items: readonly T[], step: number, widest: number): T[] {
  const every = Math.max(1, Math.ceil((widest + GAP) / Math.max(step, 1)));
  return items.filter((_, i) => i % every === 0);
}

/**
 * Row labels of a horizontal bar chart and the margin that holds them: each label shortened with an ellipsis to
 * what `maxWidth` holds at `fontSize` in a bold face (the full text stays in the tooltip and the data table).
 */
export function fitRowLabels(
  labels: readonly string[],
  { fontSize = 12.5, maxWidth = 260, minWidth = 80 } = {},
): { margin: number; labels: string[] } {
  // Bold glyphs run wider than the axis font's average.
  const perChar = fontSize * 0.66;
  const most = Math.max(4, Math.floor(maxWidth / perChar));
  const shown = labels.map((label) =>
    label.length > most ? `${label.slice(0, most - 1).trimEnd()}…` : label,
  );
  const widest = Math.max(0, ...shown.map((label) => label.length * perChar));
  return { margin: Math.ceil(Math.max(minWidth, widest) + 14), labels: shown };
}
