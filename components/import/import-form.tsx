'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { MergeTable } from '@/components/ui/merge-table';
import { ProblemTable } from '@/components/ui/problem-table';
import { formatNumber } from '@/lib/format';
import type { Merge, Problem } from '@/lib/model';

export interface FormatOption {
  value: string;
  label: string;
}

interface Preview {
  papers: number;
  merged: number;
  merges: Merge[];
  problems: Problem[];
  files: { name: string; format: string | null; papers: number; problems: number }[];
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string; done?: number; total?: number }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'error'; message: string; problems: Problem[] };

function progressMessage(event: Record<string, unknown>): Status {
  if (event.stage === 'parsing') return { kind: 'busy', message: `Reading ${event.files} file(s)…` };
  if (event.stage === 'terms') {
    return {
      kind: 'busy',
      message: `Extracting terms: ${formatNumber(Number(event.done))} of ${formatNumber(Number(event.total))} papers (${formatNumber(Number(event.cached))} from cache)`,
      done: Number(event.done),
      total: Number(event.total),
    };
  }
  return { kind: 'busy', message: `Saving ${formatNumber(Number(event.papers))} papers…` };
}

/** Upload files or paste text, preview what would be imported, then import with progress. */
export function ImportForm({ formats, maxMegabytes }: { formats: FormatOption[]; maxMegabytes: number }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  function body(): FormData {
    const data = new FormData(form.current ?? undefined);
    data.delete('files');
    data.delete('folder');
    for (const file of files) data.append('files', file, file.webkitRelativePath || file.name);
    return data;
  }

  function addFiles(list: FileList | null) {
    if (list) setFiles((current) => [...current, ...Array.from(list)]);
    setStatus({ kind: 'idle' });
  }

  // Any change to what would be imported asks for a new preview before the import.
  const changed = () => setStatus((current) => (current.kind === 'preview' ? { kind: 'idle' } : current));

  async function preview() {
    setStatus({ kind: 'busy', message: 'Reading the files…' });
    const response = await fetch('/api/corpora?preview=1', { method: 'POST', body: body() });
    const json = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
    if (!response.ok) setStatus({ kind: 'error', message: json.error, problems: json.problems ?? [] });
    else setStatus({ kind: 'preview', preview: json });
  }

  async function submit() {
    setStatus({ kind: 'busy', message: 'Uploading…' });
    const response = await fetch('/api/corpora?stream=1', { method: 'POST', body: body() });
    if (!response.ok || !response.body) {
      const json = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
      setStatus({ kind: 'error', message: json.error, problems: json.problems ?? [] });
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as Record<string, unknown>;
        if (typeof event.error === 'string') {
          setStatus({ kind: 'error', message: event.error, problems: (event.problems as Problem[]) ?? [] });
          return;
        }
        if (typeof event.url === 'string') {
          router.push(event.url);
          return;
        }
        setStatus(progressMessage(event));
      }
    }
  }

  const busy = status.kind === 'busy';
  const unreadable =
    status.kind === 'error' ? [...new Set(status.problems.filter((p) => p.fatal).map((p) => p.file))] : [];

  function leaveOutUnreadable() {
    const names = new Set(unreadable);
    setFiles((current) => current.filter((file) => !names.has(file.webkitRelativePath || file.name)));
    setStatus({ kind: 'idle' });
  }
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);

  return (
    <form
      ref={form}
      className="card import-form"
      onChange={changed}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset disabled={busy}>
        <div className="field">
          <span className="field-label">Files</span>
          <div className="file-buttons">
            <label className="button">
              Choose files…
              <input
                type="file"
                name="files"
                multiple
                className="sr-only"
                onChange={(event) => addFiles(event.target.files)}
              />
            </label>
            <label className="button">
              Choose a folder…
              <input
                type="file"
                name="folder"
                className="sr-only"
                {...({ webkitdirectory: '' } as Record<string, string>)}
                onChange={(event) => addFiles(event.target.files)}
              />
            </label>
            {files.length ? (
              <button type="button" className="button button-small" onClick={() => setFiles([])}>
                Clear
              </button>
            ) : null}
          </div>
          <p className="field-help" aria-live="polite">
            {files.length
              ? `${files.length} file(s), ${(totalBytes / 1024 / 1024).toFixed(2)} MB`
              : `BibTeX, RIS, Web of Science, Scopus/Lens/OpenAlex/Zotero CSV, arXiv JSON or Atom, Hugging Face JSON or a copied papers page. Up to ${maxMegabytes} MB in all.`}
          </p>
        </div>
        <label className="field">
          <span className="field-label">…or paste text</span>
          <textarea
            name="text"
            rows={5}
            placeholder="Paste a copied Hugging Face papers page, BibTeX, RIS…"
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field-label">Name</span>
            <input name="name" maxLength={200} placeholder="From the first file's name" />
          </label>
          <label className="field">
            <span className="field-label">Format</span>
            <select name="format" value={format} onChange={(event) => setFormat(event.target.value)}>
              <option value="">Detect from content</option>
              {formats.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Page year</span>
            <input name="pageYear" type="number" min={1900} max={2100} placeholder="auto" />
          </label>
        </div>
        <div className="form-actions">
          <button
            type="button"
            className={status.kind === 'preview' ? 'button' : 'button button-primary'}
            onClick={() => void preview()}
          >
            Preview import
          </button>
          <button type="submit" className="button button-primary" disabled={status.kind !== 'preview'}>
            {status.kind === 'preview' ? `Import ${formatNumber(status.preview.papers)} papers` : 'Import'}
          </button>
          {status.kind === 'preview' ? null : (
            <span className="field-help">Preview first: nothing is stored until you import.</span>
          )}
        </div>
      </fieldset>

      <div aria-live="polite">
        {status.kind === 'busy' ? (
          <div className="progress">
            <p>{status.message}</p>
            {status.total ? <progress value={status.done} max={status.total} /> : <progress />}
          </div>
        ) : null}
        {status.kind === 'error' ? (
          <div className="import-error" role="alert">
            <p>{status.message}</p>
            {unreadable.length > 0 && unreadable.length < files.length ? (
              <button type="button" className="button" onClick={leaveOutUnreadable}>
                Leave out {unreadable.length === 1 ? unreadable[0] : `these ${unreadable.length} files`}
              </button>
            ) : null}
            <ProblemTable problems={status.problems} />
          </div>
        ) : null}
        {status.kind === 'preview' ? <PreviewView preview={status.preview} /> : null}
      </div>
    </form>
  );
}

function PreviewView({ preview }: { preview: Preview }) {
  return (
    <div className="preview" data-testid="import-preview">
      <p className="preview-headline">
        <strong>{formatNumber(preview.papers)}</strong> papers found · <strong>{preview.merged}</strong>{' '}
        duplicates merged · <strong>{preview.problems.length}</strong> problems
      </p>
      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>Format</th>
            <th>Papers</th>
            <th>Problems</th>
          </tr>
        </thead>
        <tbody>
          {preview.files.slice(0, 50).map((f) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{f.format ?? 'not recognised'}</td>
              <td>{f.papers}</td>
              <td>{f.problems}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.files.length > 50 ? <p className="muted">and {preview.files.length - 50} more files</p> : null}
      {preview.merges.length > 0 ? (
        <details className="merges" open={preview.merges.length <= 20}>
          <summary>
            {preview.merges.length} duplicate {preview.merges.length === 1 ? 'record' : 'records'} merged:
            each pair, and why
          </summary>
          <MergeTable merges={preview.merges} />
        </details>
      ) : null}
      <ProblemTable problems={preview.problems} />
    </div>
  );
}
