import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { type LeadCountries, leadCountries } from '@/lib/query/lead-countries';
import { type TopInstitutions, topInstitutions } from '@/lib/query/top-institutions';

export interface PlaceStatistics {
  institutions: TopInstitutions;
  countries: LeadCountries;
}

/** Which institutions and countries produce the papers a filter keeps. */
export async function placeStatistics(corpusId: string, filter: PaperFilter): Promise<PlaceStatistics> {
  const [institutions, countries] = await Promise.all([
    topInstitutions(corpusId, filter),
    leadCountries(corpusId, filter),
  ]);
  return { institutions, countries };
}
