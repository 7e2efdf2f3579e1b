import { csvHead, csvLines } from '@/lib/export/csv';
import { jsonError } from '@/lib/http/json-error';
import { requestedCorpus } from '@/lib/http/requested-corpus';
import { PAPER_CSV_HEADER, paperCsvRow } from '@/lib/paper-row';
import { selectedPapers } from '@/lib/query/papers-table';
import { parseViewQuery } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

/**
 * The papers a filter, search and sort select (the dashboard's query: `?term=…&q=…&sort=authors.desc`),
 * all of them, in that order; every paper without a query. Streamed from the database a chunk at a time, so
 * exporting a large corpus never holds it in memory.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const corpus = await requestedCorpus(params);
  if (corpus instanceof Response) return corpus;
  const query = new URL(request.url).searchParams;
  const view = parseViewQuery(query);
  if (!view.ok) return jsonError(400, view.error);
  const selection = view.params;
  const filename = `${query.get('filename') || corpus.id}.csv`.replace(/[^\w.-]+/g, '-');
  const encoder = new TextEncoder();
  const chunks = selectedPapers(corpus.id, selection);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHead(PAPER_CSV_HEADER)));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(next.value.map(paperCsvRow))));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
