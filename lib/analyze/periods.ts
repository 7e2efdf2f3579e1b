import type { Paper } from '@/lib/model';

/** `year` periods are `YYYY`, `month` periods `YYYY-MM`. */
export type PeriodUnit = 'year' | 'month';

/** A paper's period; `null` when it has no date, or only a year and months are asked for. */
export function paperPeriod(
  { date, datePrecision }: Pick<Paper, 'date' | 'datePrecision'>,
  unit: PeriodUnit,
): string | null {
  if (!date) return null;
  if (unit === 'year') return date.slice(0, 4);
  return datePrecision === 'year' ? null : date.slice(0, 7);
}

/** Every period from `first` to `last`, both included, empty ones too. */
export function periodRange(first: string, last: string, unit: PeriodUnit): string[] {
  const periods: string[] = [];
  if (unit === 'year') {
    for (let year = Number(first); year <= Number(last); year++) periods.push(String(year));
    return periods;
  }
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let period = first; period <= last; ) {
    periods.push(period);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return periods;
}
