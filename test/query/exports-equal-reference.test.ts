import { rmSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { expectSqlEqualsReference, freshDataDir } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus } from './reference';

const dir = freshDataDir();

// Every bibliographic export and listing in the shared corpora, each as its own corpus.
const SOURCES = [
  'hf-listing/distribution-matching-search.txt',
  'wos/bibliometrix__RPT_papers.txt',
  'wos/bibliometrix__bibliometric_in_management.txt',
  'wos/bibliometrix__fixtures_wos_sample.txt',
  'bibtex/bibliometrix__wos__DISES.bib',
  'bibtex/bibliometrix__wos__bibliometric_in_management.bib',
  'bibtex/bibliometrix__scopus__DISESscopus.bib',
  'bibtex/bibliometrix__scopus__scopus.bib',
  'bibtex/BibSTEAKpy__biblatex-examples.bib',
  'bibtex/BibSTEAKpy__CoCoCoLa.bib',
  'bibtex/BibSTEAKpy__bib-merge-test.bib',
  'bibtex/BibSTEAKpy__bibtests.bib',
  'bibtex/bibtexparser-fixtures',
  'ris/tm2_09_business_analytics_education__scopus.ris',
  'ris/rispy-fixtures',
  'scopus/bibliometrix__fixtures_scopus_sample.csv',
  'other',
  'arxiv',
];

describe.skipIf(!HAS_CORPORA)(
  `SQL statistics equal the reference functions on the exports in ${CORPORA}`,
  () => {
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    for (const source of SOURCES) {
      it(`on ${source}`, async () => {
        await expectSqlEqualsReference(source, parsedCorpus(source));
      }, 120_000);
    }
  },
);
