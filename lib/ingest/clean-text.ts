/** Collapses hard line breaks and runs of whitespace (including no-break spaces) into single spaces. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/\s+/g, ' ').trim();
}
