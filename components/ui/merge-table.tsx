import type { Merge, MergedRecord } from '@/lib/model';

function Record({ record }: { record: MergedRecord }) {
  return (
    <>
      <span className="merge-title">{record.title}</span>
      <br />
      <span className="muted">
        {record.firstAuthor ?? 'no author named'} · {record.year ?? 'no year'} · {record.source.file}, line{' '}
        {record.source.line}
      </span>
    </>
  );
}

/** Each merge of an import: the record kept, the record folded into it, and what agreed; the first `limit`. */
export function MergeTable({ merges, limit = 200 }: { merges: readonly Merge[]; limit?: number }) {
  if (merges.length === 0) return null;
  return (
    <>
      <table className="merge-table">
        <thead>
          <tr>
            <th>Kept</th>
            <th>Merged into it</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {merges.slice(0, limit).map((merge) => (
            <tr key={`${merge.kept.id}\u0000${merge.merged.id}`}>
              <td>
                <Record record={merge.kept} />
              </td>
              <td>
                <Record record={merge.merged} />
              </td>
              <td>{merge.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {merges.length > limit ? <p className="muted">and {merges.length - limit} more</p> : null}
    </>
  );
}
