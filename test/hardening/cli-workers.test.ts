// Faults in a parallel `caveat scan` (--jobs 2: the main thread and a worker thread): a worker that
// dies in the middle of a draft fails that draft only (one error on stderr, exit 2); the rest is still
// scanned, and the report holds exactly the findings of a serial scan of the other drafts.
// support/worker-crash.cjs ends a worker when it reads a draft named crash-the-worker; that draft
// sorts first, and a worker is sent the first steps as it starts, so the worker is the one to read it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sparseProse } from './support/generators';
import { REPO } from './support/rules';

const CLI = join(REPO, 'bin', 'caveat.js');
const PRELOAD = join(__dirname, 'support', 'worker-crash.cjs');

function scan(cwd: string, jobs: string) {
  const r = spawnSync(
    process.execPath,
    ['--require', PRELOAD, CLI, 'scan', 'drafts', '--format', 'json', '--fail-on', 'never', '--jobs', jobs],
    {
      cwd,
      encoding: 'utf8',
      timeout: 120000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hardening: a scan worker that dies fails its draft only', function () {
  this.timeout(180000);

  it('reports the draft it was scanning, scans the others, and exits 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'caveat-hardening-workers-'));
    mkdirSync(join(root, 'drafts'));
    for (let i = 0; i < 40; i++) writeFileSync(join(root, 'drafts', `draft-${String(i).padStart(2, '0')}.md`), sparseProse(8000, i));
    writeFileSync(join(root, 'drafts', 'a-crash-the-worker.md'), sparseProse(8000, 99));

    const serial = scan(root, '1');
    assert.equal(serial.code, 0, serial.stderr);
    const parallel = scan(root, '2');
    assert.equal(parallel.code, 2);
    assert.equal(parallel.stderr, 'caveat: drafts/a-crash-the-worker.md: could not be scanned: the scan worker stopped (exit code 70)\n');
    const others = (JSON.parse(serial.stdout) as { file: string }[]).filter((f) => !f.file.includes('crash-the-worker'));
    assert.ok(others.length > 40, `${others.length} findings`);
    assert.deepEqual(JSON.parse(parallel.stdout), others);
  });
});
