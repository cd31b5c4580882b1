// Picks the extractor for a document's language.
import type { Language } from '../types';
import { extractLatexProse } from './latex';
import { extractMarkdownProse } from './markdown';
import { extractPlainText } from './plaintext';
import type { ExtractedDocument } from './types';

export function extractProse(source: string, language: Language): ExtractedDocument {
  switch (language) {
    case 'markdown':
      return extractMarkdownProse(source);
    case 'latex':
      return extractLatexProse(source);
    default:
      return extractPlainText(source);
  }
}
