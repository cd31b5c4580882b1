// Picks the reader for a document's language. A reader that fails on some input never costs the
// draft its scan: it is read as plain text instead, and the report says so.
import type { Language } from '../types';
import { extractLatexProse } from './latex';
import { extractMarkdownProse } from './markdown';
import { extractPlainText } from './plaintext';
import type { ExtractedDocument } from './types';

const READERS: Record<Language, (source: string) => ExtractedDocument> = {
  markdown: extractMarkdownProse,
  latex: extractLatexProse,
  plaintext: extractPlainText,
};

export function extractProse(source: string, language: Language): ExtractedDocument {
  try {
    return READERS[language](source);
  } catch (e) {
    return { ...extractPlainText(source), fallback: `the ${language} reader failed (${(e as Error).message}); read as plain text` };
  }
}
