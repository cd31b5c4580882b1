// Which drafts Caveat reads, by file extension, and as which format.
import type { Language } from './types';

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  tex: 'latex',
  latex: 'latex',
  ltx: 'latex',
  txt: 'plaintext',
  text: 'plaintext',
};

/** The format of a draft from its path, or undefined for a file Caveat does not read as text. */
export function languageForPath(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return LANGUAGE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
