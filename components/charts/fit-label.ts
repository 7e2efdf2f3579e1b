// Rough advance widths of the chart font at 1px size: capitals and digits are wider than lower case, so an
// all-capitals Web of Science title needs a shorter cut than a sentence-case one.
const WIDE = 0.74;
const NARROW = 0.6;
const THIN = 0.32;

/** The estimated width in pixels of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (/[ il.,:;'|!()[\]]/.test(char)) em += THIN;
    else if (/[A-Z0-9MW&@%]/.test(char) || /[mw]/.test(char)) em += WIDE;
    else em += NARROW;
  }
  return em * fontSize;
}

/** `text` cut with an ellipsis so that it fits `width` pixels at `fontSize`. */
export function fitLabel(text: string, width: number, fontSize = 12.5): string {
  if (textWidth(text, fontSize) <= width) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end).trimEnd()}…`, fontSize) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Which of `count` axis labels to show so that each has `room` pixels at `step` apart: counted back from the last. */
export function shownTicks(count: number, step: number, room: number): (index: number) => boolean {
  const every = Math.max(1, Math.ceil(room / Math.max(1, step)));
  return (index) => (count - 1 - index) % every === 0;
}
