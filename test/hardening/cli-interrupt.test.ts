// Faults in the CLI: `caveat scan --output FILE` killed with SIGINT or SIGTERM in the middle of a
// scan of a large folder (in one thread or on several), or in the middle of writing the report, leaves
// FILE absent or with the previous complete report, never a truncated one, and no temporary file
// beside it; the temporary file of a process killed with SIGKILL is removed by the next run. The kill
// points are conditions, not sleeps: support/cli-faults.cjs reports each draft read, and can hold the
// process halfway through the write.
import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sparseProse } from './support/generators';
import { REPO } from './support/rules';

const PRELOAD = join(__dirname, 'support', 'cli-faults.cjs');
const CLI = join(REPO, 'bin', 'caveat.js');
const FILES = 120;

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startScan(drafts: string, output: string, env: Record<string, string> = {}, jobs = '1'): Run {
  const child = spawn(
    process.execPath,
    ['--require', PRELOAD, CLI, 'scan', drafts, '--format', 'json', '--fail-on', 'never', '--output', output, '--jobs', jobs],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CAVEAT_FAULT_DIR: drafts, ...env },
    },
  );
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stderr?.on('data', (d) => {
    stderr += String(d);
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  (child as ChildProcess & { waiters: (() => void)[] }).waiters = waiters;
  return { child, stderr: () => stderr, exited };
}

/** Resolves once the CLI's stderr satisfies check, or rejects when it exits first. */
function until(run: Run, check: (stderr: string) => boolean, what: string): Promise<void> {
  const waiters = (run.child as ChildProcess & { waiters: (() => void)[] }).waiters;
  return new Promise((resolve, reject) => {
    const test = () => {
      if (check(run.stderr())) resolve();
      else waiters.push(test);
    };
    run.exited.then(() => reject(new Error(`the CLI exited before ${what}: ${run.stderr().slice(-1000)}`)));
    test();
  });
}

const reads = (stderr: string) => stderr.split('caveat-fault-read ').length - 1;

/** Temporary files of FILE's report left in its folder (`.FILE.<pid>.tmp`). */
const temporaryFiles = (file: string) => readdirSync(dirname(file)).filter((f) => f.startsWith(`.${basename(file)}.`));

/** The pid of a process that has ended (so no process runs under it, until the system reuses it). */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  assert.equal(r.status, 0);
  return r.pid;
}

describe('hardening: an interrupted CLI scan never leaves a truncated report', function () {
  this.timeout(180000);
  let drafts: string;
  let out: string;
  let previous: string;

  before(() => {
    const root = mkdtempSync(join(tmpdir(), 'caveat-hardening-cli-'));
    drafts = join(root, 'drafts');
    out = join(root, 'out');
    mkdirSync(drafts);
    mkdirSync(out);
    for (let i = 0; i < FILES; i++) writeFileSync(join(drafts, `draft-${String(i).padStart(3, '0')}.md`), sparseProse(8000, i));
    previous = `${JSON.stringify([{ previous: 'complete report' }])}\n`;
  });

  it('a complete run writes a complete JSON report (the reference)', async () => {
    const file = join(out, 'complete.json');
    const run = startScan(drafts, file);
    const { code } = await run.exited;
    assert.equal(code, 0, run.stderr());
    const report = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    assert.ok(report.length > FILES, `${report.length} findings`);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const [after, jobs] of [
      [1, '1'],
      [60, '1'],
      [60, '2'],
    ] as const) {
      for (const existing of [true, false]) {
        const how = jobs === '1' ? '' : ` on ${jobs} threads`;
        it(`${signal} after ${after} drafts read${how}, ${existing ? 'over a previous report' : 'with no previous report'}: FILE is ${existing ? 'the previous report' : 'absent'}`, async () => {
          const file = join(out, `${signal}-${after}-${jobs}-${existing}.json`);
          if (existing) writeFileSync(file, previous);
          const run = startScan(drafts, file, {}, jobs);
          await until(run, (s) => reads(s) >= after, `${after} drafts were read`);
          run.child.kill(signal);
          const exit = await run.exited;
          assert.ok(exit.signal === signal || exit.code !== 0, `the scan ran to its end: ${JSON.stringify(exit)}`);
          if (existing) assert.equal(readFileSync(file, 'utf8'), previous);
          else assert.equal(existsSync(file), false, 'no report from an interrupted scan');
          assert.deepEqual(temporaryFiles(file), []);
        });
      }
    }

    it(`${signal} halfway through writing the report: the process ends at once, FILE is still the previous report, no temporary file is left`, async () => {
      const file = join(out, `${signal}-mid-write.json`);
      writeFileSync(file, previous);
      const run = startScan(drafts, file, { CAVEAT_FAULT_HOLD_WRITE: '1' });
      await until(run, (s) => s.includes('caveat-fault-holding '), 'the report write began');
      assert.equal(readFileSync(file, 'utf8'), previous, 'the report is written to a temporary file first');
      assert.equal(temporaryFiles(file).length, 1, 'the half-written temporary file exists while the write is held');
      run.child.kill(signal);
      const exit = await run.exited;
      assert.equal(exit.signal, signal, 'the process ends as killed by the signal');
      assert.equal(readFileSync(file, 'utf8'), previous);
      assert.deepEqual(temporaryFiles(file), []);
    });
  }

  it('SIGKILL halfway through the write leaves the temporary file; the next run to FILE removes it', async () => {
    const file = join(out, 'SIGKILL-mid-write.json');
    writeFileSync(file, previous);
    const killed = startScan(drafts, file, { CAVEAT_FAULT_HOLD_WRITE: '1' });
    await until(killed, (s) => s.includes('caveat-fault-holding '), 'the report write began');
    killed.child.kill('SIGKILL');
    await killed.exited;
    assert.deepEqual(temporaryFiles(file), [`.${basename(file)}.${killed.child.pid}.tmp`]);
    const next = startScan(drafts, file);
    assert.equal((await next.exited).code, 0, next.stderr());
    assert.deepEqual(temporaryFiles(file), []);
    assert.ok((JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length > FILES);
  });

  it("a temporary file of a process that still runs is left alone; an ended process's is removed", async () => {
    const file = join(out, 'shared.json');
    const running = join(out, `.shared.json.${process.pid}.tmp`);
    const ended = join(out, `.shared.json.${endedPid()}.tmp`);
    const unrelated = join(out, '.shared.json.backup.tmp');
    for (const f of [running, ended, unrelated]) writeFileSync(f, 'half a report');
    const run = startScan(drafts, file);
    assert.equal((await run.exited).code, 0, run.stderr());
    assert.deepEqual(temporaryFiles(file).sort(), [basename(unrelated), basename(running)].sort());
  });
});
