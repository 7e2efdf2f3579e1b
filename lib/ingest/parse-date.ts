import type { DatePrecision } from '@/lib/model';

export interface ParsedDate {
  /** ISO `YYYY-MM-DD`, missing parts `01`. */
  date: string;
  datePrecision: DatePrecision;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `jan`, `January`, `Sept.`, `6` → 6; `null` for anything else. */
export function monthNumber(text: string): number | null {
  const word = text.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(word)) {
    const month = Number(word);
    return month >= 1 && month <= 12 ? month : null;
  }
  if (word.length < 3) return null;
  const month = MONTHS[word.slice(0, 3)];
  return month !== undefined && MONTH_NAME.test(word) ? month : null;
}

const MONTH_NAME =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** A date from its parts, at the precision of the parts given; `null` when they are not a real date. */
export function dateFromParts(year: number, month?: number | null, day?: number | null): ParsedDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  const yyyy = String(year);
  if (!month) return { date: `${yyyy}-01-01`, datePrecision: 'year' };
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (!day) return { date: `${yyyy}-${mm}-01`, datePrecision: 'month' };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return { date: `${yyyy}-${mm}-01`, datePrecision: 'month' };
  return { date: `${yyyy}-${mm}-${String(day).padStart(2, '0')}`, datePrecision: 'day' };
}

/**
 * Reads the dates bibliographic exports write: ISO (`2016-06-15`, `2024-05-27T07:54:25Z`),
 * RIS (`1948/07//`, `2014//`), Web of Science (`JUN 15` with the year given apart), RFC 2822
 * (`Mon, 2 Apr 2007 19:18:42 GMT`), `15 June 2016`, `June 2016`, `Spring 2016`.
 * `year` fills in a text that has none. `null` when there is no year to be found.
 */
export function parseDate(text: string | null | undefined, year?: number | string | null): ParsedDate | null {
  const fallbackYear = year === undefined || year === null ? null : Number(String(year).trim().slice(0, 4));
  const value = (text ?? '').trim();
  if (!value) return fallbackYear ? dateFromParts(fallbackYear) : null;

  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?!\d)(?:[-/.](\d{1,2})(?!\d))?)?/.exec(value);
  if (iso && (iso[2] || /^(?:$|\/|T\d)/.test(value.slice(iso[0].length)))) {
    return dateFromParts(Number(iso[1]), numberOrNull(iso[2]), numberOrNull(iso[3]));
  }

  let foundYear: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  for (const token of value.split(/[\s,/-]+/)) {
    if (!token) continue;
    if (/^\d{4}$/.test(token)) {
      foundYear ??= Number(token);
    } else if (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(token)) {
      day ??= Number.parseInt(token, 10);
    } else {
      const m = monthNumber(token);
      if (m !== null) month ??= m;
    }
  }
  const finalYear = foundYear ?? fallbackYear;
  if (!finalYear) return null;
  if (day !== null && (day < 1 || day > 31)) day = null;
  return dateFromParts(finalYear, month, month ? day : null);
}

function numberOrNull(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}
