import { boundedMessage } from '@/lib/bounded-message';
import { jsonError } from '@/lib/http/json-error';
import { readUpload } from '@/lib/http/read-upload';
import { getCorpora } from '@/lib/store/corpora';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { ImportRefused, importCorpus, previewImport } from '@/lib/store/import-corpus';

export const dynamic = 'force-dynamic';

/** Every corpus, the shipped one first. */
export async function GET() {
  await ensureDefaultCorpus();
  return Response.json({ corpora: await getCorpora() });
}

/**
 * Imports files as a new corpus. `?preview=1` parses and reports without storing; `?stream=1` answers
 * with one JSON object a line: progress events, then `{ "corpus": … }` or `{ "error": … }`.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const read = await readUpload(request);
  if (!read.ok) return jsonError(read.status, read.error);
  const { files, ...options } = read.upload;

  if (url.searchParams.get('preview') === '1') {
    try {
      return Response.json(await previewImport(files, options));
    } catch (error) {
      if (error instanceof ImportRefused) return jsonError(422, error.message, error.problems);
      throw error;
    }
  }

  if (url.searchParams.get('stream') !== '1') {
    try {
      const { corpus, preview, timings } = await importCorpus(files, options);
      return Response.json({ corpus, ...preview, timings, url: `/corpora/${corpus.id}` }, { status: 201 });
    } catch (error) {
      if (error instanceof ImportRefused) return jsonError(422, error.message, error.problems);
      console.error(error);
      return jsonError(500, 'The import failed on the server; nothing was stored.');
    }
  }

  const encoder = new TextEncoder();
  // The client may leave once the corpus is saved (its dashboard opens at once): tagging goes on without it.
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        const { corpus, preview, timings } = await importCorpus(files, options, send);
        send({ corpus, ...preview, timings, url: `/corpora/${corpus.id}` });
      } catch (error) {
        if (error instanceof ImportRefused)
          send({ error: boundedMessage(error.message), problems: error.problems.slice(0, 200) });
        else {
          console.error(error);
          send({ error: 'The import failed on the server; nothing was stored.' });
        }
      }
      if (open) controller.close();
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}
