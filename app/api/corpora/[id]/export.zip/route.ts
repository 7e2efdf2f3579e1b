import { requestedCorpus } from '@/lib/http/requested-corpus';
import { corpusTablesZip } from '@/lib/store/export-parquet';

export const dynamic = 'force-dynamic';

/** The corpus's tables (papers, authors, terms, rules) as Parquet files in one zip, for another SQL engine. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const corpus = await requestedCorpus(params);
  if (corpus instanceof Response) return corpus;
  const zip = await corpusTablesZip(corpus.id);
  return new Response(new Uint8Array(zip).buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${corpus.id}-tables.zip"`,
    },
  });
}
