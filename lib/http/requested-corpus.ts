import 'server-only';
import { quoteInput } from '@/lib/format';
import { jsonError } from '@/lib/http/json-error';
import { type CorpusInfo, getCorpus } from '@/lib/store/corpora';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';

/** The corpus a route's `[id]` names, or the 404 to answer with. */
export async function requestedCorpus(params: Promise<{ id: string }>): Promise<CorpusInfo | Response> {
  const { id } = await params;
  await ensureDefaultCorpus(id);
  return (await getCorpus(id)) ?? jsonError(404, `There is no corpus ${quoteInput(id)}.`);
}
