import { toCsv } from '@/lib/export/csv';
import { requestedView } from '@/lib/http/requested-view';
import { PAPER_CSV_HEADER, paperCsvRow, selectRows } from '@/lib/paper-row';
import { filterView } from '@/lib/store/corpus-view';
import { parseViewQuery } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

/**
 * The papers a filter, search and sort select (the dashboard's query: `?term=…&q=…&sort=authors.desc`),
 * all of them, in that order; every paper without a query.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const view = await requestedView(params);
  if (view instanceof Response) return view;
  const query = new URL(request.url).searchParams;
  const selection = parseViewQuery(query);
  const { rows } = filterView(view, selection.filter);
  const csv = toCsv(PAPER_CSV_HEADER, selectRows(rows, selection).map(paperCsvRow));
  const filename = `${query.get('filename') || view.info.id}.csv`.replace(/[^\w.-]+/g, '-');
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
