import type { Problem } from '@/lib/model';

/** Problems with their file, line and field: the first `limit`, and how many more there are. */
export function ProblemTable({ problems, limit = 200 }: { problems: readonly Problem[]; limit?: number }) {
  if (problems.length === 0) return null;
  return (
    <>
      <table className="problem-table">
        <thead>
          <tr>
            <th>File</th>
            <th>Line</th>
            <th>Field</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, limit).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; two problems may be identical
            <tr key={i} className={p.severity}>
              <td>{p.file}</td>
              <td>{p.line}</td>
              <td>{p.field ?? '—'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > limit ? <p className="muted">and {problems.length - limit} more</p> : null}
    </>
  );
}
