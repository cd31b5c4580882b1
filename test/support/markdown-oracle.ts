// The reference reading of Markdown for tests: micromark (CommonMark + GFM tables, autolinks, footnotes, front matter).
// The prose of headings, paragraphs, lists, tables, emphasis and link text is kept; code, inline
// code, URLs, HTML (but for Caveat directives in comments) and front-matter keys are not.
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { maskOutside, parseDirective } from '../../server/src/engine/extract/directives';
import { extractPlainText } from '../../server/src/engine/extract/plaintext';
import type { Directive, ExtractedDocument } from '../../server/src/engine/extract/types';

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'listItem',
  'blockquote',
  'footnoteDefinition',
  'thematicBreak',
  'code',
  'html',
  'table',
  'tableRow',
]);
const SKIPPED = new Set(['inlineCode', 'code', 'image', 'imageReference', 'definition', 'math', 'inlineMath']);
const COMMENT = /<!--([\s\S]*?)-->/g;

export function extractMarkdownProse(source: string): ExtractedDocument {
  let tree: Nodes;
  try {
    tree = fromMarkdown(source, {
      extensions: [gfm(), frontmatter(['yaml', 'toml'])],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
    });
  } catch (e) {
    return { ...extractPlainText(source), fallback: `Markdown parser failed (${(e as Error).message}); read as plain text` };
  }
  const keep: [number, number][] = [];
  const breaks: number[] = [];
  const directives: Directive[] = [];

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (BLOCKS.has(node.type)) breaks.push(start, end);
    if (node.type === 'text') {
      keep.push([start, end]);
      return;
    }
    if (node.type === 'html') {
      collectCommentDirectives(source, start, end, directives);
      return;
    }
    if (node.type === 'yaml' || (node.type as string) === 'toml') {
      keepFrontMatterValues(source, start, end, keep, breaks);
      return;
    }
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'link' && isBareUrl(node)) return;
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  keep.sort((a, b) => a[0] - b[0]);
  breaks.sort((a, b) => a - b);
  // micromark keeps a character reference (&amp;) inside its text node; it is not a word of the prose.
  const masked = maskOutside(source, keep).replace(/&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m) =>
    ' '.repeat(m.length),
  );
  return { masked, breaks, directives };
}

/** An autolink or a literal URL: its text is the address itself, not prose. */
function isBareUrl(node: Nodes & { type: 'link' }): boolean {
  if (node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return text === node.url || node.url === `mailto:${text}` || node.url === `http://${text}` || /^(https?:|www\.|mailto:)/i.test(text);
}

function collectCommentDirectives(source: string, start: number, end: number, out: Directive[]): void {
  const html = source.slice(start, end);
  for (const m of html.matchAll(COMMENT)) {
    const at = start + (m.index as number);
    const d = parseDirective(m[1], at, at + m[0].length);
    if (d) out.push(d);
  }
}

/** Front matter: the values of `key: value` lines are prose (a title, an abstract), the keys are not. */
function keepFrontMatterValues(source: string, start: number, end: number, keep: [number, number][], breaks: number[]): void {
  const block = source.slice(start, end);
  const line = /^([ \t]*[\w-]+[ \t]*[:=][ \t]*)(.+)$/gm;
  for (const m of block.matchAll(line)) {
    const s = start + (m.index as number) + m[1].length;
    keep.push([s, s + m[2].length]);
    breaks.push(s, s + m[2].length);
  }
}
