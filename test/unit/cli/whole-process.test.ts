// A few runs of the real command (`node bin/caveat.js`, the esbuild bundle of `npm run build`): exit
// codes, stdout/stderr separation and the bundled Word/PDF readers. Skipped when dist/cli.js has not
// been built (or is older than the CLI sources). CAVEAT_CLI_BIN runs another build of the CLI instead.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QUANTUM, RED_PARTNER, workspace } from './cli-harness';
import { makeDocx, makePdf } from './document-fixtures';

const root = resolve(__dirname, '..', '..', '..');
const bin = process.env.CAVEAT_CLI_BIN ?? join(root, 'bin', 'caveat.js');
const bundle = process.env.CAVEAT_CLI_BIN ?? join(root, 'dist', 'cli.js');
// A bundle older than the CLI sources is a stale build, not what these tests are about.
const built = existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(join(root, 'server', 'src', 'cli', 'main.ts')).mtimeMs;

function caveat(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('node bin/caveat.js (whole process)', function () {
  this.timeout(90000);
  before(function () {
    if (!built) this.skip();
  });

  it('--version exits 0', () => {
    const r = caveat(['--version'], root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });

  it('scan writes SARIF to --output, nothing to stdout, and exits 1 on red findings', () => {
    const ws = workspace({ 'a.md': RED_PARTNER });
    try {
      const r = caveat(['scan', '--format', 'sarif', '--output', 'caveat.sarif', '.'], ws.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      const log = JSON.parse(readFileSync(join(ws.dir, 'caveat.sarif'), 'utf8'));
      assert.equal(log.version, '2.1.0');
      assert.ok(log.runs[0].results.length > 0);
    } finally {
      ws.cleanup();
    }
  });

  it('reads Word and PDF with the bundled readers; a missing file gives exit 2 and the rest is reported', () => {
    const ws = workspace({ 'mou.docx': makeDocx(['Title', RED_PARTNER]), 'p.pdf': makePdf(['Cover', QUANTUM]) });
    try {
      const r = caveat(['scan', '--format', 'json', 'mou.docx', 'p.pdf', 'gone.md'], ws.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim(), 'caveat: gone.md: no such file or folder');
      const lines = (JSON.parse(r.stdout) as { file: string; line: number }[]).map((f) => `${f.file}:${f.line}`);
      assert.ok(lines.includes('mou.docx:2'), lines.join());
      assert.ok(lines.includes('p.pdf:2'), lines.join());
    } finally {
      ws.cleanup();
    }
  });

  it('stops quietly with its exit code when the reader closes the pipe early (| head)', () => {
    // Far more report than a pipe holds, so writes are still pending when the reader goes.
    const ws = workspace({ 'a.md': `${QUANTUM}\n\n`.repeat(2000) });
    try {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${bin}" scan --format json --fail-on never a.md | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`,
        ],
        {
          cwd: ws.dir,
          encoding: 'utf8',
          timeout: 60000,
        },
      );
      assert.doesNotMatch(r.stderr, /EPIPE|Error/, r.stderr);
      assert.equal(r.stdout.trim(), 'exit=0');
    } finally {
      ws.cleanup();
    }
  });
});
