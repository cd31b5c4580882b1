// Reading drafts for the CLI: which files to scan, as which format, and refusing what is not text
// with a clear message instead of a crash.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Language } from '../engine';

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.tex': 'latex',
  '.latex': 'latex',
  '.ltx': 'latex',
  '.txt': 'plaintext',
  '.text': 'plaintext',
};

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export class InputError extends Error {}

export function languageOf(file: string): Language | undefined {
  return LANGUAGE_BY_EXTENSION[extname(file).toLowerCase()];
}

export interface WalkResult {
  files: string[];
  errors: { file: string; message: string }[];
}

/** Expands files and folders into the drafts to scan; a named file of another type is read as plain text. */
export function collectDrafts(paths: string[]): WalkResult {
  const files: string[] = [];
  const errors: WalkResult['errors'] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (e) {
      errors.push({ file: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || SKIPPED_DIRECTORIES.has(name)) continue;
      const full = join(dir, name);
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(full);
      } catch (e) {
        errors.push({ file: full, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && languageOf(full)) files.push(full);
    }
  };
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({
        file: p,
        message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(e as Error).message}`,
      });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** Reads a draft as UTF-8 text, refusing binary files and files over the size limit. */
export function readDraft(file: string, maxBytes: number): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes)
    throw new InputError(
      `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (--max-size)`,
    );
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (looksBinary(buffer)) throw new InputError('skipped: not a text file (binary content)');
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** NUL bytes or many invalid UTF-8 sequences in the first 64 KB mean this is not a text draft. */
function looksBinary(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 65536);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  let replacements = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) replacements++;
  return replacements > 8 && replacements > decoded.length / 100;
}
