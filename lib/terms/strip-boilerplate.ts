// Where a sentence may start: the text's start, or after a full stop.
const SENTENCE_START = String.raw`(?<=^|[.!?]\s+)`;
// Sentences of publishers' and licences' boilerplate, wherever they stand.
const SENTENCES = [
  /\b[Aa]ll [Rr]ights [Rr]eserved\b\.?/gu,
  new RegExp(
    `${SENTENCE_START}(?:[Pp]ublished|[Dd]istributed) by [^.]*(?:\\.(?=\\s*\\p{Lu}\\w*\\.)[^.]*)*\\.?`,
    'gu',
  ),
  /\b[Tt]his (?:is an open[- ]access article|article is (?:an open[- ]access article|protected by copyright|licensed))[\s\S]*?(?:\)\.|\.(?=\s|$)|$)/gu,
  /\b(?:[Ll]icensed under|under (?:the terms of )?(?:a|the) [Cc]reative [Cc]ommons)[\s\S]*?(?:\)\.|\.(?=\s|$)|$)/gu,
];
// A copyright notice opening a sentence: "© 2015 Elsevier Ltd.", "(C) 2016 Elsevier B.V.", "Copyright © 2014 John
// Wiley & Sons, Ltd.", "© The Author(s) 2019".
const NOTICE = new RegExp(
  `${SENTENCE_START}(?:[Cc]opyright\\b\\s*(?:©|\\([Cc]\\))?|COPYRIGHT\\b|©|\\([Cc]\\)(?=\\s*(?:\\d{4}|\\p{Lu})))`,
  'u',
);
// The notice ends where a sentence of words starts: a capitalised word that is not an abbreviation ("B.V.") or a
// company suffix.
const NOTICE_END =
  /\.(?=\s+(?!(?:Ltd|Inc|Co|Corp|LLC|GmbH|AG|SA|Pty|Limited|Publishing|Publishers|Press)\b)\p{Lu}[\p{L}]*\b(?!\.))/u;

/**
 * The text without the copyright and licence lines that publishers add to abstracts ("© 2015 Elsevier Ltd. All
 * rights reserved."), which would otherwise be counted as terms ("elsevier ltd") in every paper that carries them.
 */
export function stripBoilerplate(text: string): string {
  let result = text;
  for (const pattern of SENTENCES) result = result.replace(pattern, ' ');
  for (let match = NOTICE.exec(result); match; match = NOTICE.exec(result)) {
    const at = match.index;
    const end = NOTICE_END.exec(result.slice(at));
    result = `${result.slice(0, at)} ${end ? result.slice(at + end.index + 1) : ''}`;
  }
  return result === text ? text : result.replace(/[ \t]{2,}/g, ' ').trim();
}
