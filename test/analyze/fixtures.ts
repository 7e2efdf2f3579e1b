import { newPaper } from '@/lib/ingest/paper';
import type { Paper } from '@/lib/model';

let next = 0;

/** A paper for statistics tests: every field unknown unless given. */
export function paper(fields: Partial<Paper> = {}): Paper {
  next++;
  return newPaper({
    id: `p${next}`,
    title: `Paper ${next}`,
    source: { file: 'test', line: next },
    ...fields,
  });
}
