// Which drafts `caveat scan` scans, in which order, with which settings: decided before anything is
// scanned, so a serial scan and a parallel one run the same steps and give the same report.
import { resolve } from 'node:path';
import { draftKindOf } from './input';
import { findIncludes, resolveInclude } from './latex-project';
import type { DraftScanSettings } from './scan-drafts';
import { filesReadFor, readLatex } from './scan-drafts';

export interface ScanStep {
  /** The draft as collected (a LaTeX root is scanned together with what it includes). */
  file: string;
  /** The rule packs of its configuration (the command line's come first, see RuleSets). */
  configPacks: string[];
  /** Shared by every step under the same configuration (the scan pool sends each one once). */
  settings: DraftScanSettings;
  /** How many drafts this step reads that no earlier step read, for the progress bar (at least 1). */
  drafts: number;
}

export type StepSettings = Pick<ScanStep, 'configPacks' | 'settings'>;

/**
 * One step per draft to scan on its own. LaTeX files included by another scanned LaTeX file are read as
 * part of it; a cycle with no outside root is picked up in a second pass, from its first file.
 * `settingsFor` is called once per step, in step order.
 */
export function planScan(
  files: string[],
  maxBytes: number,
  texts: Map<string, string>,
  settingsFor: (file: string) => StepSettings,
): ScanStep[] {
  const includedByOthers = latexIncludedFiles(files, maxBytes, texts);
  const covered = new Set<string>();
  const steps: ScanStep[] = [];
  for (const pass of [1, 2]) {
    for (const file of files) {
      const absolute = resolve(file);
      if (covered.has(absolute) || (pass === 1 && includedByOthers.has(absolute))) continue;
      const before = covered.size;
      for (const read of filesReadFor(file, maxBytes, texts)) covered.add(read);
      steps.push({ file, ...settingsFor(file), drafts: Math.max(1, covered.size - before) });
    }
  }
  return steps;
}

/** Absolute paths of the LaTeX files that another scanned LaTeX file includes. */
function latexIncludedFiles(files: string[], maxBytes: number, texts: Map<string, string>): Set<string> {
  const included = new Set<string>();
  for (const file of files) {
    if (draftKindOf(file) !== 'latex') continue;
    const absolute = resolve(file);
    let text: string;
    try {
      text = readLatex(absolute, maxBytes, texts);
    } catch {
      continue; // reported when the file itself is scanned
    }
    for (const inc of findIncludes(text)) {
      const target = resolveInclude(inc.name, absolute, absolute);
      if (target && target !== absolute) included.add(target);
    }
  }
  return included;
}
