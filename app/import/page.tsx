import { ImportForm } from '@/components/import/import-form';
import { uploadLimit } from '@/lib/http/upload-limit';
import { FORMAT_NAMES } from '@/lib/ingest/detect';

export const dynamic = 'force-dynamic';

export default function ImportPage() {
  return (
    <>
      <div className="page-title">
        <h1>Import papers</h1>
        <p>
          Upload one file or many (a folder of daily JSON files makes one corpus), or paste text. The format
          is detected from the content; every problem is listed with its file and line, and the original files
          are kept.
        </p>
      </div>
      <ImportForm
        formats={Object.entries(FORMAT_NAMES).map(([value, label]) => ({ value, label }))}
        maxMegabytes={uploadLimit() / 1024 / 1024}
      />
    </>
  );
}
