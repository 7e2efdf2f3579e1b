import type { Problem } from '@/lib/model';

const SHOWN = 200;

/** Problems found while reading the files, each with its file, line and field. */
export function ProblemList({ problems, open = false }: { problems: readonly Problem[]; open?: boolean }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details className="card problems" open={open}>
      <summary>
        {problems.length} import {problems.length === 1 ? 'problem' : 'problems'}
        {errors ? ` (${errors} records skipped)` : ' (all records kept)'}
      </summary>
      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>Line</th>
            <th>Field</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={`${p.file}:${p.line}:${i}`} className={p.severity}>
              <td>{p.file}</td>
              <td>{p.line}</td>
              <td>{p.field ?? '—'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN ? <p className="muted">and {problems.length - SHOWN} more</p> : null}
    </details>
  );
}
