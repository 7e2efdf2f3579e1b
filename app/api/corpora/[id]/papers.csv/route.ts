import { toCsv } from '@/lib/export/csv';
import { jsonError } from '@/lib/http/json-error';
import { PAPER_CSV_HEADER, paperCsvRow, selectRows } from '@/lib/paper-row';
import { filterView, getCorpusView } from '@/lib/store/corpus-view';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { parseViewQuery } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

/**
 * The papers a filter, search and sort select (the dashboard's query: `?term=…&q=…&sort=authors.desc`),
 * all of them, in that order; every paper without a query.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await ensureDefaultCorpus();
  const { id } = await params;
  const view = await getCorpusView(id);
  if (!view) return jsonError(404, `There is no corpus "${id}".`);
  const query = new URL(request.url).searchParams;
  const selection = parseViewQuery(query);
  const { rows } = filterView(view, selection.filter);
  const csv = toCsv(PAPER_CSV_HEADER, selectRows(rows, selection).map(paperCsvRow));
  const filename = `${query.get('filename') || id}.csv`.replace(/[^\w.-]+/g, '-');
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
