import { describe, expect, it } from 'vitest';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';

describe('latexToUnicode', () => {
  it.each([
    [String.raw`Jean C{\'e}sar{\"u}`, 'Jean Césarü'],
    [String.raw`Garc\'{\i}a-Pe\~{n}alvo`, 'García-Peñalvo'],
    [String.raw`{\c{C}}etinkaya, \v{S}koda, \H{o}, \u{g}`, 'Çetinkaya, Škoda, ő, ğ'],
    [String.raw`Stra{\ss}e, \o{}re, \AE sop`, 'Straße, øre, Æsop'],
    [String.raw`{Bib}\TeX{} \& \%50 \_x`, 'BibTeX & %50 _x'],
    [String.raw`\emph{great} {\bf bold} \textbf{x}`, 'great bold x'],
    ["pages~12--23 --- ``quoted''", 'pages 12–23 — “quoted”'],
    [String.raw`\mkbibquote{x} \enquote{y}`, '“x” “y”'],
    [String.raw`see \url{https://github.com/a/b\_c}`, 'see https://github.com/a/b_c'],
    [String.raw`$\alpha_s^2$ stays math`, String.raw`$\alpha_s^2$ stays math`],
  ])('%s → %s', (input, output) => {
    expect(latexToUnicode(input)).toBe(output);
  });

  it('leaves plain text alone', () => {
    expect(latexToUnicode("It's a plain title - with a dash")).toBe("It's a plain title - with a dash");
    expect(latexToUnicode('')).toBe('');
  });
});
