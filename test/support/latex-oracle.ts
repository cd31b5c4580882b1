// The reference reading of LaTeX for tests, parsed with unified-latex. Text and the text arguments of \section, \textbf, \emph, \item,
// captions and footnotes are prose; command names, labels, citation keys, references, URLs,
// comments (but for Caveat directives), math, verbatim-like environments and the preamble are not.
// `\-` joins the halves of a word; `~`, `--` and line breaks separate words like spaces do.
import type * as Ast from '@unified-latex/unified-latex-types';
import { parse } from '@unified-latex/unified-latex-util-parse';
import { maskOutside, parseDirective } from '../../server/src/engine/extract/directives';
import {
  BREAKING_MACROS,
  NON_PROSE_MACROS as NON_PROSE_ARGUMENT_COUNTS,
  NON_PROSE_ENVIRONMENTS,
} from '../../server/src/engine/extract/latex';
import { extractPlainText } from '../../server/src/engine/extract/plaintext';
import type { Directive, ExtractedDocument } from '../../server/src/engine/extract/types';
import { JOIN_MARK } from '../../server/src/engine/normalize';

// The reader's policy of what is not prose, so that the comparison is about parsing only.
const NON_PROSE_MACROS = new Set(Object.keys(NON_PROSE_ARGUMENT_COUNTS));

export function extractLatexProse(source: string): ExtractedDocument {
  let tree: Ast.Root;
  try {
    tree = parse(source);
  } catch (e) {
    return { ...extractPlainText(source), fallback: `LaTeX parser failed (${(e as Error).message}); read as plain text` };
  }
  const keep: [number, number][] = [];
  const joins: number[] = [];
  const breaks: number[] = [];
  const directives: Directive[] = [];
  const hasDocument = tree.content.some((n) => n.type === 'environment' && n.env === 'document');

  // unified-latex does not know the argument signature of every package's commands (natbib's
  // \citep, \citet): the groups that follow such a command without parsed arguments are its arguments.
  const visitAll = (nodes: Ast.Node[], prose: boolean): void => {
    let skipGroups = false;
    for (const node of nodes) {
      if (
        skipGroups &&
        (node.type === 'group' || (node.type === 'whitespace' && !node.position) || (node.type === 'string' && /^[[\]]/.test(node.content)))
      )
        continue;
      if (skipGroups && node.type === 'string' && /^[^\s]*\]$/.test(node.content)) continue;
      skipGroups = node.type === 'macro' && NON_PROSE_MACROS.has(node.content) && !node.args?.length;
      visit(node, prose);
    }
  };
  const visit = (node: Ast.Node, prose: boolean): void => {
    const pos = node.position;
    switch (node.type) {
      case 'string':
        if (prose && pos) keep.push([pos.start.offset, pos.end.offset]);
        return;
      case 'comment':
        if (pos) {
          // The parser's comment range may include the line breaks around it: keep only the comment.
          const start = source.indexOf('%', pos.start.offset);
          const lineEnd = source.indexOf('\n', start);
          const end = lineEnd < 0 || lineEnd > pos.end.offset ? pos.end.offset : lineEnd;
          const d = parseDirective(node.content, start, end);
          if (d) directives.push(d);
        }
        return;
      case 'parbreak':
        if (pos) breaks.push(pos.start.offset);
        return;
      case 'inlinemath':
      case 'displaymath':
      case 'mathenv':
      case 'verbatim':
      case 'verb':
        return;
      case 'macro': {
        if (pos && node.content === '-') {
          joins.push(pos.start.offset);
          return;
        }
        if (NON_PROSE_MACROS.has(node.content)) return;
        if (pos && BREAKING_MACROS.has(node.content)) breaks.push(pos.start.offset);
        if (node.content === 'href') {
          // \href{url}{text}: only the text is prose
          const args = node.args ?? [];
          const last = args[args.length - 1];
          if (last) for (const c of last.content) visit(c, prose);
          return;
        }
        for (const arg of node.args ?? []) {
          if (arg.openMark === '[') continue; // optional arguments are options, not text
          for (const c of arg.content) visit(c, prose);
        }
        if (pos && BREAKING_MACROS.has(node.content) && node.args?.length) breaks.push(pos.end.offset);
        return;
      }
      case 'environment': {
        if (NON_PROSE_ENVIRONMENTS.has(node.env)) return;
        if (pos) breaks.push(pos.start.offset, pos.end.offset);
        const inBody = prose || node.env === 'document';
        visitAll(node.content, inBody);
        return;
      }
      case 'group':
      case 'root':
        visitAll(node.content, prose);
        return;
      default:
        return;
    }
  };
  // Without \begin{document} (a fragment or an \input file) everything is body text.
  visitAll(tree.content, !hasDocument);

  keep.sort((a, b) => a[0] - b[0]);
  breaks.sort((a, b) => a - b);
  let masked = maskOutside(source, keep);
  if (joins.length) {
    const chars = masked.split('');
    for (const j of joins) {
      chars[j] = JOIN_MARK;
      chars[j + 1] = JOIN_MARK;
    }
    masked = chars.join('');
  }
  return { masked, breaks, directives };
}
