import { describe, expect, it } from 'vitest';
import { checkRequest, type GuardSettings, guardSettings } from '@/lib/http/request-guard';

function request(method: string, headers: Record<string, string>) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, header: (name: string) => lower[name.toLowerCase()] ?? null };
}

const local = guardSettings({});

describe('checkRequest', () => {
  it('refuses a POST from a page of another origin, by Origin or by Sec-Fetch-Site', () => {
    const byOrigin = checkRequest(
      request('POST', { host: '127.0.0.1:3000', origin: 'http://evil.example' }),
      local,
    );
    expect(byOrigin).toMatchObject({ ok: false, status: 403 });
    const bySite = checkRequest(
      request('DELETE', { host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }),
      local,
    );
    expect(bySite).toMatchObject({ ok: false, status: 403 });
    // A page on another port of the same machine is another origin.
    expect(
      checkRequest(request('PUT', { host: 'localhost:3000', origin: 'http://localhost:8080' }), local).ok,
    ).toBe(false);
    // Sandboxed frames and file:// pages say `null`.
    expect(checkRequest(request('POST', { host: 'localhost:3000', origin: 'null' }), local).ok).toBe(false);
  });

  it('lets a same-origin POST, any GET and a script without browser headers through', () => {
    expect(
      checkRequest(
        request('POST', {
          host: 'localhost:3000',
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'same-origin',
        }),
        local,
      ),
    ).toEqual({ ok: true });
    expect(
      checkRequest(request('GET', { host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }), local),
    ).toEqual({ ok: true });
    expect(checkRequest(request('POST', { host: '127.0.0.1:3000' }), local)).toEqual({ ok: true });
  });

  it('answers only to loopback names unless told other names', () => {
    const rebound = checkRequest(request('GET', { host: 'attacker.example:3000' }), local);
    expect(rebound).toMatchObject({ ok: false, status: 421 });
    expect(!rebound.ok && rebound.error).toContain('PAPERSCOPE_ALLOWED_HOSTS');
    expect(checkRequest(request('GET', { host: '[::1]:3000' }), local).ok).toBe(true);

    const team = guardSettings({ PAPERSCOPE_ALLOWED_HOSTS: 'papers.example.org, 10.0.0.5' });
    expect(checkRequest(request('GET', { host: 'Papers.Example.org' }), team).ok).toBe(true);
    expect(checkRequest(request('GET', { host: '10.0.0.5:3000' }), team).ok).toBe(true);
    expect(checkRequest(request('GET', { host: '10.0.0.6:3000' }), team).ok).toBe(false);
    // The address listened on is a name the server is reached by.
    expect(
      checkRequest(request('GET', { host: '10.0.0.7:3000' }), guardSettings({ PAPERSCOPE_HOST: '10.0.0.7' }))
        .ok,
    ).toBe(true);
    expect(
      checkRequest(request('GET', { host: 'any.example' }), guardSettings({ PAPERSCOPE_ALLOWED_HOSTS: '*' }))
        .ok,
    ).toBe(true);
  });

  it('asks for the shared secret, as a Basic password or a Bearer token', () => {
    const shared: GuardSettings = guardSettings({ PAPERSCOPE_SECRET: 's3cret' });
    const none = checkRequest(request('GET', { host: 'localhost' }), shared);
    expect(none).toMatchObject({ ok: false, status: 401 });
    expect(!none.ok && none.headers?.['www-authenticate']).toMatch(/^Basic realm="Paperscope"/);
    const basic = (password: string) => `Basic ${Buffer.from(`anyone:${password}`).toString('base64')}`;
    expect(
      checkRequest(request('GET', { host: 'localhost', authorization: basic('s3cret') }), shared).ok,
    ).toBe(true);
    expect(
      checkRequest(request('GET', { host: 'localhost', authorization: basic('wrong') }), shared).ok,
    ).toBe(false);
    expect(
      checkRequest(request('GET', { host: 'localhost', authorization: 'Bearer s3cret' }), shared).ok,
    ).toBe(true);
    expect(
      checkRequest(request('GET', { host: 'localhost', authorization: 'Bearer s3cre' }), shared).ok,
    ).toBe(false);
  });
});
