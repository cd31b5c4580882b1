// Baselines: known findings stay known when lines move; only new ones are reported and fail the build.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

interface JsonFinding {
  line: number;
  ruleId: string;
  text: string;
}

describe('caveat scan --baseline / --write-baseline', () => {
  it('reports only findings that are not in the baseline, robust to line shifts', async () => {
    const ws = workspace({ 'draft.md': `${RED_PARTNER}\n\n${QUANTUM}\n` });
    try {
      const write = await runCli(['scan', '--write-baseline', 'caveat-baseline.json', '--quiet', 'draft.md'], ws.dir);
      assert.equal(write.code, 0, write.stderr);
      const baseline = JSON.parse(readFileSync(join(ws.dir, 'caveat-baseline.json'), 'utf8'));
      assert.equal(baseline.format, 'caveat-baseline/1');
      assert.ok(baseline.findings.length >= 2);
      assert.ok(baseline.findings.every((f: { file: string }) => f.file === 'draft.md'));

      // Two paragraphs added above: the known findings move down but stay known.
      writeFileSync(join(ws.dir, 'draft.md'), `# Title\n\nA new introduction.\n\n${RED_PARTNER}\n\n${QUANTUM}\n`);
      const same = await runCli(['scan', '--format', 'json', '--baseline', 'caveat-baseline.json', 'draft.md'], ws.dir);
      assert.equal(same.code, 0, same.stderr);
      assert.deepEqual(JSON.parse(same.stdout), []);

      // A second mention of the same partner is a new occurrence, so it is new.
      writeFileSync(join(ws.dir, 'draft.md'), `# Title\n\n${RED_PARTNER}\n\n${QUANTUM}\n\nAgain: ${RED_PARTNER}\n`);
      const added = await runCli(['scan', '--format', 'json', '--baseline', 'caveat-baseline.json', 'draft.md'], ws.dir);
      assert.equal(added.code, 1);
      const findings = JSON.parse(added.stdout) as JsonFinding[];
      assert.deepEqual(
        findings.map((f) => `${f.line}:${f.ruleId}`),
        ['7:partner.national-university-of-defense-technology'],
      );
    } finally {
      ws.cleanup();
    }
  });

  it('a missing or malformed baseline is an error (exit 2)', async () => {
    const ws = workspace({ 'draft.md': QUANTUM, 'bad.json': '{"findings": []}' });
    try {
      const missing = await runCli(['scan', '--baseline', 'none.json', 'draft.md'], ws.dir);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /baseline none\.json: no such file/);
      const bad = await runCli(['scan', '--baseline', 'bad.json', 'draft.md'], ws.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /not a Caveat baseline/);
    } finally {
      ws.cleanup();
    }
  });
});
