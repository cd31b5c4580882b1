// Maps a path inside a parsed YAML/JSON document back to a line and column, so that every problem
// in a rule file can be shown on the right line of that file.
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';

export interface ParsedWithPositions {
  value: unknown;
  /** Line and column (1-based) of the node at path, or of its nearest existing parent. */
  positionOf(path: (string | number)[]): { line: number; column: number };
  /** YAML syntax errors with their positions. */
  syntaxErrors: { line: number; column: number; message: string }[];
}

export function parseWithPositions(text: string): ParsedWithPositions {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { line: pos.line, column: pos.col, message: e.message.split('\n')[0] };
  });
  return {
    value: syntaxErrors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxErrors,
    positionOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}
