// Reads and scans one draft: a text file, a Word document, a PDF, or a LaTeX root together with the files
// it includes. Returns one report per file (an included file is reported under its own path). Runs in
// the main thread or in a scan worker (scan-worker.ts): it depends on nothing but its arguments.
import { isAbsolute, relative, resolve } from 'node:path';
import { type Adjustments, adjustFindings } from '../config/apply-config';
import { type Category, type Finding, type Language, scanDocument } from '../engine';
import { loadBuiltModule, OFFICE_READERS } from './built-modules';
import { draftKindOf, InputError, languageOf, readDraft, readDraftBytes } from './input';
import { buildLatexProject, type LatexProject, locateInProject } from './latex-project';
import { type FileReport, type LineUnit, locateFindings } from './report';
import type { RuleSet } from './rule-sets';

export interface DraftScanSettings {
  maxBytes: number;
  categories?: Category[];
  adjust: Adjustments;
}

/** How reports name a file: relative to the working folder when inside it. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

export function errorReport(file: string, message: string): FileReport {
  return { file, findings: [], accepted: [], lines: new Map(), error: message };
}

/** The reports of one draft (a LaTeX root gives one per file it includes); an unreadable draft gives an error report. */
export async function scanDraft(
  file: string,
  ruleSet: RuleSet,
  settings: DraftScanSettings,
  texts: Map<string, string>,
): Promise<FileReport[]> {
  const kind = draftKindOf(file);
  try {
    if (kind === 'latex') return scanLatex(file, ruleSet, settings, texts);
    if (kind === 'docx' || kind === 'pdf') {
      const bytes = readDraftBytes(file, settings.maxBytes);
      const readers = loadBuiltModule<typeof import('./office-documents')>(OFFICE_READERS);
      const extracted = kind === 'docx' ? await readers.extractDocx(bytes) : await readers.extractPdf(bytes);
      const unit: LineUnit = kind === 'docx' ? 'paragraph' : 'page';
      const report = scanText(file, extracted.text, 'plaintext', ruleSet, settings, unit);
      report.note = report.note ? `${extracted.note}; ${report.note}` : extracted.note;
      return [report];
    }
    const text = readDraft(file, settings.maxBytes);
    return [scanText(file, text, languageOf(file) ?? 'plaintext', ruleSet, settings, 'line')];
  } catch (e) {
    const message = e instanceof InputError ? e.message : `could not be scanned: ${(e as Error).message}`;
    return [errorReport(file, message)];
  }
}

/**
 * Absolute paths of every file `scanDraft` reads for this draft: a LaTeX root and what it includes, or
 * the file itself. Decided from the files alone (no scanning), so a scan can be planned before it runs.
 */
export function filesReadFor(file: string, maxBytes: number, texts: Map<string, string>): string[] {
  if (draftKindOf(file) !== 'latex') return [resolve(file)];
  try {
    return [...latexProjectOf(file, maxBytes, texts).texts.keys()].map((f) => resolve(f));
  } catch {
    return [resolve(file)];
  }
}

function scanText(
  file: string,
  text: string,
  language: Language,
  ruleSet: RuleSet,
  settings: DraftScanSettings,
  unit: LineUnit,
): FileReport {
  const result = scanDocument(text, language, ruleSet.compiled, { categories: settings.categories });
  const report = locateFindings(file, text, adjustFindings(result.findings, settings.adjust), unit);
  if (result.fallback) report.note = result.fallback;
  return report;
}

/** Reads a LaTeX file once per run (the include planner and the scan share the text). */
export function readLatex(absolute: string, maxBytes: number, texts: Map<string, string>): string {
  let text = texts.get(absolute);
  if (text === undefined) {
    text = readDraft(absolute, maxBytes);
    texts.set(absolute, text);
  }
  return text;
}

function latexProjectOf(file: string, maxBytes: number, texts: Map<string, string>): LatexProject {
  const rootText = readLatex(resolve(file), maxBytes, texts);
  // Included files are named in the same style as their root: absolute if the root was given so.
  const nameOf = (absolute: string) => (isAbsolute(file) ? absolute : displayPath(absolute));
  return buildLatexProject(file, rootText, (f) => readLatex(f, maxBytes, texts), nameOf);
}

function scanLatex(file: string, ruleSet: RuleSet, settings: DraftScanSettings, texts: Map<string, string>): FileReport[] {
  const project = latexProjectOf(file, settings.maxBytes, texts);
  const result = scanDocument(project.combined, 'latex', ruleSet.compiled, { categories: settings.categories });
  const byFile = splitByFile(project, adjustFindings(result.findings, settings.adjust));
  const reports: FileReport[] = [];
  for (const [shown, text] of project.texts) {
    const report = locateFindings(shown, text, byFile.get(shown) ?? []);
    const notes = project.notes.filter((n) => n.file === shown).map((n) => n.message);
    if (shown === file && result.fallback) notes.unshift(result.fallback);
    if (shown !== file) notes.unshift(`included from ${file}`);
    if (notes.length) report.note = notes.join('; ');
    reports.push(report);
  }
  for (const e of project.errors) reports.push(errorReport(e.file, e.message));
  return reports;
}

/** Moves each finding of the combined text back to the file and offsets it came from. */
function splitByFile(project: LatexProject, findings: Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const start = locateInProject(project, f.start);
    if (!start) continue;
    const { segment } = start;
    const segmentEnd = segment.fileOffset + segment.length;
    const end = Math.min(start.fileOffset + (f.end - f.start), segmentEnd);
    const list = byFile.get(segment.file) ?? [];
    list.push({ ...f, start: start.fileOffset, end });
    byFile.set(segment.file, list);
  }
  return byFile;
}
