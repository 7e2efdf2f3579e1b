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
    expect(result).toEqual({ ok: false, status: 413, error: 'The upload is larger than the limit of 1 MB.' });
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

  it("keeps each file's bytes exact, its folder and non-ASCII name, and the form's order", async () => {
    const binary = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7919) % 256);
    const form = new FormData();
    form.append('files', new File([binary], 'exports/Straße – ü.json'));
    form.append('name', 'Mine');
    form.append('files', new File(['TY  - JOUR\nER  -\n'], 'b.ris'));
    const result = await readUpload(new Request('http://x/api/corpora', { method: 'POST', body: form }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.upload.name).toBe('Mine');
    expect(result.upload.files.map((f) => f.name)).toEqual(['exports/Straße – ü.json', 'b.ris']);
    expect(Buffer.from(result.upload.files[0]?.bytes ?? []).equals(binary)).toBe(true);
    expect(new TextDecoder().decode(result.upload.files[1]?.bytes)).toBe('TY  - JOUR\nER  -\n');
  });

  it('refuses a body that is not the form data it claims to be', async () => {
    const request = new Request('http://x/api/corpora', {
      method: 'POST',
      body: '--other\r\nnot a part',
      headers: { 'content-type': 'multipart/form-data; boundary=expected' },
    });
    const unreadable = { ok: false, status: 400, error: 'The upload could not be read as form data.' };
    expect(await readUpload(request)).toEqual(unreadable);
    const noBoundary = new Request('http://x/api/corpora', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(await readUpload(noBoundary)).toEqual(unreadable);
  });

  it('refuses a streamed upload over the limit as soon as it passes it, without reading the rest', async () => {
    process.env.PAPERSCOPE_MAX_UPLOAD_MB = '1';
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            '--b\r\nContent-Disposition: form-data; name="files"; filename="big.bib"\r\n\r\n',
          ),
        );
      },
      pull(controller) {
        // 64 MB if read to the end; no Content-Length says so beforehand.
        if (++pulled > 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request('http://x/api/corpora', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    } as RequestInit);
    expect(await readUpload(request)).toEqual({
      ok: false,
      status: 413,
      error: 'The upload is larger than the limit of 1 MB.',
    });
    expect(pulled).toBeLessThan(40);
  });
});
