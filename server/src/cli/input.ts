// Reading drafts for the CLI: which kind of draft a file is, and reading a text draft while refusing
// what is not text with a clear message instead of a crash.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DraftKind } from '../config/config-types';
import type { Language } from '../engine';

const KIND_BY_EXTENSION: Record<string, DraftKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.tex': 'latex',
  '.latex': 'latex',
  '.ltx': 'latex',
  '.txt': 'plaintext',
  '.text': 'plaintext',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export class InputError extends Error {}

/** The kind of draft a file name says it is; undefined for files a folder walk skips. */
export function draftKindOf(file: string): DraftKind | undefined {
  return KIND_BY_EXTENSION[extname(file).toLowerCase()];
}

/** The engine language of a text draft (docx and PDF text is read as plain text). */
export function languageOf(file: string): Language | undefined {
  const kind = draftKindOf(file);
  return kind === 'docx' || kind === 'pdf' ? 'plaintext' : kind;
}

/** Reads a file's bytes, refusing files over the size limit, with errors a contract officer can act on. */
export function readDraftBytes(file: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('is a folder');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(describeReadError(e));
  }
  if (size > maxBytes)
    throw new InputError(
      `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (--max-size)`,
    );
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(describeReadError(e));
  }
}

/** Reads a draft as UTF-8 text, refusing binary files and files over the size limit. */
export function readDraft(file: string, maxBytes: number): string {
  const buffer = readDraftBytes(file, maxBytes);
  if (looksBinary(buffer)) throw new InputError('skipped: not a text file (binary content)');
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  return `cannot read: ${code ?? (e as Error).message}`;
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
