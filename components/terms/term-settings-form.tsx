'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';

export interface TermSettingsFormProps {
  corpusId: string;
  stopTerms: string[];
  merges: { from: string; to: string }[];
}

const MERGE_LINE = /^(.+?)\s*(?:=>|->|→)\s*(.+)$/;

/** Edit the corpus's stop-terms and merges; the dashboard re-ranks the cached terms at once. */
export function TermSettingsForm({ corpusId, stopTerms, merges }: TermSettingsFormProps) {
  const router = useRouter();
  const [stopText, setStopText] = useState(stopTerms.join('\n'));
  const [mergeText, setMergeText] = useState(merges.map((m) => `${m.from} => ${m.to}`).join('\n'));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // Until the page is interactive a click would submit the form as plain HTML, which saves nothing.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function save() {
    const lines = mergeText.split('\n').map((line) => line.trim());
    const bad = lines.findIndex((line) => line !== '' && !MERGE_LINE.test(line));
    if (bad >= 0) {
      setMessage({
        error: true,
        text: `Merge line ${bad + 1} needs the form "term => the term it becomes".`,
      });
      return;
    }
    const response = await fetch(`/api/corpora/${corpusId}/terms`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        stopTerms: stopText
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        merges: lines
          .map((line) => MERGE_LINE.exec(line))
          .filter((match): match is RegExpExecArray => match !== null)
          .map((match) => ({ from: match[1] ?? '', to: match[2] ?? '' })),
      }),
    });
    const json = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
    if (!response.ok) {
      setMessage({ error: true, text: json.error });
      return;
    }
    setStopText(json.stopTerms.join('\n'));
    setMergeText(json.merges.map((m: { from: string; to: string }) => `${m.from} => ${m.to}`).join('\n'));
    setMessage({
      error: false,
      text: `Saved: ${json.stopTerms.length} left out, ${json.merges.length} merged.`,
    });
    startTransition(() => router.refresh());
  }

  return (
    <form
      className="term-settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field-label">Leave out (one term a line)</span>
        <textarea
          rows={6}
          value={stopText}
          onChange={(event) => setStopText(event.target.value)}
          placeholder={'proposed framework\nextensive experiment'}
        />
      </label>
      <label className="field">
        <span className="field-label">Merge (one a line: term =&gt; the term it becomes)</span>
        <textarea
          rows={6}
          value={mergeText}
          onChange={(event) => setMergeText(event.target.value)}
          placeholder={'LLM => large language model\ndiffusion policy => diffusion model'}
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending || !ready}>
          {pending ? 'Applying…' : 'Apply to this corpus'}
        </button>
        {message ? (
          <span role="status" className={message.error ? 'error-text' : 'muted'}>
            {message.text}
          </span>
        ) : null}
      </div>
    </form>
  );
}
