/** Papers of one publication year and what their sources say of their citations, as a query counts them. */
export interface YearCitations {
  year: number;
  /** Papers of the year, whether or not their citations are known. */
  papers: number;
  /** Papers of the year with a citation count. */
  known: number;
  /** Citations summed over the known papers. */
  citations: number;
}

export interface CitationsPerYearPoint extends YearCitations {
  /** Mean citations of a paper of the year (over the known ones); `null` when none is known. */
  perPaper: number | null;
  /** Years the papers have had to be cited, as biblioshiny counts them: this year + 1 − the year. */
  citableYears: number;
  /** `perPaper / citableYears`: biblioshiny's "average citations per year"; `null` when unknown. */
  perYear: number | null;
}

export interface CitationsPerYear {
  years: CitationsPerYearPoint[];
  /** Dated papers with a citation count, and those without one. */
  known: number;
  unknown: number;
}

/**
 * Mean citations per paper by publication year, normalised by age as biblioshiny's "Average Citations per Year"
 * does: `MeanTCperArt / (current year + 1 − PY)`. A year whose papers carry no count is unknown, not zero.
 */
export function citationsPerYear(
  rows: readonly YearCitations[],
  { today }: { today: string },
): CitationsPerYear {
  const current = Number(today.slice(0, 4));
  const years = [...rows]
    .sort((a, b) => a.year - b.year)
    .map((row) => {
      const citableYears = current + 1 - row.year;
      const perPaper = row.known > 0 ? row.citations / row.known : null;
      return {
        ...row,
        perPaper,
        citableYears,
        perYear: perPaper === null || citableYears <= 0 ? null : perPaper / citableYears,
      };
    });
  const known = years.reduce((sum, y) => sum + y.known, 0);
  const papers = years.reduce((sum, y) => sum + y.papers, 0);
  return { years, known, unknown: papers - known };
}
