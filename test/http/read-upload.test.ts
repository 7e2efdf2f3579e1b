import { afterEach, describe, expect, it } from 'vitest';
import { readUpload } from '@/lib/http/read-upload';
import { uploadLimit } from '@/lib/http/upload-limit';

function multipart(entries: [string, string | File][]): Request {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return new Request('http://x/api/corpora', { method: 'POST', body: form });
}

describe('readUpload', () => {
  afterEach(() => {
    delete process.env.PAPERSCOPE_MAX_UPLOAD_MB;
  });

  it('reads files, pasted text and options from form data', async () => {
    const result = await readUpload(
      multipart([
        ['files', new File(['@article{a,title={T}}'], 'lib.bib')],
        ['text', 'pasted'],
        ['format', 'bibtex'],
        ['pageYear', '2024'],
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.upload.files.map((f) => f.name)).toEqual(['lib.bib', 'pasted text']);
    expect(result.upload).toMatchObject({ name: 'lib and 1 more', format: 'bibtex', pageYear: 2024 });
  });

  it('reads a raw body with its file name and options in the query', async () => {
    const request = new Request('http://x/api/corpora?filename=a.ris&name=Mine', {
      method: 'POST',
      body: 'TY  - JOUR',
    });
    const result = await readUpload(request);
    expect(result.ok && result.upload).toMatchObject({ name: 'Mine', files: [{ name: 'a.ris' }] });
  });

  it('refuses an upload over the limit with 413 and states the limit', async () => {
    process.env.PAPERSCOPE_MAX_UPLOAD_MB = '1';
    expect(uploadLimit()).toBe(1024 * 1024);
    const result = await readUpload(
      multipart([['files', new File([new Uint8Array(1024 * 1024 + 1)], 'big.json')]]),
    );
    expect(result).toEqual({ ok: false, status: 413, error: 'The upload is 1.0 MB; the limit is 1 MB.' });
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const request = new Request('http://x/api/corpora', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': String(200 * 1024 * 1024) },
    });
    expect(await readUpload(request)).toMatchObject({
      ok: false,
      status: 413,
      error: expect.stringContaining('100 MB'),
    });
  });

  it('names the bad field and what it expects', async () => {
    const result = await readUpload(
      multipart([
        ['files', new File(['x'], 'a.bib')],
        ['format', 'docx'],
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/format "docx".*bibtex/),
    });
  });

  it('refuses a request with no file', async () => {
    expect(await readUpload(multipart([['name', 'x']]))).toMatchObject({ ok: false, status: 400 });
  });
});
