// The targets (median, on this machine), checked against the measured figures: times in ms
// on wall time (what a user waits; CPU time in the note), ratios on CPU time.
import { fmt } from '../lib/markdown-table';
import type { BenchResults, TargetCheck } from '../lib/results';
import { steady } from '../lib/stats';

function limit(target: string, measured: number | undefined, max: number, unit: string, note?: string): TargetCheck {
  if (measured === undefined) return { target, measured: 'not measured', met: undefined, note };
  return { target, measured: `${fmt(measured)} ${unit}`, met: measured <= max, factor: measured / max, note };
}

export function checkTargets(r: BenchResults, largestEntities: number): TargetCheck[] {
  const main = r.scans.find((s) => s.entities === largestEntities && s.label.startsWith('bundled +'));
  const oneMb = main?.result.drafts[main.draftLabels.indexOf('1 MB')];
  const checks: TargetCheck[] = [];

  const vsFloor = oneMb?.floor ? steady(oneMb.scan) / steady(oneMb.floor) : undefined;
  checks.push(
    limit(
      `1 MB scan (bundled + ${largestEntities.toLocaleString('en-US')} names) within 5x of the floor`,
      vsFloor,
      5,
      'x the floor',
      oneMb?.floor ? `CPU: scan ${fmt(steady(oneMb.scan))} ms, floor ${fmt(steady(oneMb.floor))} ms` : undefined,
    ),
  );

  // The target is on 1 MB; a quick run has textlint on 100 KB only, and says so.
  const draft = r.wholeProcess.some((w) => w.tool === 'textlint' && w.draft === '1 MB') ? '1 MB' : '100 KB';
  const caveat = r.wholeProcess.find((w) => w.tool === 'caveat' && w.draft === draft && w.terms !== 'bundled');
  const textlint = r.wholeProcess.find((w) => w.tool === 'textlint' && w.draft === draft && w.terms.startsWith('5,300'));
  if (caveat && textlint) {
    const speedup = steady(textlint.run.timing) / steady(caveat.run.timing);
    checks.push({
      target: `${draft} whole process ≥20x faster than textlint+prh (5,300 terms)`,
      measured: `${fmt(speedup)}x faster`,
      met: speedup >= 20,
      factor: 20 / speedup,
      note: `CPU: caveat (${caveat.terms}) ${fmt(steady(caveat.run.timing))} ms, textlint ${fmt(steady(textlint.run.timing))} ms; wall: ${fmt(caveat.run.timing.medianMs)} vs ${fmt(textlint.run.timing.medianMs)} ms`,
    });
  } else {
    checks.push({
      target: '1 MB whole process ≥20x faster than textlint+prh (5,300 terms)',
      measured: 'not measured',
      met: undefined,
      note: r.textlint.problem,
    });
  }

  const typing = r.server.find((s) => s.result.keystroke);
  checks.push(
    limit(
      'keystroke to diagnostics on 1 MB (debounce 0) < 50 ms',
      typing?.result.keystroke?.medianMs,
      50,
      'ms',
      `server CPU per keystroke ${fmt(typing?.result.keystrokeCpuMeanMs)} ms`,
    ),
  );
  const coldMain = coldMedian(main?.result.coldCompileMs, r.coldCompileRepeats?.bundledAndNames);
  checks.push(
    limit(
      `compile of bundled + ${largestEntities.toLocaleString('en-US')} names (cold, median of fresh processes) < 500 ms`,
      coldMain.median,
      500,
      'ms',
      `${coldMain.note}; CPU of the first ${fmt(main?.result.coldCompileCpuMs)} ms`,
    ),
  );
  const coldNames = coldMedian(r.compileNamesOnly?.coldCompileMs, r.coldCompileRepeats?.namesOnly);
  checks.push(
    limit(
      `compile of ${largestEntities.toLocaleString('en-US')} names alone (cold, median of fresh processes) < 500 ms`,
      coldNames.median,
      500,
      'ms',
      `${coldNames.note}; CPU of the first ${fmt(r.compileNamesOnly?.coldCompileCpuMs)} ms`,
    ),
  );
  checks.push(
    limit(
      `compile of bundled + ${largestEntities.toLocaleString('en-US')} names from the compiled-rules cache (fresh process) < 500 ms`,
      r.compileCached?.coldCompileMs,
      500,
      'ms',
      r.compileCached ? `CPU ${fmt(r.compileCached.coldCompileCpuMs)} ms` : undefined,
    ),
  );
  checks.push(
    limit(
      `rules (bundled + ${largestEntities.toLocaleString('en-US')} names) loaded and compiled from a rule-set snapshot (fresh process) < 500 ms`,
      r.compileSnapshot?.coldCompileMs,
      500,
      'ms',
      r.compileSnapshot ? `CPU ${fmt(r.compileSnapshot.coldCompileCpuMs)} ms` : undefined,
    ),
  );
  checks.push(
    limit(
      'server memory with the names loaded < 150 MB (peak RSS, first start: packs compiled by the child process, keystrokes)',
      typing?.result.peakRssMB,
      150,
      'MB',
    ),
  );
  const secondStart = r.server.find((s) => s.label.includes('second start'));
  checks.push(
    limit(
      'server memory with the names loaded < 150 MB (peak RSS, second start: rule-set snapshot)',
      secondStart?.result.peakRssMB,
      150,
      'MB',
    ),
  );
  const cli = r.cliCorpus?.run.timing;
  checks.push(
    limit(
      `CLI scan of ${r.cliCorpus?.files ?? 500} × 50 KB < 5 s`,
      cli?.medianMs,
      5000,
      'ms',
      cli ? `CPU ${fmt(cli.cpuMedianMs)} ms` : undefined,
    ),
  );
  return checks;
}

/** The median of the cold compiles measured (one process, plus the repeats), and the samples as a note. */
function coldMedian(first: number | undefined, repeats: number[] | undefined): { median: number | undefined; note: string } {
  const samples = [first, ...(repeats ?? [])].filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (!samples.length) return { median: undefined, note: 'not measured' };
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { median, note: `${samples.length} processes: ${samples.map((x) => fmt(x)).join(', ')} ms` };
}
