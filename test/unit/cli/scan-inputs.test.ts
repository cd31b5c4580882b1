// `caveat scan` inputs: files, folders, globs, ignore files, config include/exclude, and bad input that
// must give one clear message per file while the rest of the scan goes on (exit 2).
import { strict as assert } from 'node:assert';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
}

const filesOf = (stdout: string) => [...new Set((JSON.parse(stdout) as JsonFinding[]).map((f) => f.file.split('\\').join('/')))].sort();

describe('caveat scan inputs', () => {
  it('expands globs relative to the working folder', async () => {
    const ws = workspace({ 'docs/a.md': QUANTUM, 'docs/sub/b.md': QUANTUM, 'docs/c.txt': QUANTUM, 'other/d.md': QUANTUM });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'docs/**/*.md'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(filesOf(r.stdout), ['docs/a.md', 'docs/sub/b.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('reports a glob that matches nothing and exits 2', async () => {
    const ws = workspace({ 'a.md': QUANTUM });
    try {
      const r = await runCli(['scan', '--format', 'json', 'nothing/**/*.md', 'a.md'], ws.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nothing\/\*\*\/\*\.md: no drafts match this glob/);
      assert.deepEqual(filesOf(r.stdout), ['a.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('honours .gitignore and .caveatignore in scanned folders', async () => {
    const ws = workspace({
      'project/.gitignore': 'build/\n*.log.md\n',
      'project/.caveatignore': 'private.md\n',
      'project/keep.md': QUANTUM,
      'project/build/out.md': QUANTUM,
      'project/x.log.md': QUANTUM,
      'project/private.md': QUANTUM,
      'project/sub/.caveatignore': 'skip.md\n',
      'project/sub/skip.md': QUANTUM,
      'project/sub/keep2.md': QUANTUM,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'project'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(filesOf(r.stdout), ['project/keep.md', 'project/sub/keep2.md']);
    } finally {
      ws.cleanup();
    }
  });

  it("applies the config's include and exclude globs to walked folders", async () => {
    const ws = workspace({
      '.caveat.yaml': 'include: ["proposals/**"]\nexclude: ["proposals/archive/**"]\n',
      'proposals/p.md': QUANTUM,
      'proposals/archive/old.md': QUANTUM,
      'notes/n.md': QUANTUM,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', '.'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(filesOf(r.stdout), ['proposals/p.md']);
    } finally {
      ws.cleanup();
    }
  });

  it("limits walked folders to the config's languages", async () => {
    const ws = workspace({ '.caveat.yaml': 'languages: [latex]\n', 'a.md': QUANTUM, 'b.tex': QUANTUM, 'c.txt': QUANTUM });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', '.'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(filesOf(r.stdout), ['b.tex']);
    } finally {
      ws.cleanup();
    }
  });

  it('reports a missing file and a binary file once each, scans the rest, and exits 2', async () => {
    const ws = workspace({ 'good.md': RED_PARTNER, 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    try {
      const r = await runCli(['scan', '--format', 'json', 'missing.md', 'image.txt', 'good.md'], ws.dir);
      assert.equal(r.code, 2);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.filter((l) => l.includes('missing.md')).length, 1);
      assert.match(r.stderr, /missing\.md: no such file or folder/);
      assert.match(r.stderr, /image\.txt: skipped: not a text file/);
      assert.deepEqual(filesOf(r.stdout), ['good.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('scans a folder of thousands of files without a progress bar off a terminal', async function () {
    this.timeout(120000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 2500; i++) files[`many/d${String(i).padStart(4, '0')}.txt`] = i % 500 === 0 ? QUANTUM : 'An ordinary sentence.';
    files['many/photo.png'] = Buffer.from([0x89, 0x50]).toString('latin1');
    const ws = workspace(files);
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'many'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.equal(filesOf(r.stdout).length, 5);
    } finally {
      ws.cleanup();
    }
  });

  it('keeps the JSON contract fields', async () => {
    const ws = workspace({ 'a.md': RED_PARTNER });
    try {
      const r = await runCli(['scan', '--format', 'json', 'a.md'], ws.dir);
      assert.equal(r.code, 1);
      const [first] = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.deepEqual(Object.keys(first).sort(), [
        'category',
        'column',
        'endColumn',
        'endLine',
        'file',
        'guidance',
        'laws',
        'line',
        'message',
        'risk',
        'ruleId',
        'severity',
        'text',
      ]);
    } finally {
      ws.cleanup();
    }
  });
});
