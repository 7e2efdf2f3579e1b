/**
 * Writes a corpus's tables as Parquet files into a folder, for DuckDB, Spark, Trino or any engine that reads them.
 *
 *   npm run export -- CORPUS_ID [OUT_DIR]
 */
import path from 'node:path';
import { getCorpus } from '@/lib/store/corpora';
import { dataDir } from '@/lib/store/database';
import { exportCorpusTables } from '@/lib/store/export-parquet';

const [id, out] = process.argv.slice(2);
if (!id) {
  process.stderr.write('Usage: npm run export -- CORPUS_ID [OUT_DIR]\n');
  process.exit(1);
}
try {
  if (!(await getCorpus(id))) {
    process.stderr.write(`There is no corpus "${id}" in ${dataDir()}.\n`);
    process.exit(1);
  }
  const files = await exportCorpusTables(id, path.resolve(out ?? `${id}-tables`));
  for (const file of files) process.stdout.write(`${file}\n`);
  process.exit(0);
} catch (error) {
  const message = (error as Error).message ?? String(error);
  process.stderr.write(
    /lock/i.test(message)
      ? `The database in ${dataDir()} is in use by a running server: stop it, or download /api/corpora/${id}/export.zip from the server instead.\n`
      : `The export failed: ${message}\n`,
  );
  process.exit(1);
}
