// Hostile document generators: fast-check arbitraries for property tests, and seeded size-n builders
// for the linear-time tests (the same builder makes the n and the 4n document).
import fc from 'fast-check';
import { pick, prng } from './rules';

/** Words and phrases that make rules fire, mixed into the random text so findings are produced. */
export const TRIGGERS = [
  'quantum sensors',
  'quantum sensing',
  'genetic data will be transferred to China',
  'Genetic data sent to Shenzhen',
  'NUDT university',
  'NUDT',
  'National University of Defense Technology',
  '国防科技大学',
  'Harbin Institute of Technology',
  'Harbin Institute',
  'hypersonic',
  'Thousand Talents Plan',
  'All intellectual property shall vest solely in Party B.',
  'No genetic data will leave for China.',
  'export licence',
  'sen-\nsors',
  'China clay',
  'Article 7.',
  '第七条',
  'caveat: accept test.nudt because reviewed',
  'caveat: accept *',
  '<!-- caveat-disable-next-line test.quantum-sensing: fine -->',
  '% caveat-disable-next-line dual-use-tech',
];

/** Characters that break naive code: lone surrogates, NUL, combining marks, RTL, CJK, emoji. */
export const HOSTILE_CHARS = [
  '\ud800',
  '\udfff',
  '\ud840',
  '\udc00',
  '\u0000',
  '\u0301',
  '\u0308',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u200f',
  'ש',
  'ع',
  '国',
  '𠀀',
  '😀',
  '👩‍🔬',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u2028',
  '\u0085',
  'ﬁ',
  'Ａ',
  'İ',
  'ß',
  '\\',
  '`',
  '%',
  '$',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '-',
  '.',
  '|',
  '#',
  '*',
  '_',
  '~',
  '&',
];

const MARKDOWN_PIECES = [
  '\n',
  '\n\n',
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '   - ',
  '> ',
  '> > ',
  '```',
  '```js\n',
  '~~~',
  '    ',
  '| a | b |\n|---|---|\n| ',
  ' | ',
  '`',
  '``',
  '**',
  '*',
  '_',
  '[',
  ']',
  '](',
  '](http://x.invalid/',
  ')',
  '![',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<script>',
  '</script>',
  '<http://a.invalid>',
  'https://example.invalid/quantum-sensors',
  'a@b.invalid',
  '&amp;',
  '&#x1F600;',
  '\\',
  '---\n',
  '+++\n',
  '[^1]',
  '[^1]: ',
  '[x]: http://y.invalid\n',
  '- [ ] ',
  '===\n',
  '***\n',
];

const LATEX_PIECES = [
  '\n',
  '\n\n',
  '\\begin{document}',
  '\\end{document}',
  '\\section{',
  '\\subsection*{',
  '\\item ',
  '\\item{',
  '\\textbf{',
  '\\emph{',
  '\\cite{',
  '\\label{',
  '\\href{http://x.invalid}{',
  '\\url{',
  '\\footnote{',
  '{',
  '}',
  '[',
  ']',
  '\\foo[',
  '$',
  '$$',
  '\\(',
  '\\)',
  '\\[',
  '\\]',
  '%',
  '% comment\n',
  '\\begin{itemize}',
  '\\end{itemize}',
  '\\begin{verbatim}',
  '\\end{verbatim}',
  '\\begin{equation}',
  '\\end{equation}',
  '\\begin{tabular}{ll}',
  '\\end{tabular}',
  '&',
  '\\\\',
  '~',
  '\\-',
  '\\verb|',
  '\\verb',
  '|',
  '\\def\\x#1{',
  '\\newcommand{\\y}[1]{',
  '\\input{',
  '\\begin{',
  '\\end{',
  '\\',
];

const WORDS = ['the', 'partner', 'data', 'will', 'be', 'university', 'institute', 'no', 'not', 'and', 'with', 'of', 'sensors', 'quantum'];

/** Random Unicode, weighted towards the characters that break things. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
      { weight: 2, arbitrary: fc.constantFrom(...TRIGGERS) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

function nested(pieces: string[]) {
  return fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pieces) },
        { weight: 2, arbitrary: fc.constantFrom(...TRIGGERS) },
        { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
      ),
      { maxLength: 150 },
    )
    .map((parts) => parts.join(''));
}

/** Random Markdown: nested lists, quotes, tables, code fences (often unbalanced), HTML, links. */
export const hostileMarkdown = nested(MARKDOWN_PIECES);
/** Random LaTeX: unbalanced braces, environments, comments, math, verbatim. */
export const hostileLatex = nested(LATEX_PIECES);

/** A document of about `size` characters from `pieces`, chosen by a seeded PRNG. */
export function seededDocument(size: number, seed: number, pieces: readonly string[]): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = pick(rand, pieces);
    parts.push(p);
    length += p.length;
  }
  return parts.join('').slice(0, size);
}

export const PROSE_PIECES = [...TRIGGERS, ...WORDS.map((w) => `${w} `), '. ', '.\n', '\n\n', ', ', ' '];
export const MARKDOWN_DOC_PIECES = [...PROSE_PIECES, ...PROSE_PIECES, ...MARKDOWN_PIECES];
export const LATEX_DOC_PIECES = [...PROSE_PIECES, ...PROSE_PIECES, ...LATEX_PIECES];

const ORDINARY = [
  'the',
  'project',
  'will',
  'study',
  'methods',
  'for',
  'field',
  'work',
  'and',
  'report',
  'results',
  'to',
  'partners',
  'in',
  'time',
];

/** Ordinary prose of about `size` characters with a trigger every 40 words or so (or at triggerRate per word). */
export function sparseProse(size: number, seed: number, lineBreaks = true, triggerRate = 0.025): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let length = 0;
  let words = 0;
  while (length < size) {
    let p = rand() < triggerRate ? pick(rand, TRIGGERS) : pick(rand, ORDINARY);
    words++;
    p += words % 12 === 0 ? '. ' : ' ';
    if (lineBreaks && words % 14 === 0) p += '\n';
    if (lineBreaks && words % 120 === 0) p += '\n';
    parts.push(p);
    length += p.length;
  }
  const text = parts.join('').slice(0, size);
  return lineBreaks ? text : text.replace(/[\r\n]/g, ' ');
}
