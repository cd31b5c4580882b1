// Lists the corpus documents and pairs each with its annotation file and scan language.
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Language } from '../../server/src/engine/types';

export const CORPUS_DIR = join(__dirname, 'docs');
/**
 * Drafts written after the rules were tuned on CORPUS_DIR: an out-of-sample check. Do not tune rules on them;
 * they are reported, not gated, so there is no reason to.
 */
export const HOLDOUT_DIR = join(__dirname, 'holdout');

const LANGUAGE_BY_EXTENSION: Record<string, Language> = { '.md': 'markdown', '.tex': 'latex', '.txt': 'plaintext' };

export interface CorpusDocument {
  /** File name relative to the corpus folder, used in reports. */
  name: string;
  path: string;
  annotationPath: string;
  language: Language;
}

export function listCorpusDocuments(dir: string = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => extname(f) in LANGUAGE_BY_EXTENSION)
    .sort()
    .map((name) => ({
      name,
      path: join(dir, name),
      annotationPath: join(dir, name.slice(0, -extname(name).length) + '.ann.yaml'),
      language: LANGUAGE_BY_EXTENSION[extname(name)],
    }));
}

/** Documents without annotations would silently count every finding as a false positive. */
export function documentsMissingAnnotations(docs: CorpusDocument[]): string[] {
  return docs.filter((d) => !existsSync(d.annotationPath)).map((d) => d.name);
}
