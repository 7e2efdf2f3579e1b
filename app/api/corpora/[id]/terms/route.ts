import { z } from 'zod';
import { jsonError } from '@/lib/http/json-error';
import { requestedCorpus } from '@/lib/http/requested-corpus';
import { getTermSettings, setTermSettings } from '@/lib/store/term-settings';
import { forgetViews } from '@/lib/store/view-cache';
import { termKeyOf } from '@/lib/terms/normalise-term';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

const term = z.string().trim().min(1).max(200);
const body = z.object({
  stopTerms: z.array(term).max(1000),
  merges: z.array(z.object({ from: term, to: term })).max(1000),
});

/** The corpus's stop-terms and merges, as keys. */
export async function GET(_request: Request, { params }: Context) {
  const corpus = await requestedCorpus(params);
  if (corpus instanceof Response) return corpus;
  return Response.json(await getTermSettings(corpus.id));
}

/** Replaces the stop-terms and merges; terms are given as people write them and stored as keys. */
export async function PUT(request: Request, { params }: Context) {
  const corpus = await requestedCorpus(params);
  if (corpus instanceof Response) return corpus;
  const { id } = corpus;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return jsonError(
      400,
      'Send JSON like {"stopTerms": ["proposed framework"], "merges": [{"from": "LLM", "to": "large language model"}]}.',
    );
  }
  const settings = {
    stopTerms: [...new Set(parsed.data.stopTerms.map(termKeyOf))],
    merges: parsed.data.merges
      .map(({ from, to }) => ({ from: termKeyOf(from), to: termKeyOf(to) }))
      .filter(({ from, to }) => from !== to),
  };
  await setTermSettings(id, settings);
  await forgetViews(id);
  return Response.json(settings);
}
