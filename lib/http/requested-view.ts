import 'server-only';
import { jsonError } from '@/lib/http/json-error';
import { type CorpusView, getCorpusView } from '@/lib/store/corpus-view';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';

/** The corpus a route's `[id]` names, or the 404 to answer with. */
export async function requestedView(params: Promise<{ id: string }>): Promise<CorpusView | Response> {
  await ensureDefaultCorpus();
  const { id } = await params;
  return (await getCorpusView(id)) ?? jsonError(404, `There is no corpus "${id}".`);
}
