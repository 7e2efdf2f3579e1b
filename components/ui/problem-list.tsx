import { ProblemTable } from '@/components/ui/problem-table';
import type { Problem } from '@/lib/model';

/** The problems found while reading a corpus's files, folded away under a summary. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details className="card problems">
      <summary>
        {problems.length} import {problems.length === 1 ? 'problem' : 'problems'}
        {errors ? ` (${errors} records skipped)` : ' (all records kept)'}
      </summary>
      <ProblemTable problems={problems} />
    </details>
  );
}
