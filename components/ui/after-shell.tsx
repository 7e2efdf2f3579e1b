import type { ReactNode } from 'react';

/**
 * Renders its children after the rest of the page has been sent. Inside a Suspense boundary it lets the
 * headline numbers, main charts and table reach the browser while slower analyses are still computing.
 */
export async function AfterShell({ children }: { children: ReactNode }) {
  await new Promise((resolve) => setImmediate(resolve));
  return children;
}

/** What a deferred section shows until it arrives. */
export function SectionPlaceholder({ title }: { title: string }) {
  return (
    <section className="section" aria-busy="true">
      <h2 className="section-title">{title}</h2>
      <div className="card section-placeholder">Computing…</div>
    </section>
  );
}
