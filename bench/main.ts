// Caveat's benchmark (run through run.ts, which bundles it): generates deterministic drafts and entity packs, then measures the in-process
// scan, rule compilation, the language server, the CLI and the references (floor, one RegExp,
// textlint + prh) in one run. Tables go to stdout, the figures to bench/results/latest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './lib/build';
import { type Fixtures, MB, sizeLabel, writeFixtures } from './lib/fixtures';
import { machineInfo } from './lib/machine';
import { makePlan } from './lib/plan';
import { repoRoot } from './lib/repo';
import type { BenchResults, LabelledScan } from './lib/results';
import { anchorPhrases, isPhraseRule } from './lib/rule-terms';
import { runWorker } from './lib/worker-io';
import { runCliScan } from './measure/cli';
import { measureServer } from './measure/server';
import { ensureTextlint, runTextlint, writePrhConfig } from './measure/textlint';
import { allTables } from './report/tables';
import { checkTargets } from './report/targets';
import type { CompileWorkerConfig, CompileWorkerResult } from './workers/compile-worker';
import type { ScanWorkerConfig, ScanWorkerResult } from './workers/scan-worker';

const REPO = repoRoot();
const args = new Set(process.argv.slice(2));
const plan = makePlan(args.has('--quick'));
const started = performance.now();

function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
}

function scanWith(f: Fixtures, label: string, entities: number, sizes: number[]): LabelledScan {
  const drafts = f.drafts.filter((d) => sizes.includes(d.bytes) || sizes.some((s) => d.label === sizeLabel(s)));
  progress(`in-process scan, ${label}: ${drafts.map((d) => d.label).join(', ')}`);
  const config: ScanWorkerConfig = {
    bundled: true,
    packFiles: entities ? [f.packs.get(entities) as string] : [],
    draftFiles: drafts.map((d) => d.file),
    language: 'markdown',
    references: true,
    ...plan.scanPolicy,
  };
  const result = runWorker<ScanWorkerResult>('scan-worker', config);
  return {
    label,
    entities,
    result,
    draftLabels: drafts.map((d) => d.label),
    riskSentencesPlaced: drafts.map((d) => d.riskSentencesPlaced),
  };
}

async function main(): Promise<void> {
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: plan.mode,
    machine: machineInfo(REPO),
    build: ensureBuilt(REPO),
    scans: [],
    server: [],
    wholeProcess: [],
    textlint: {},
    targets: [],
    notes: [],
    loadAverage: [loadavg()[0]],
  };
  progress(results.build);
  const dir = mkdtempSync(join(tmpdir(), 'caveat-bench-'));
  progress(`writing drafts, entity packs and a ${plan.cli.files}-document corpus to ${dir}`);
  const f = writeFixtures(dir, plan.sizes, plan.entityCounts, plan.cli);
  // Every process of the run (server, CLI) keeps its compiled rules here, empty at the start: first
  // starts are cold, and the cached figures are measured on purpose below.
  const cacheDir = join(dir, 'compiled-rules-cache');
  process.env.CAVEAT_CACHE_DIR = cacheDir;
  const largest = Math.max(...plan.entityCounts);
  const largestPack = f.packs.get(largest) as string;
  const names = (n: number) => `bundled + ${n.toLocaleString('en-US')} names`;

  // Every measurement is attempted on its own: one that fails (say, a half-edited CLI) is reported
  // in the notes and the others still run.
  const attempt = async (label: string, fn: () => unknown): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      const message = `${label} failed: ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`;
      progress(message);
      results.notes.push(message);
    }
  };

  // In-process scans: every size with the largest list, then 1 MB with fewer rules.
  await attempt('in-process scan', () => results.scans.push(scanWith(f, names(largest), largest, plan.sizes)));
  await attempt('in-process scan', () => results.scans.push(scanWith(f, 'bundled', 0, [MB])));
  for (const n of plan.oneMbVariants) await attempt('in-process scan', () => results.scans.push(scanWith(f, names(n), n, [MB])));

  progress(`compile of ${largest} names alone, fresh process`);
  const compileConfig: CompileWorkerConfig = { bundled: false, packFiles: [largestPack], warmRuns: plan.compileWarmRuns };
  await attempt('compile', () => {
    results.compileNamesOnly = runWorker<CompileWorkerResult>('compile-worker', compileConfig);
  });

  // The cold compile is one sample per process, and the machine is shared: two more fresh processes
  // each, so that the targets judge a median of three, as they do every other figure.
  progress(`cold compile of ${names(largest)} and of the names alone, two more fresh processes each`);
  await attempt('compile (repeats)', () => {
    const repeat = (bundled: boolean) =>
      [0, 1].map(() => runWorker<CompileWorkerResult>('compile-worker', { bundled, packFiles: [largestPack], warmRuns: 0 }).coldCompileMs);
    results.coldCompileRepeats = { bundledAndNames: repeat(true), namesOnly: repeat(false) };
  });

  progress(`compile of ${names(largest)} from the compiled-rules cache, fresh process`);
  await attempt('compile (cached)', () => {
    const cached: CompileWorkerConfig = { bundled: true, packFiles: [largestPack], warmRuns: 0, cacheDir: join(cacheDir, 'bench-compile') };
    const first = runWorker<CompileWorkerResult>('compile-worker', cached);
    if (first.cacheHit) throw new Error('the cache folder was not empty');
    results.compileCached = runWorker<CompileWorkerResult>('compile-worker', cached);
    if (!results.compileCached.cacheHit) throw new Error('the second process did not read the cache');
  });

  progress(`load and compile of ${names(largest)} from a rule-set snapshot, fresh process`);
  await attempt('load and compile (rule-set snapshot)', () => {
    const config: CompileWorkerConfig = {
      bundled: true,
      packFiles: [largestPack],
      warmRuns: 0,
      snapshotDir: join(cacheDir, 'bench-snapshot'),
    };
    const first = runWorker<CompileWorkerResult>('compile-worker', config);
    if (first.cacheHit) throw new Error('the snapshot folder was not empty');
    results.compileSnapshot = runWorker<CompileWorkerResult>('compile-worker', config);
    if (!results.compileSnapshot.cacheHit) throw new Error('the second process did not read the snapshot');
  });

  const serverJs = join(REPO, 'dist', 'server.js');
  const small = f.drafts[0];
  const oneMb = f.drafts.find((d) => d.label === '1 MB') ?? f.drafts[f.drafts.length - 1];
  progress(`server: bundled rules, ${small.label} draft`);
  await attempt('server (bundled)', async () => {
    const result = await measureServer({ serverJs, draftFile: small.file, rulePacks: [], keystrokes: 0, timeoutMs: 120_000 });
    results.server.push({ label: `bundled, ${small.label} draft`, result });
  });
  // The 1 MB draft with the names, typed in: as Markdown on the first (cold) start, then opened as plain
  // text and as LaTeX (each format is re-read around an edit by a reader of its own).
  const typing = (languageId: 'markdown' | 'plaintext' | 'latex') =>
    measureServer({
      serverJs,
      draftFile: oneMb.file,
      rulePacks: [largestPack],
      keystrokes: plan.keystrokes,
      timeoutMs: 180_000,
      languageId,
    });
  progress(`server: ${names(largest)}, ${oneMb.label} draft, ${plan.keystrokes} keystrokes`);
  await attempt('server (names)', async () => {
    results.server.push({ label: `${names(largest)}, ${oneMb.label} draft`, result: await typing('markdown') });
  });
  progress(`server: ${names(largest)} again, compiled rules now cached`);
  await attempt('server (names, cached)', async () => {
    const result = await measureServer({ serverJs, draftFile: oneMb.file, rulePacks: [largestPack], keystrokes: 0, timeoutMs: 180_000 });
    results.server.push({ label: `${names(largest)}, ${oneMb.label} draft, second start (rule-set snapshot)`, result });
  });
  progress(`server: ${names(largest)}, ${oneMb.label} draft as plain text, ${plan.keystrokes} keystrokes`);
  await attempt('server (names, plain text)', async () => {
    results.server.push({ label: `${names(largest)}, ${oneMb.label} draft as plain text`, result: await typing('plaintext') });
  });
  // A workspace pack with patterns: they are matched over the whole document at each keystroke.
  progress(`server: ${names(largest)} and 3 workspace patterns, ${oneMb.label} draft, ${plan.keystrokes} keystrokes`);
  await attempt('server (names, patterns)', async () => {
    const result = await measureServer({
      serverJs,
      draftFile: oneMb.file,
      rulePacks: [largestPack, f.patternPack],
      keystrokes: plan.keystrokes,
      timeoutMs: 180_000,
    });
    results.server.push({ label: `${names(largest)} + 3 workspace patterns, ${oneMb.label} draft (not a target)`, result });
  });
  progress(`server: ${names(largest)}, ${oneMb.label} draft as LaTeX, ${plan.keystrokes} keystrokes`);
  await attempt('server (names, LaTeX)', async () => {
    results.server.push({ label: `${names(largest)}, ${oneMb.label} draft as LaTeX`, result: await typing('latex') });
  });

  progress(`CLI: ${plan.cli.files} × ${plan.cli.bytes / 1024} KB`);
  await attempt('CLI corpus', () => {
    const run = runCliScan(REPO, [f.corpusDir], [], plan.cli.runs, plan.cli.budgetMs);
    results.cliCorpus = { files: plan.cli.files, bytesEach: plan.cli.bytes, run };
  });

  const textlint = args.has('--no-textlint') ? { problem: 'skipped (--no-textlint)' } : ensureTextlint();
  results.textlint = { version: textlint.version, problem: textlint.problem };
  if (textlint.problem) progress(`REFERENCE MISSING: ${textlint.problem}; continuing without it`);
  const phraseTerms = anchorPhrases(f.bundled.filter(isPhraseRule))
    .filter((t) => /^[\x20-\x7e]+$/.test(t))
    .slice(0, 300);
  const nameTerms = f.entities.slice(0, 5000).map((e) => e.name);
  const termSets = [
    { label: '300 phrases', terms: phraseTerms },
    { label: '5,300 (300 phrases + 5,000 names)', terms: [...phraseTerms, ...nameTerms] },
  ];
  for (const size of plan.textlintSizes) {
    const draft = f.drafts.find((d) => d.label === sizeLabel(size));
    if (!draft) continue;
    for (const [terms, packs] of [
      ['bundled', []],
      [names(largest), [largestPack]],
    ] as const) {
      progress(`caveat CLI, ${draft.label}, ${terms}`);
      await attempt(`caveat CLI ${draft.label}`, () => {
        const run = runCliScan(REPO, [draft.file], [...packs], plan.wholeProcessRuns, plan.wholeProcessBudgetMs);
        results.wholeProcess.push({ tool: 'caveat', draft: draft.label, terms, run });
      });
    }
    if (textlint.problem) continue;
    for (const set of termSets) {
      progress(`textlint + prh, ${draft.label}, ${set.label}`);
      const rc = writePrhConfig(dir, `terms-${set.terms.length}`, set.terms);
      await attempt(`textlint ${draft.label}`, () => {
        const run = runTextlint(textlint, rc, draft.file, plan.wholeProcessRuns, plan.wholeProcessBudgetMs);
        results.wholeProcess.push({ tool: 'textlint', draft: draft.label, terms: set.label, run });
      });
    }
  }

  // The bundled packs are read from rules/packs by every process: if someone changed them during
  // the run, the rule counts disagree and the figures do not compare.
  for (const s of results.scans) {
    if (s.result.rules !== f.bundled.length + s.entities) {
      results.notes.push(
        `${s.label}: ${s.result.rules} rules loaded, expected ${f.bundled.length} bundled + ${s.entities}: rules/packs changed during the run`,
      );
    }
  }
  results.bundledRules = f.bundled.length;
  results.targets = checkTargets(results, largest);
  results.loadAverage.push(loadavg()[0]);
  if (plan.mode === 'quick') results.notes.push('quick run: fewer repetitions, no 10 MB draft, textlint on 100 KB only');
  if (textlint.problem) results.notes.push(textlint.problem);

  const outDir = join(REPO, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (args.has('--keep')) progress(`inputs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });

  const m = results.machine;
  process.stdout.write(
    `# Caveat bench (${plan.mode}), ${results.date}\n\n${m.nproc} cores, ${m.cpuModel}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (server/ has uncommitted changes)' : ''}; ${results.build}; load average ${results.loadAverage.map((l) => l.toFixed(1)).join(' → ')}\n\n`,
  );
  process.stdout.write(`${allTables(results)}\n\n`);
  for (const n of results.notes) process.stdout.write(`Note: ${n}\n`);
  progress(`done; figures in bench/results/latest.json`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
