// The scan flags: --fail-on, --min-risk, --category, --output (atomic), --quiet, --show-accepted, and
// usage errors (exit 2).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTITUTION_PACK, QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

const GREEN = 'Our partners work on green development and circular economy projects.';

interface JsonFinding {
  risk: string;
  category: string;
  accepted?: { reason: string };
}

describe('caveat scan flags', () => {
  let ws: ReturnType<typeof workspace>;
  before(() => {
    ws = workspace({
      'red.md': RED_PARTNER,
      'green.md': GREEN,
      'accepted.md': `<!-- caveat-disable-next-line tech.quantum-sensing: export licence obtained -->\n${QUANTUM}\n`,
    });
  });
  after(() => ws.cleanup());

  it('--fail-on decides the exit code', async () => {
    assert.equal((await runCli(['scan', 'green.md'], ws.dir)).code, 0);
    assert.equal((await runCli(['scan', '--fail-on', 'green', 'green.md'], ws.dir)).code, 1);
    assert.equal((await runCli(['scan', 'red.md'], ws.dir)).code, 1);
    assert.equal((await runCli(['scan', '--fail-on', 'never', 'red.md'], ws.dir)).code, 0);
  });

  it('--min-risk and --category filter findings', async () => {
    const minRisk = await runCli(['scan', '--format', 'json', '--min-risk', 'orange', 'green.md', 'red.md'], ws.dir);
    const risks = (JSON.parse(minRisk.stdout) as JsonFinding[]).map((f) => f.risk);
    assert.ok(risks.length > 0 && !risks.includes('green'));
    const category = await runCli(['scan', '--format', 'json', '--category', 'dual-use-tech', 'green.md', 'red.md'], ws.dir);
    const categories = new Set((JSON.parse(category.stdout) as JsonFinding[]).map((f) => f.category));
    assert.deepEqual([...categories], ['dual-use-tech']);
    assert.equal(category.code, 0, 'the red partner is filtered out, so nothing fails');
  });

  it('--show-accepted lists accepted findings with their reasons', async () => {
    const hidden = await runCli(['scan', '--format', 'json', 'accepted.md'], ws.dir);
    assert.deepEqual(JSON.parse(hidden.stdout), []);
    assert.equal(hidden.code, 0);
    const shown = await runCli(['scan', '--format', 'json', '--show-accepted', 'accepted.md'], ws.dir);
    const [f] = JSON.parse(shown.stdout) as JsonFinding[];
    assert.equal(f.accepted?.reason, 'export licence obtained');
  });

  it('--output writes the whole report atomically and leaves no temporary file', async () => {
    const r = await runCli(['scan', '--format', 'json', '--output', 'out/report.json', 'red.md'], ws.dir);
    // The folder does not exist: a clear error, exit 2.
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ENOENT|no such/i);
    const ok = await runCli(['scan', '--format', 'json', '--output', 'report.json', 'red.md'], ws.dir);
    assert.equal(ok.code, 1);
    assert.equal(ok.stdout, '');
    assert.ok(Array.isArray(JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8'))));
    assert.deepEqual(
      readdirSync(ws.dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('--quiet prints no text report but keeps errors and the exit code', async () => {
    const r = await runCli(['scan', '--quiet', 'red.md', 'missing.md'], ws.dir);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /missing\.md/);
    assert.equal(r.code, 2);
  });

  it('--rules adds a rule pack; a broken pack is reported with its position and exits 2', async () => {
    const extra = workspace({
      'inst.yaml': INSTITUTION_PACK,
      'broken.yaml': 'pack: broken\nversion: "1"\ntitle: Broken\nrules:\n  - id: x\n    risk: purple\n',
      'draft.md': 'We build a frobnicator array.\n',
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--rules', 'inst.yaml', 'draft.md'], extra.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { ruleId: string }[]).map((f) => f.ruleId),
        ['inst.frobnicator'],
      );
      const broken = await runCli(['scan', '--format', 'json', '--rules', 'broken.yaml', 'draft.md'], extra.dir);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /broken\.yaml:\d+:\d+: /);
    } finally {
      extra.cleanup();
    }
  });

  it('bad flag values are usage errors (exit 2)', async () => {
    for (const args of [
      ['scan', '--fail-on', 'purple', 'red.md'],
      ['scan', '--jurisdiction', 'FR', 'red.md'],
      ['scan', '--format', 'pdf', 'red.md'],
      ['scan', '--no-such-flag', 'red.md'],
      ['scan'],
    ]) {
      const r = await runCli(args, ws.dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^caveat: /);
    }
    assert.ok(!existsSync(join(ws.dir, 'undefined')));
  });
});
