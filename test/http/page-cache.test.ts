import { describe, expect, it } from 'vitest';
import { dashboardCorpus, isPageLoad, RENDER_HEADER } from '@/lib/http/page-cache';

describe('dashboardCorpus', () => {
  it('names the corpus of a dashboard URL and nothing else', () => {
    expect(dashboardCorpus('/')).toBe('default');
    expect(dashboardCorpus('/corpora/abc%20d')).toBe('abc d');
    expect(dashboardCorpus('/corpora')).toBeNull();
    expect(dashboardCorpus('/corpora/abc/present')).toBeNull();
    expect(dashboardCorpus('/api/corpora/abc')).toBeNull();
    expect(dashboardCorpus('/corpora/%E0%A4%A')).toBeNull();
  });
});

describe('isPageLoad', () => {
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Request(`http://localhost:3000${url}`, { headers, method });

  it('takes a document load of a dashboard, with its filter', () => {
    expect(isPageLoad(get('/?term=diffusion+model&q=PHOTON'))).toBe(true);
    expect(isPageLoad(get('/corpora/abc'))).toBe(true);
  });

  it('leaves client navigations, prefetches, other methods and the server’s own renders alone', () => {
    expect(isPageLoad(get('/', { rsc: '1' }))).toBe(false);
    expect(isPageLoad(get('/', { 'sec-fetch-dest': 'empty' }))).toBe(false);
    expect(isPageLoad(get('/', { 'sec-fetch-dest': 'document' }))).toBe(true);
    expect(isPageLoad(get('/?_rsc=x1y2'))).toBe(false);
    expect(isPageLoad(get('/', { 'next-router-prefetch': '1' }))).toBe(false);
    expect(isPageLoad(get('/', { [RENDER_HEADER]: 'token' }))).toBe(false);
    expect(isPageLoad(get('/', {}, 'POST'))).toBe(false);
    expect(isPageLoad(get('/import'))).toBe(false);
  });
});
