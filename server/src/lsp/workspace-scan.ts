// `caveat/scanFiles`: scans drafts from disk that are not open in the editor and publishes their
// diagnostics, so "Scan workspace" fills the Problems panel. Open documents are scanned from the
// editor's text as usual.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompiledRules, type Finding, languageForPath, scanDocument } from '../engine';

export interface ScanFilesResult {
  scanned: number;
  findings: number;
  errors: { uri: string; message: string }[];
}

/** The rules and the configuration's adjustments that apply to one file. */
export type RulesForFile = (uri: string) => { compiled: CompiledRules; adjust: (findings: Finding[]) => Finding[] };

export async function scanFilesOnDisk(
  uris: string[],
  isOpen: (uri: string) => boolean,
  rulesFor: RulesForFile,
  maxBytes: number,
  publish: (doc: TextDocument, findings: Finding[]) => void,
): Promise<ScanFilesResult> {
  const result: ScanFilesResult = { scanned: 0, findings: 0, errors: [] };
  for (const uri of uris) {
    if (isOpen(uri)) continue;
    try {
      const path = fileURLToPath(uri);
      const language = languageForPath(path);
      if (!language) continue;
      if ((await stat(path)).size > maxBytes) throw new Error('larger than caveat.maxDocumentKB');
      const text = await readFile(path, 'utf8');
      if (text.includes('\u0000')) throw new Error('not a text file');
      const { compiled, adjust } = rulesFor(uri);
      const findings = adjust(scanDocument(text, language, compiled).findings);
      result.scanned++;
      result.findings += findings.filter((f) => !f.accepted).length;
      publish(TextDocument.create(uri, language, 0, text), findings);
    } catch (e) {
      result.errors.push({ uri, message: (e as Error).message });
    }
  }
  return result;
}
