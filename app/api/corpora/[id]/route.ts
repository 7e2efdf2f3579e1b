import { z } from 'zod';
import { quoteInput } from '@/lib/format';
import { jsonError } from '@/lib/http/json-error';
import { deleteCorpus, getCorpus, getProblems, renameCorpus } from '@/lib/store/corpora';
import { DEFAULT_CORPUS_ID, ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { stopTagging } from '@/lib/store/tagging';
import { forgetViews } from '@/lib/store/view-cache';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  await ensureDefaultCorpus(id);
  const corpus = await getCorpus(id);
  if (!corpus) return jsonError(404, `There is no corpus ${quoteInput(id)}.`);
  return Response.json({ corpus, problems: await getProblems(id) });
}

const rename = z.object({ name: z.string().trim().min(1).max(200) });

export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  const body = rename.safeParse(await request.json().catch(() => null));
  if (!body.success) return jsonError(400, 'Send JSON like {"name": "New name"} (1 to 200 characters).');
  if (!(await renameCorpus(id, body.data.name)))
    return jsonError(404, `There is no corpus ${quoteInput(id)}.`);
  await forgetViews(id);
  return Response.json({ corpus: await getCorpus(id) });
}

export async function DELETE(_request: Request, { params }: Context) {
  const { id } = await params;
  if (id === DEFAULT_CORPUS_ID)
    return jsonError(400, 'The shipped corpus cannot be deleted; rename it instead.');
  await stopTagging(id);
  if (!(await deleteCorpus(id))) return jsonError(404, `There is no corpus ${quoteInput(id)}.`);
  await forgetViews(id);
  return new Response(null, { status: 204 });
}
