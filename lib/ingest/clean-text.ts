// Only what changes: runs of two or more and lone line breaks, tabs or no-break spaces. A lone ' '
// (most of them) is no match, so clean text costs one scan and no copy; `/\s+/` matched every space.
const UNCLEAN_SPACE = /\s\s+|[^\S ]/g;

/** Collapses hard line breaks and runs of whitespace (including no-break spaces) into single spaces. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(UNCLEAN_SPACE, ' ').trim();
}
