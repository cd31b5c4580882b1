// Which editor languages Caveat reads, and as which engine format.
import type { Language } from '../engine';

const BY_LANGUAGE_ID: Record<string, Language> = {
  markdown: 'markdown',
  latex: 'latex',
  tex: 'latex',
  'latex-expl3': 'latex',
  plaintext: 'plaintext',
  'caveat-docx': 'plaintext',
  // Other editors' names for the same formats (Neovim: text, plaintex; Emacs: org is not read).
  text: 'plaintext',
  txt: 'plaintext',
  plaintex: 'latex',
  context: 'latex',
};

export function engineLanguage(languageId: string): Language | undefined {
  return BY_LANGUAGE_ID[languageId];
}

export const SUPPORTED_LANGUAGE_IDS = Object.keys(BY_LANGUAGE_ID);
