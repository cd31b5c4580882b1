// Baselines: `--write-baseline FILE` records the findings a team has already looked at, `--baseline FILE`
// reports only what is new since. The file is JSON a reviewer can read and diff.
import { readFileSync } from 'node:fs';
import { fingerprintFindings, portablePath } from './fingerprints';
import { writeFileAtomic } from './output';
import type { FileReport } from './report';

export const BASELINE_FORMAT = 'caveat-baseline/1';

interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  text: string;
}

interface BaselineFile {
  format: string;
  findings: BaselineEntry[];
}

export async function writeBaseline(file: string, reports: FileReport[]): Promise<number> {
  const entries: BaselineEntry[] = [];
  for (const r of reports) {
    for (const [f, fingerprint] of fingerprintFindings(r.findings))
      entries.push({ fingerprint, ruleId: f.ruleId, file: portablePath(f.file), text: f.text });
  }
  entries.sort((a, b) => (a.file === b.file ? (a.fingerprint < b.fingerprint ? -1 : 1) : a.file < b.file ? -1 : 1));
  const content: BaselineFile = { format: BASELINE_FORMAT, findings: entries };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
  return entries.length;
}

/** The fingerprints of a baseline file; throws with a clear message when it is not one. */
export function readBaseline(file: string): Set<string> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`baseline ${file}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : 'not valid JSON'}`);
  }
  const parsed = value as Partial<BaselineFile>;
  if (parsed?.format !== BASELINE_FORMAT || !Array.isArray(parsed.findings))
    throw new Error(`baseline ${file}: not a Caveat baseline (expected "format": "${BASELINE_FORMAT}")`);
  return new Set(parsed.findings.map((e) => e.fingerprint));
}

/** Drops the findings whose fingerprint is in the baseline; returns how many were dropped. */
export function applyBaseline(reports: FileReport[], known: Set<string>): number {
  let dropped = 0;
  for (const r of reports) {
    const prints = fingerprintFindings(r.findings);
    const kept = r.findings.filter((f) => !known.has(prints.get(f) ?? ''));
    dropped += r.findings.length - kept.length;
    r.findings = kept;
  }
  return dropped;
}
