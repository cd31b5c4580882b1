// Where two versions of a draft differ: the common prefix and suffix of the old and new text.

/** Compared a chunk at a time first: whole chunks compare natively, far faster than char by char. */
const CHUNK = 1024;

/** The lengths of the common prefix of a and b, and of their common suffix after it. */
export function commonEnds(a: string, b: string, shortest: number): [number, number] {
  let prefix = 0;
  while (prefix + CHUNK <= shortest && b.startsWith(a.slice(prefix, prefix + CHUNK), prefix)) prefix += CHUNK;
  while (prefix < shortest && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = shortest - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && b.endsWith(a.slice(a.length - suffix - CHUNK, a.length - suffix), b.length - suffix)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

/**
 * A draft's text as an editor holds it: stretches are read on demand, the whole made a string only
 * when asked (a megabyte string per keystroke costs more than the incremental scan itself).
 */
export interface SourceText {
  readonly length: number;
  slice(start: number, end: number): string;
  text(): string;
}

/**
 * What an editor knows of an edit: since the text `base` (a string, or the SourceText of the version
 * scanned last), only [prefix, length - suffix) changed (the bounds may be loose, never wrong). It
 * spares comparing the whole text to find the change.
 */
export interface ChangedStretch {
  base: string | SourceText;
  prefix: number;
  suffix: number;
}

/** The common prefix and suffix of base and text: from the stretch when it is about base, else compared. */
export function changedEnds(base: string, text: string, changed: ChangedStretch | undefined): [number, number] {
  return stretchEnds(base, base.length, text.length, changed) ?? commonEnds(base, text, Math.min(base.length, text.length));
}

/** The common prefix and suffix from the stretch, when it is about base; else undefined. */
// === on the same string is a pointer comparison; on another with the same characters, a compare.
export function stretchEnds(
  base: string | SourceText,
  baseLength: number,
  length: number,
  changed: ChangedStretch | undefined,
): [number, number] | undefined {
  if (changed && changed.base === base && changed.prefix + changed.suffix <= Math.min(baseLength, length)) {
    return [Math.max(0, changed.prefix), Math.max(0, changed.suffix)];
  }
  return undefined;
}
