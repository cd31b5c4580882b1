// Stable identities for findings, for baselines and SARIF partialFingerprints: rule + file + the matched
// words (normalised) + which occurrence of those words it is. Line numbers are left out on purpose, so
// adding a paragraph above a known finding does not make it "new".
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import type { ReportFinding } from './report';

export function normalizeMatchedText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐-―]+/g, ' ')
    .trim();
}

/** The file as a forward-slash path relative to the working folder, so baselines travel between machines. */
export function portablePath(file: string, cwd = process.cwd()): string {
  return relative(cwd, resolve(cwd, file)).split(sep).join('/');
}

/** Fingerprints of a file's findings, in the same order as given. */
export function fingerprintFindings(findings: ReportFinding[], cwd = process.cwd()): Map<ReportFinding, string> {
  const result = new Map<ReportFinding, string>();
  const occurrences = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const f of ordered) {
    const key = [f.ruleId, portablePath(f.file, cwd), normalizeMatchedText(f.text)].join('\u0000');
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    result.set(f, createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32));
  }
  return result;
}
