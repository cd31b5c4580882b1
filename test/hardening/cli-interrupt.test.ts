// Faults in the CLI: `caveat scan --output FILE` killed with SIGINT or SIGTERM in the middle of a
// scan of a large folder, or in the middle of writing the report, leaves FILE absent or with the
// previous complete report, never a truncated one. The kill points are conditions, not sleeps:
// support/cli-faults.cjs reports each draft read, and can hold the process halfway through the write.
import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function startScan(drafts: string, output: string, env: Record<string, string> = {}): Run {
  const child = spawn(
    process.execPath,
    ['--require', PRELOAD, CLI, 'scan', drafts, '--format', 'json', '--fail-on', 'never', '--output', output],
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
    for (const after of [1, 60]) {
      for (const existing of [true, false]) {
        it(`${signal} after ${after} drafts read, ${existing ? 'over a previous report' : 'with no previous report'}: FILE is ${existing ? 'the previous report' : 'absent'}`, async () => {
          const file = join(out, `${signal}-${after}-${existing}.json`);
          if (existing) writeFileSync(file, previous);
          const run = startScan(drafts, file);
          await until(run, (s) => reads(s) >= after, `${after} drafts were read`);
          run.child.kill(signal);
          const exit = await run.exited;
          assert.ok(exit.signal === signal || exit.code !== 0, `the scan ran to its end: ${JSON.stringify(exit)}`);
          if (existing) assert.equal(readFileSync(file, 'utf8'), previous);
          else assert.equal(existsSync(file), false, 'no report from an interrupted scan');
        });
      }
    }

    it(`${signal} halfway through writing the report: FILE is still the previous report`, async () => {
      const file = join(out, `${signal}-mid-write.json`);
      writeFileSync(file, previous);
      const run = startScan(drafts, file, { CAVEAT_FAULT_HOLD_WRITE: '1' });
      await until(run, (s) => s.includes('caveat-fault-holding '), 'the report write began');
      assert.equal(readFileSync(file, 'utf8'), previous, 'the report is written to a temporary file first');
      run.child.kill(signal);
      await run.exited;
      assert.equal(readFileSync(file, 'utf8'), previous);
      const leftovers = readdirSync(out).filter((f) => f.startsWith(`.${signal}-mid-write.json.`));
      if (leftovers.length) console.log(`      note: the interrupted write left ${leftovers.join(', ')} beside the report`);
    });
  }
});
