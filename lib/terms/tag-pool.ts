import { type ExtractedTerm, extractTerms } from '@/lib/terms/extract-terms';

export interface TagPool {
  readonly size: number;
  tag(texts: readonly string[]): Promise<ExtractedTerm[][]>;
  close(): Promise<void>;
}

export function getTagPool(): TagPool {
  return {
    size: 1,
    async tag(texts) {
      await new Promise((resolve) => setImmediate(resolve));
      return texts.map(extractTerms);
    },
    async close() {},
  };
}
