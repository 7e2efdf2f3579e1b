import { once } from 'node:events';
import Busboy from '@fastify/busboy';
import { z } from 'zod';
import { quoteInput } from '@/lib/format';
import { uploadLimit } from '@/lib/http/upload-limit';
import { FORMAT_NAMES, type Format } from '@/lib/ingest/detect';
import { type Pacer, pacer } from '@/lib/pacer';

const FORMATS = Object.keys(FORMAT_NAMES) as [Format, ...Format[]];

export interface Upload {
  files: { name: string; bytes: Uint8Array }[];
  name: string;
  format?: Format;
  pageYear?: number;
}

export type UploadResult = { ok: true; upload: Upload } | { ok: false; status: number; error: string };

const MEGABYTE = 1024 * 1024;
// Bytes of a body handed to the form parser at once.
const SLICE = 256 * 1024;

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

/** The chunks in one buffer of their own, copied a turn at a time. */
async function joined(chunks: readonly Uint8Array[], pace: Pacer): Promise<Uint8Array> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
    if (pace.due()) await pace.pause();
  }
  return bytes;
}

/**
 * The files (`files` parts, in form order) and the other fields of a multipart body, parsed as it streams in: a
 * chunk at a time, so a 100 MB upload never holds the thread for long, and refused as soon as its files pass
 * `limit` bytes.
 */
async function readForm(
  request: Request,
  type: string,
  limit: number,
): Promise<{ files: Upload['files']; fields: Map<string, string> } | { error: UploadResult }> {
  const files: Upload['files'] = [];
  const fields = new Map<string, string>();
  let size = 0;
  let over = false;
  const reading: Promise<void>[] = [];
  // A body the proxy has already received whole comes as one chunk of up to the upload limit, with no pause in it:
  // it is parsed a slice at a time, and others get a turn between slices.
  const pace = pacer();
  let parser: ReturnType<typeof Busboy>;
  try {
    // Paths kept: a folder chosen on the import page sends each file as `folder/name`.
    parser = Busboy({ headers: { 'content-type': type }, preservePath: true, limits: { fieldSize: limit } });
  } catch {
    return { error: { ok: false, status: 400, error: 'The upload could not be read as form data.' } };
  }
  parser.on('file', (field, stream, filename) => {
    if (field !== 'files') {
      stream.resume();
      return;
    }
    const at = files.length;
    files.push({ name: filename || 'upload', bytes: new Uint8Array() });
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    reading.push(
      once(stream, 'end').then(async () => {
        const file = files[at];
        if (file) file.bytes = await joined(chunks, pace);
      }),
    );
  });
  parser.on('field', (field, value) => {
    size += value.length;
    if (size > limit) over = true;
    if (!fields.has(field)) fields.set(field, value);
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
  });
  try {
    for await (const chunk of request.body ?? []) {
      for (let at = 0; at < chunk.length && !over; at += SLICE) {
        if (!parser.write(chunk.subarray(at, at + SLICE))) await once(parser, 'drain');
        if (pace.due()) await pace.pause();
      }
      if (over) break;
    }
    if (!over) {
      parser.end();
      await finished;
      await Promise.all(reading);
    }
  } catch {
    return { error: { ok: false, status: 400, error: 'The upload could not be read as form data.' } };
  } finally {
    parser.removeAllListeners('file');
    // Files left unread (the body was refused or broken) are not waited for, and their failure is not reported.
    void Promise.allSettled(reading);
  }
  if (over) {
    // Reading stopped at the limit: the whole size is not known.
    return {
      error: {
        ok: false,
        status: 413,
        error: `The upload is larger than the limit of ${limit / MEGABYTE} MB.`,
      },
    };
  }
  return { files, fields };
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
    const form = await readForm(request, type, limit);
    if ('error' in form) return form.error;
    for (const file of form.files) files.push(file);
    const text = form.fields.get('text');
    if (text?.trim()) {
      files.push({ name: 'pasted text', bytes: new TextEncoder().encode(text) });
    }
    const value = (key: string) => form.fields.get(key) || undefined;
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
