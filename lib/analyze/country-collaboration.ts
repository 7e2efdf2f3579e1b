/** Papers whose corresponding (or else first) author is in a country, and how many of them are single-country. */
export interface LeadCountryCount {
  country: string;
  papers: number;
  /** Papers whose authors' affiliations name this one country only. */
  single: number;
}

export interface CountryCollaborationRow extends LeadCountryCount {
  /** Single-country publications. */
  scp: number;
  /** Multiple-country publications: `papers − scp`, as bibliometrix counts them. */
  mcp: number;
  /** `mcp / papers`. */
  mcpRatio: number;
  /** Share of the papers with a known lead country. */
  share: number;
}

export interface CountryCollaboration {
  countries: CountryCollaborationRow[];
  /** Papers with a known lead country, and those without one. */
  known: number;
  unknown: number;
  /** Multiple-country papers over all with a known lead country. */
  mcpShare: number | null;
}

/**
 * Countries of the corresponding author with their single- and multiple-country publications (SCP/MCP), as
 * bibliometrix's `biblioAnalysis` reports them: a paper counts for its corresponding author's country (its first
 * author's when no corresponding author is given), SCP when all its affiliations are in one country.
 */
export function countryCollaboration(
  rows: readonly LeadCountryCount[],
  unknown: number,
): CountryCollaboration {
  const known = rows.reduce((sum, r) => sum + r.papers, 0);
  const mcpTotal = rows.reduce((sum, r) => sum + r.papers - r.single, 0);
  const countries = [...rows]
    .sort((a, b) => b.papers - a.papers || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
    .map((r) => ({
      ...r,
      scp: r.single,
      mcp: r.papers - r.single,
      mcpRatio: r.papers ? (r.papers - r.single) / r.papers : 0,
      share: known ? r.papers / known : 0,
    }));
  return { countries, known, unknown, mcpShare: known ? mcpTotal / known : null };
}
