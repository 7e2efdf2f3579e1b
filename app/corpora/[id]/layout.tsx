import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCorpus } from '@/lib/store/corpora';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';

/**
 * A corpus's pages (dashboard, slides): a corpus that does not exist, or no longer does, answers 404. Checked
 * here, above the pages' loading boundary, so the status is decided before anything is sent.
 */
export default async function CorpusLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await ensureDefaultCorpus(id);
  if (!(await getCorpus(id))) notFound();
  return children;
}
