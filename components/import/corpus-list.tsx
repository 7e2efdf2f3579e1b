'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatNumber } from '@/lib/format';

export interface CorpusListItem {
  id: string;
  name: string;
  papers: number;
  merged: number;
  createdAt: string;
  href: string;
  /** The shipped corpus can be renamed but not deleted. */
  shipped: boolean;
}

async function failure(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}.`;
}

/** Corpora with rename and delete. */
export function CorpusList({ corpora }: { corpora: CorpusListItem[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function rename(id: string) {
    const response = await fetch(`/api/corpora/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: draft }),
    });
    if (!response.ok) return setError(await failure(response));
    setEditing(null);
    setError(null);
    router.refresh();
  }

  async function remove(corpus: CorpusListItem) {
    if (
      !window.confirm(
        `Delete “${corpus.name}” and its ${formatNumber(corpus.papers)} papers? This cannot be undone.`,
      )
    )
      return;
    const response = await fetch(`/api/corpora/${corpus.id}`, { method: 'DELETE' });
    if (!response.ok) return setError(await failure(response));
    setError(null);
    router.refresh();
  }

  return (
    <section className="card corpus-list" aria-label="Corpora">
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Papers</th>
            <th>Imported</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {corpora.map((corpus) => (
            <tr key={corpus.id}>
              <td>
                {editing === corpus.id ? (
                  <form
                    className="inline-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void rename(corpus.id);
                    }}
                  >
                    <input
                      aria-label="New name"
                      value={draft}
                      maxLength={200}
                      onChange={(event) => setDraft(event.target.value)}
                    />
                    <button type="submit" className="button button-small">
                      Save
                    </button>
                    <button type="button" className="button button-small" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <Link href={corpus.href}>{corpus.name}</Link>
                )}
              </td>
              <td>
                {formatNumber(corpus.papers)}
                {corpus.merged ? <span className="muted"> ({corpus.merged} merged)</span> : null}
              </td>
              <td className="muted">{corpus.createdAt.slice(0, 16).replace('T', ' ')} UTC</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setEditing(corpus.id);
                    setDraft(corpus.name);
                  }}
                >
                  Rename
                </button>
                {corpus.shipped ? null : (
                  <button type="button" className="button button-small" onClick={() => void remove(corpus)}>
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
