// LaTeX: a one-pass reader that blanks what is not prose, at source offsets. Text and the text
// arguments of \section, \textbf, \emph, \item, captions and footnotes are prose; command names,
// options, labels, citation keys, references, URLs, comments (but for Caveat directives), math,
// verbatim-like environments and the preamble are not. `\-` joins the halves of a word; `~`, `--`
// and line breaks separate words like spaces do.
//
// Why not a general parser: unified-latex took 4 s per 100 KB here (docs/decisions/0006).
// test/unit/engine/latex-oracle.test.ts checks this reader against unified-latex.
import { CharMask } from './char-mask';
import { parseDirective } from './directives';
import { type MarkdownReading, type MarkdownWindow, stateless, windowAt } from './markdown';
import type { Directive, ExtractedDocument } from './types';

/** Commands whose arguments are not prose: how many mandatory arguments to blank with them. */
export const NON_PROSE_MACROS: Record<string, number> = {
  cite: 1,
  citep: 1,
  citet: 1,
  citeauthor: 1,
  citeyear: 1,
  parencite: 1,
  textcite: 1,
  autocite: 1,
  footcite: 1,
  nocite: 1,
  supercite: 1,
  ref: 1,
  eqref: 1,
  autoref: 1,
  cref: 1,
  Cref: 1,
  pageref: 1,
  nameref: 1,
  label: 1,
  url: 1,
  path: 1,
  includegraphics: 1,
  input: 1,
  include: 1,
  includeonly: 1,
  bibliography: 1,
  bibliographystyle: 1,
  addbibresource: 1,
  usepackage: 1,
  RequirePackage: 1,
  documentclass: 1,
  newcommand: 2,
  renewcommand: 2,
  providecommand: 2,
  newenvironment: 3,
  renewenvironment: 3,
  DeclareMathOperator: 2,
  setlength: 2,
  addtolength: 2,
  setcounter: 2,
  vspace: 1,
  hspace: 1,
  hypersetup: 1,
  lstinputlisting: 1,
  inputminted: 2,
  graphicspath: 1,
  pagestyle: 1,
  thispagestyle: 1,
  color: 1,
  textcolor: 1,
  bibitem: 1,
  linewidth: 0,
  textwidth: 0,
};
/** Of these, the last argument is prose again (\href{url}{text}, \textcolor{red}{text}). */
const LAST_ARGUMENT_IS_PROSE = new Set(['href', 'textcolor']);
/** Environments whose body is not prose. */
export const NON_PROSE_ENVIRONMENTS = new Set([
  'verbatim',
  'verbatim*',
  'Verbatim',
  'lstlisting',
  'minted',
  'comment',
  'filecontents',
  'filecontents*',
  'equation',
  'equation*',
  'align',
  'align*',
  'gather',
  'gather*',
  'multline',
  'multline*',
  'eqnarray',
  'eqnarray*',
  'math',
  'displaymath',
  'tikzpicture',
  'code',
  'alltt',
  'flalign',
  'flalign*',
  'alignat',
  'alignat*',
]);
/** Environments whose first mandatory arguments are settings, not prose (column specs, widths). */
const ENVIRONMENT_ARGUMENTS: Record<string, number> = {
  tabular: 1,
  'tabular*': 2,
  tabularx: 2,
  longtable: 1,
  array: 1,
  minipage: 1,
  multicols: 1,
  wrapfigure: 2,
  thebibliography: 1,
};
/** Commands that end a sentence where they stand (headings, list items, captions, notes). */
export const BREAKING_MACROS = new Set([
  'section',
  'subsection',
  'subsubsection',
  'chapter',
  'paragraph',
  'subparagraph',
  'part',
  'item',
  'caption',
  'footnote',
  'title',
  'author',
  'maketitle',
  'par',
  'newline',
  'begin',
  'end',
]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function extractLatexProse(source: string): ExtractedDocument {
  return readLatex(source).document;
}

/** Where the body is: with \begin{document}, the preamble and the tail are not prose. */
export interface LatexBody {
  /** Offset of \begin{document}, or -1 (then everything is body). */
  begin: number;
  /** Offset of the first \end{document} after it, or -1 (the body runs to the end). */
  end: number;
}

export function latexBodyOf(source: string): LatexBody {
  const begin = source.indexOf(BEGIN_DOCUMENT);
  return { begin, end: begin >= 0 ? source.indexOf(END_DOCUMENT, begin) : -1 };
}

export const BEGIN_DOCUMENT = '\\begin{document}';
export const END_DOCUMENT = '\\end{document}';

/** A whole reading of LaTeX in the shape of the Markdown reader's (see readLatexWindow for its checkpoints). */
export function readLatex(source: string): MarkdownReading {
  const mask = new CharMask(source);
  const run: LatexRun = {
    source,
    mask,
    stop: undefined,
    ...bodyBounds(latexBodyOf(source), 0),
    breaks: [],
    directives: [],
    checkpoints: [],
  };
  readLatexRun(run);
  return {
    document: { masked: mask.toString(), breaks: run.breaks, directives: run.directives },
    codes: mask.codes,
    checkpoints: stateless(run.checkpoints),
    bodyStart: 0,
  };
}

/**
 * Reads a draft's text from base on (`window`, a checkpoint's line start, to stopAt at least) up to
 * stopAt, or to the end when stopAt is undefined; `body` is where the draft's body is now. Offsets in
 * the result are the draft's. Undefined when the reading does not land on stopAt as a checkpoint
 * (an edit opened math, a verbatim environment or a group that runs on past it).
 *
 * A checkpoint is the start of a line after an empty line, reached by the reader itself (nothing
 * before it runs across it): a group never runs past an empty line, and no look-ahead from before it
 * crosses one, so the reading from there on depends on nothing before it but where the body is.
 */
export function readLatexWindow(window: string, base: number, stopAt: number | undefined, body: LatexBody): MarkdownWindow | undefined {
  const stop = stopAt === undefined ? undefined : stopAt - base;
  if (stop !== undefined && stop > window.length) return undefined;
  const mask = new CharMask(window, 0, stop ?? window.length);
  const run: LatexRun = { source: window, mask, stop, ...bodyBounds(body, base), breaks: [], directives: [], checkpoints: [] };
  if (!readLatexRun(run)) return undefined;
  return windowAt(base, mask.codes, run.breaks, run.directives, stateless(run.checkpoints));
}

/** The body in the offsets of a text that starts at base (the start may be before it, the end never is). */
function bodyBounds(body: LatexBody, base: number): { bodyStart: number; bodyEnd: number } {
  return { bodyStart: Math.max(body.begin, 0) - base, bodyEnd: body.end >= 0 ? body.end - base : Number.POSITIVE_INFINITY };
}

/** The start of a line after an empty one, where no group is open (see readLatexWindow). */
function isCheckpoint(source: string, i: number): boolean {
  if (i < 3 || source.charCodeAt(i - 1) !== 10) return false;
  const before = source.charCodeAt(i - 2);
  // An escaped line break (a backslash before it) does not close the groups open on its line.
  if (before === 10) return source.charCodeAt(i - 3) !== 92;
  return before === 13 && i >= 4 && source.charCodeAt(i - 3) === 10 && source.charCodeAt(i - 4) !== 92;
}

interface LatexRun {
  /** The text read: a whole draft, or a draft from a checkpoint on. */
  source: string;
  mask: CharMask;
  /** Where to stop (a checkpoint), or undefined to read to the end. */
  stop: number | undefined;
  /** Where the body starts and ends, in this text's offsets (outside it nothing is prose). */
  bodyStart: number;
  bodyEnd: number;
  breaks: number[];
  directives: Directive[];
  /** The checkpoints met, the text's start first. */
  checkpoints: number[];
}

/** The one-pass reader; false when told to stop at a checkpoint and the reading runs past it. */
function readLatexRun(run: LatexRun): boolean {
  const { source, mask, breaks, directives, checkpoints } = run;
  const n = source.length;

  const isBlankLineAfter = (j: number): boolean => {
    let k = j + 1;
    while (k < n && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9 || source.charCodeAt(k) === 13)) k++;
    return source.charCodeAt(k) === 10;
  };
  // Where each { and [ closes, found in one pass with a stack per bracket kind: reading a command's
  // argument is then a lookup, and a draft full of unclosed braces stays linear. A group does not
  // run past a blank line (an argument cannot hold a paragraph break); comments and escapes are skipped.
  const closeOf = new Int32Array(n).fill(-1);
  {
    const braces: number[] = [];
    const brackets: number[] = [];
    for (let j = 0; j < n; j++) {
      const c = source.charCodeAt(j);
      if (c === 92) j++;
      else if (c === 37) {
        const eol = source.indexOf('\n', j);
        j = (eol < 0 ? n : eol) - 1;
      } else if (c === 123) braces.push(j);
      else if (c === 125) {
        const o = braces.pop();
        if (o !== undefined) closeOf[o] = j + 1;
      } else if (c === 91) brackets.push(j);
      else if (c === 93) {
        const o = brackets.pop();
        if (o !== undefined) closeOf[o] = j + 1;
      } else if (c === 10 && isBlankLineAfter(j)) {
        braces.length = 0;
        brackets.length = 0;
      }
    }
  }
  /** Index after the group opened at i ('{' or '['), balanced, or -1. */
  const groupEnd = (i: number): number => closeOf[i];
  const skipSpaces = (i: number): number => {
    let j = i;
    while (j < n && (source[j] === ' ' || source[j] === '\t' || (source[j] === '\n' && source[j + 1] !== '\n'))) j++;
    return j;
  };
  /** Blanks optional arguments ([...]) after i; returns the position after them. */
  const blankOptions = (i: number): number => {
    let j = skipSpaces(i);
    while (source[j] === '[') {
      const e = groupEnd(j);
      if (e < 0) return i;
      mask.blank(j, e);
      j = skipSpaces(e);
    }
    return j;
  };

  const { bodyStart, bodyEnd } = run;
  const limit = run.stop ?? n;

  checkpoints.push(0);
  // Checkpoints at least 4 apart: whether one is a checkpoint reads the 4 characters before it, which
  // then lie after the previous one (a window starting there sees them).
  let last = 0;
  let i = 0;
  while (i < limit) {
    if (i - last >= 4 && isCheckpoint(source, i)) {
      checkpoints.push(i);
      last = i;
    }
    const c = source.charCodeAt(i);
    if (c === 37) {
      // a comment: not prose, but a Caveat directive may live there
      let eol = source.indexOf('\n', i);
      if (eol < 0) eol = n;
      const end = source[eol - 1] === '\r' ? eol - 1 : eol;
      const d = parseDirective(source.slice(i + 1, end), i, end);
      if (d) directives.push(d);
      mask.blank(i, end);
      i = eol;
      continue;
    }
    if (i < bodyStart || i >= bodyEnd) {
      if (c !== 10) mask.blank(i, i + 1);
      i++;
      continue;
    }
    if (c === 36) {
      // $...$ and $$...$$
      const double = source[i + 1] === '$';
      const close = source.indexOf(double ? '$$' : '$', i + (double ? 2 : 1));
      const end = close < 0 ? n : close + (double ? 2 : 1);
      mask.blank(i, end);
      i = end;
      continue;
    }
    if (c === 123 || c === 125 || c === 126 || c === 38) {
      mask.blank(i, i + 1); // braces, ~ and & separate words
      i++;
      continue;
    }
    if (c !== 92) {
      i++;
      continue;
    }
    // A command.
    const next = source.charCodeAt(i + 1);
    if (!isLetter(next)) {
      if (next === 45)
        mask.join(i, i + 2); // \- discretionary hyphen
      else if (next === 40 || next === 91) {
        // \( ... \) and \[ ... \]
        const close = source.indexOf(next === 40 ? '\\)' : '\\]', i + 2);
        const end = close < 0 ? n : close + 2;
        mask.blank(i, end);
        i = end;
        continue;
      } else mask.blank(i, i + 2);
      if (next === 92) breaks.push(i);
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(source.charCodeAt(j))) j++;
    const name = source.slice(i + 1, j);
    if (source[j] === '*') j++;
    mask.blank(i, j);
    if (BREAKING_MACROS.has(name)) breaks.push(i);

    if (name === 'verb') {
      const delimiter = source[j];
      const close = delimiter ? source.indexOf(delimiter, j + 1) : -1;
      const end = close < 0 ? n : close + 1;
      mask.blank(j, end);
      i = end;
      continue;
    }
    if (name === 'begin' || name === 'end') {
      const k = skipSpaces(j);
      const e = source[k] === '{' ? groupEnd(k) : -1;
      if (e < 0) {
        i = j;
        continue;
      }
      const env = source.slice(k + 1, e - 1).trim();
      mask.blank(k, e);
      if (name === 'begin' && NON_PROSE_ENVIRONMENTS.has(env)) {
        const endTag = `\\end{${env}}`;
        const close = source.indexOf(endTag, e);
        const stop = close < 0 ? n : close + endTag.length;
        mask.blank(e, stop);
        breaks.push(stop);
        i = stop;
        continue;
      }
      breaks.push(e);
      let after = blankOptions(e);
      if (name === 'begin') {
        for (let a = 0; a < (ENVIRONMENT_ARGUMENTS[env] ?? 0) && source[after] === '{'; a++) {
          const argEnd = groupEnd(after);
          if (argEnd < 0) break;
          mask.blank(after, argEnd);
          after = blankOptions(argEnd);
        }
      }
      i = after;
      continue;
    }
    if (name === 'def') {
      // \def\name#1#2{body}
      let k = j;
      while (k < n && source[k] !== '{' && source[k] !== '\n') k++;
      const e = source[k] === '{' ? groupEnd(k) : -1;
      const stop = e < 0 ? k : e;
      mask.blank(j, stop);
      i = stop;
      continue;
    }
    const nonProse = NON_PROSE_MACROS[name];
    if (nonProse !== undefined || LAST_ARGUMENT_IS_PROSE.has(name)) {
      let k = blankOptions(j);
      const count = nonProse ?? 1;
      for (let a = 0; a < count; a++) {
        k = blankOptions(k);
        if (source[k] === '{') {
          const e = groupEnd(k);
          if (e < 0) break;
          mask.blank(k, e);
          k = e;
        } else if (source[k] === '\\' && a === 0) {
          // \newcommand\foo{...}
          let m = k + 1;
          while (m < n && isLetter(source.charCodeAt(m))) m++;
          mask.blank(k, m);
          k = m;
        } else break;
      }
      if (nonProse !== undefined && !LAST_ARGUMENT_IS_PROSE.has(name)) {
        // the rest of \newcommand-like definitions: [n][default]{body}
        if (count >= 2) {
          k = blankOptions(k);
          if (source[k] === '{') {
            const e = groupEnd(k);
            if (e > 0) {
              mask.blank(k, e);
              k = e;
            }
          }
        }
      }
      i = k;
      continue;
    }
    // Any other command: its name and options are not prose, its arguments are read as text.
    i = blankOptions(j);
    if (BREAKING_MACROS.has(name) && source[i] === '{') {
      const e = groupEnd(i);
      if (e > 0) breaks.push(e);
    }
  }
  breaks.sort((a, b) => a - b);
  return run.stop === undefined || (i === run.stop && i - last >= 4 && isCheckpoint(source, i));
}
