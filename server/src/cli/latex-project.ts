// A multi-file LaTeX proposal is one document: `\input{}`, `\include{}` and `\subfile{}` are replaced by
// the included file's text (as LaTeX does), so sentences, abbreviations and directives work across
// files. Each piece remembers which file and offset it came from, so findings are reported under the
// included file's own path and line numbers. Include cycles and missing files are reported, not followed.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { InputProblem } from './collect-inputs';

const INCLUDE_COMMAND = /\\(input|include|subfile)\s*\{([^{}]+)\}/g;
const MAX_DEPTH = 32;

export interface IncludeCommand {
  /** Offsets of the whole command in the including file. */
  start: number;
  end: number;
  name: string;
  line: number;
}

/** A piece of the combined text: `length` characters from `fileOffset` in `file`. */
export interface ProjectSegment {
  combinedStart: number;
  length: number;
  file: string;
  fileOffset: number;
}

export interface LatexProject {
  root: string;
  combined: string;
  segments: ProjectSegment[];
  /** The text of every file in the project, by the path it is reported under. */
  texts: Map<string, string>;
  errors: InputProblem[];
  notes: { file: string; message: string }[];
}

/** Include commands outside comments (a `%` not preceded by a backslash starts a comment). */
export function findIncludes(text: string): IncludeCommand[] {
  const found: IncludeCommand[] = [];
  let lineStart = 0;
  let line = 1;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const content = text.slice(lineStart, lineEnd);
    const comment = /(^|[^\\])%/.exec(content);
    const code = comment ? content.slice(0, comment.index + comment[1].length) : content;
    for (const m of code.matchAll(INCLUDE_COMMAND)) {
      found.push({ start: lineStart + (m.index ?? 0), end: lineStart + (m.index ?? 0) + m[0].length, name: m[2].trim(), line });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
    line++;
  }
  return found;
}

/** LaTeX looks for included files relative to the root document's folder; we also try the includer's. */
export function resolveInclude(name: string, includer: string, root: string): string | undefined {
  const names = extname(name) ? [name, `${name}.tex`] : [`${name}.tex`, name];
  for (const dir of [dirname(root), dirname(includer)]) {
    for (const candidate of names) {
      const full = resolve(dir, candidate);
      if (existsSync(full) && statSync(full).isFile()) return full;
    }
  }
  return undefined;
}

/**
 * Builds the combined document of `root`. `readText` reads a file (throwing an InputError with a clear
 * message); `displayPath` turns an absolute path into the path reports use.
 */
export function buildLatexProject(
  root: string,
  rootText: string,
  readText: (file: string) => string,
  displayPath: (absolute: string) => string,
): LatexProject {
  const project: LatexProject = { root, combined: '', segments: [], texts: new Map([[root, rootText]]), errors: [], notes: [] };
  const parts: string[] = [];
  let length = 0;
  const push = (file: string, text: string, from: number, to: number) => {
    if (to <= from) return;
    project.segments.push({ combinedStart: length, length: to - from, file, fileOffset: from });
    parts.push(text.slice(from, to));
    length += to - from;
  };
  const expand = (file: string, absolute: string, text: string, stack: string[]) => {
    let pos = 0;
    for (const inc of findIncludes(text)) {
      push(file, text, pos, inc.start);
      pos = inc.end;
      const target = resolveInclude(inc.name, absolute, resolve(root));
      if (!target) {
        project.errors.push({
          file: displayPath(resolve(dirname(resolve(root)), inc.name)),
          message: `included from ${file}:${inc.line} but not found`,
        });
        continue;
      }
      if (stack.includes(target)) {
        project.notes.push({
          file,
          message: `line ${inc.line}: '${inc.name}' is already being included (an include cycle); not followed again`,
        });
        continue;
      }
      if (stack.length >= MAX_DEPTH) {
        project.notes.push({ file, message: `line ${inc.line}: includes nested deeper than ${MAX_DEPTH}; not followed` });
        continue;
      }
      const shown = displayPath(target);
      let included = project.texts.get(shown);
      if (included === undefined) {
        try {
          included = readText(target);
        } catch (e) {
          project.errors.push({ file: shown, message: `included from ${file}:${inc.line}: ${(e as Error).message}` });
          continue;
        }
        project.texts.set(shown, included);
      }
      expand(shown, target, included, [...stack, target]);
    }
    push(file, text, pos, text.length);
  };
  expand(root, resolve(root), rootText, [resolve(root)]);
  project.combined = parts.join('');
  return project;
}

/** Where an offset of the combined text came from. */
export function locateInProject(project: LatexProject, offset: number): { segment: ProjectSegment; fileOffset: number } | undefined {
  let lo = 0;
  let hi = project.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = project.segments[mid];
    if (offset < s.combinedStart) hi = mid - 1;
    else if (offset >= s.combinedStart + s.length) lo = mid + 1;
    else return { segment: s, fileOffset: s.fileOffset + (offset - s.combinedStart) };
  }
  return undefined;
}
