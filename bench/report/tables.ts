// Renders the results as Markdown tables for stdout and docs/performance.md. Ratios use CPU time
// where it is known (see steady() in lib/stats.ts).
import { fmt, markdownTable, ratio } from '../lib/markdown-table';
import type { BenchResults } from '../lib/results';
import { steady } from '../lib/stats';
import type { CompileWorkerResult } from '../workers/compile-worker';

const MiB = 1024 * 1024;

export function scanTable(r: BenchResults): string {
  const rows: string[][] = [];
  for (const s of r.scans) {
    s.result.drafts.forEach((d, i) => {
      rows.push([
        s.draftLabels[i],
        `${s.label} (${s.result.rules.toLocaleString('en-US')})`,
        `${d.findings} (${s.riskSentencesPlaced[i]} placed)`,
        fmt(d.scan.medianMs),
        fmt(d.scan.p95Ms),
        fmt(d.scan.cpuMedianMs),
        fmt(d.firstScanMs),
        fmt(d.bytes / MiB / (steady(d.scan) / 1000)),
        fmt(d.peakRssMB),
        fmt(d.floor ? steady(d.floor) : undefined),
        ratio(d.floor ? steady(d.scan) / steady(d.floor) : undefined),
        d.regex ? `${fmt(steady(d.regex.timing))} (${d.regex.matches})` : '-',
        ratio(d.regex ? steady(d.scan) / steady(d.regex.timing) : undefined),
        d.regex ? fmt(d.regex.firstRunMs) : '-',
      ]);
    });
  }
  return markdownTable(
    [
      'draft',
      'rules',
      'findings',
      'median ms',
      'p95 ms',
      'CPU ms',
      'first scan ms',
      'MB/s (CPU)',
      'peak RSS MB',
      'floor CPU ms',
      'x floor',
      'RegExp CPU ms (hits)',
      'x RegExp',
      'RegExp 1st run ms',
    ],
    rows,
  );
}

export function stageTable(r: BenchResults): string {
  const rows: string[][] = [];
  for (const s of r.scans) {
    s.result.drafts.forEach((d, i) => {
      const st = d.stages;
      rows.push([
        s.draftLabels[i],
        s.label,
        fmt(st.extractMs),
        fmt(st.matchMs),
        fmt(st.contextMs),
        fmt(st.directivesMs),
        String(st.rawMatches),
      ]);
    });
  }
  return markdownTable(['draft', 'rules', 'extract CPU ms', 'match CPU ms', 'context CPU ms', 'directives CPU ms', 'raw matches'], rows);
}

export function compileTable(r: BenchResults): string {
  const rows = r.scans.map((s) => [
    s.label,
    s.result.rules.toLocaleString('en-US'),
    s.result.patterns.toLocaleString('en-US'),
    fmt(s.result.loadMs),
    `${fmt(s.result.coldCompileMs)} (${fmt(s.result.coldCompileCpuMs)})`,
    `${fmt(s.result.warmCompileMs)} (${fmt(s.result.warmCompileCpuMs)})`,
    s.result.regexConstructMs === undefined ? '-' : fmt(s.result.regexConstructMs),
  ]);
  // Rows from the compile worker: the names alone (cold and warm), and bundled + names from the cache.
  const workerRow = (label: string, c: CompileWorkerResult, warm: string) => [
    label,
    c.rules.toLocaleString('en-US'),
    c.patterns.toLocaleString('en-US'),
    fmt(c.loadMs),
    `${fmt(c.coldCompileMs)} (${fmt(c.coldCompileCpuMs)})`,
    warm,
    '-',
  ];
  if (r.compileNamesOnly) rows.push(workerRow('names only', r.compileNamesOnly, fmt(r.compileNamesOnly.warmCompile.medianMs)));
  if (r.compileCached) rows.push(workerRow('bundled + names, from the compiled-rules cache', r.compileCached, '-'));
  // A snapshot hit loads and compiles in one read: the same time stands in both columns.
  if (r.compileSnapshot) rows.push(workerRow('bundled + names, loaded and compiled from a rule-set snapshot', r.compileSnapshot, '-'));
  return markdownTable(['rules', 'count', 'patterns', 'load ms', 'compile cold ms (CPU)', 'compile warm ms (CPU)', 'RegExp new ms'], rows);
}

export function serverTable(r: BenchResults): string {
  const rows = r.server.map((s) => {
    const k = s.result.keystroke;
    return [
      s.label,
      fmt(s.result.initializeMs),
      fmt(s.result.startToFirstDiagnosticsMs),
      fmt(s.result.startCpuMs),
      String(s.result.findings),
      k ? `${fmt(k.medianMs)} / ${fmt(k.p95Ms)} (${k.runs})` : '-',
      fmt(s.result.keystrokeCpuMeanMs),
      fmt(s.result.rssMB),
      fmt(s.result.peakRssMB),
    ];
  });
  return markdownTable(
    [
      'server scenario',
      'spawn→initialize ms',
      'start→first diagnostics ms',
      'server CPU ms',
      'diagnostics',
      'keystroke median / p95 ms (edits)',
      'CPU ms per keystroke',
      'RSS MB',
      'peak RSS MB',
    ],
    rows,
  );
}

export function wholeProcessTable(r: BenchResults): string {
  const rows: string[][] = [];
  if (r.cliCorpus) {
    const c = r.cliCorpus;
    const t = c.run.timing;
    rows.push([
      'caveat scan (CLI)',
      `${c.files} × ${c.bytesEach / 1024} KB`,
      'bundled',
      fmt(t.medianMs),
      fmt(t.cpuMedianMs),
      String(t.runs),
      fmt(c.run.peakRssMB),
      String(c.run.findings),
      '-',
    ]);
  }
  for (const w of r.wholeProcess) {
    const withNames = !w.terms.startsWith('300') && w.terms !== 'bundled';
    const peer = r.wholeProcess.find((x) => x.tool === 'caveat' && x.draft === w.draft && (x.terms !== 'bundled') === withNames);
    const t = w.run.timing;
    rows.push([
      w.tool === 'caveat' ? 'caveat scan (CLI)' : 'textlint + prh',
      w.draft,
      w.terms,
      fmt(t.medianMs),
      fmt(t.cpuMedianMs),
      String(t.runs),
      fmt(w.run.peakRssMB),
      String(w.run.findings),
      w.tool === 'textlint' && peer ? `${ratio(steady(t) / steady(peer.run.timing))} caveat (${peer.terms})` : '-',
    ]);
  }
  return markdownTable(
    ['whole process', 'input', 'terms', 'wall median ms', 'CPU ms', 'runs', 'peak RSS MB', 'findings', 'textlint ÷'],
    rows,
  );
}

export function targetTable(r: BenchResults): string {
  return markdownTable(
    ['target', 'measured', 'met', 'factor', 'note'],
    r.targets.map((t) => [
      t.target,
      t.measured,
      t.met === undefined ? '-' : t.met ? 'yes' : 'NO',
      t.factor === undefined ? '-' : fmt(t.factor),
      t.note ?? '',
    ]),
  );
}

export function allTables(r: BenchResults): string {
  return [
    '## In-process scan (warm; Markdown; ratios on CPU time)',
    scanTable(r),
    '## Where a scan spends its time (median of 3 warm scans, CPU ms)',
    stageTable(r),
    '## Rules: load and compile (fresh process)',
    compileTable(r),
    '## Language server (dist/server.js over stdio, debounceMs 0)',
    serverTable(r),
    '## Whole process (ratios on CPU time)',
    wholeProcessTable(r),
    '## Targets (factor > 1: missed by that factor; < 1: met with that margin)',
    targetTable(r),
  ].join('\n\n');
}
