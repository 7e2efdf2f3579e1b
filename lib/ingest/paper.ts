import type { Paper } from '@/lib/model';

/** A paper with every optional field unknown; parsers fill in what their source says. */
export function newPaper(fields: Pick<Paper, 'id' | 'title' | 'source'> & Partial<Paper>): Paper {
  return {
    abstract: '',
    authors: [],
    authorCount: null,
    organisation: null,
    date: null,
    datePrecision: null,
    venue: null,
    doi: null,
    arxivId: null,
    keywords: [],
    githubRepos: [],
    otherLinks: [],
    codeStatus: 'unknown',
    comments: null,
    citations: null,
    upvotes: null,
    githubStars: null,
    affiliations: [],
    correspondingCountry: null,
    categories: [],
    ...fields,
  };
}
