import { z } from 'zod';
import { quoteInput } from '@/lib/format';
import { uploadLimit } from '@/lib/http/upload-limit';
import { FORMAT_NAMES, type Format } from '@/lib/ingest/detect';

const FORMATS = Object.keys(FORMAT_NAMES) as [Format, ...Format[]];

export interface Upload {
  files: { name: string; bytes: Uint8Array }[];
  name: string;
  format?: Format;
  pageYear?: number;
}

export type UploadResult = { ok: true; upload: Upload } | { ok: false; status: number; error: string };

const MEGABYTE = 1024 * 1024;

function tooLarge(size: number, limit: number): UploadResult {
  return {
    ok: false,
    status: 413,
    error: `The upload is ${(size / MEGABYTE).toFixed(1)} MB; the limit is ${limit / MEGABYTE} MB.`,
  };
}

const fields = z.object({
  name: z.string().trim().max(200).optional(),
  format: z.enum(FORMATS).optional(),
  pageYear: z.coerce.number().int().min(1900).max(2100).optional(),
});

function defaultName(files: { name: string }[]): string {
  const first = files[0]?.name.replace(/\.[^.]+$/, '') ?? 'Corpus';
  return files.length > 1 ? `${first} and ${files.length - 1} more` : first;
}

/**
 * Files and options from a request: multipart form data (`files`, or pasted `text`; `name`, `format`,
 * `pageYear`), or a raw body with the file name in `?filename=` and options in the query.
 */
export async function readUpload(request: Request): Promise<UploadResult> {
  const limit = uploadLimit();
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) return tooLarge(declared, limit);

  const url = new URL(request.url);
  const type = request.headers.get('content-type') ?? '';
  const files: Upload['files'] = [];
  let raw: Record<string, string | undefined>;
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { ok: false, status: 400, error: 'The upload could not be read as form data.' };
    }
    for (const entry of form.getAll('files')) {
      if (typeof entry === 'string') continue;
      files.push({ name: entry.name || 'upload', bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const text = form.get('text');
    if (typeof text === 'string' && text.trim()) {
      files.push({ name: 'pasted text', bytes: new TextEncoder().encode(text) });
    }
    const value = (key: string) => {
      const v = form.get(key);
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    raw = { name: value('name'), format: value('format'), pageYear: value('pageYear') };
  } else {
    const bytes = new Uint8Array(await request.arrayBuffer());
    files.push({ name: url.searchParams.get('filename') || 'upload', bytes });
    raw = {
      name: url.searchParams.get('name') ?? undefined,
      format: url.searchParams.get('format') ?? undefined,
      pageYear: url.searchParams.get('pageYear') ?? undefined,
    };
  }

  const size = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (size > limit) return tooLarge(size, limit);
  if (files.length === 0) {
    return { ok: false, status: 400, error: 'No file was uploaded: send one or more files, or paste text.' };
  }
  const parsed = fields.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'field');
    const hint =
      field === 'format'
        ? ` Expected one of: ${FORMATS.join(', ')}.`
        : field === 'pageYear'
          ? ' Expected a year.'
          : '';
    return {
      ok: false,
      status: 400,
      error: `The ${field} ${quoteInput(raw[field] ?? '')} is not valid.${hint}`,
    };
  }
  return {
    ok: true,
    upload: {
      files,
      name: parsed.data.name || defaultName(files),
      format: parsed.data.format,
      pageYear: parsed.data.pageYear,
    },
  };
}
