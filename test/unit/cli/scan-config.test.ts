// `.caveat.yaml` in a scan: found upward from each file, its keys applied (severity, minRisk, categories,
// rulePacks relative to the file, reviewedPartners), --config overriding it, and a broken file reported.
import { strict as assert } from 'node:assert';
import { INSTITUTION_PACK, QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

interface JsonFinding {
  file: string;
  ruleId: string;
  risk: string;
  category: string;
  accepted?: { reason: string };
}

const CLAUSE = 'All intellectual property arising from the joint research shall vest solely in Party B.';

describe('caveat scan with .caveat.yaml', () => {
  it('applies the nearest config to each file', async () => {
    const ws = workspace({
      '.caveat.yaml': 'minRisk: green\n',
      'strict/.caveat.yaml': 'severity:\n  dual-use-tech: orange\n',
      'strict/a.md': QUANTUM,
      'b.md': QUANTUM,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', '.'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      const findings = JSON.parse(r.stdout) as JsonFinding[];
      const risk = (file: string) =>
        findings.find((f) => f.file.split('\\').join('/') === file && f.ruleId === 'tech.quantum-sensing')?.risk;
      assert.equal(risk('strict/a.md'), 'orange');
      assert.equal(risk('b.md'), 'red');
    } finally {
      ws.cleanup();
    }
  });

  it('reviewed partners are reported as accepted with the date of the review', async () => {
    const ws = workspace({
      '.caveat.yaml': 'reviewedPartners: reviewed.csv\n',
      'reviewed.csv': 'name,date\nNational University of Defense Technology,2026-09-30\n',
      'mou.md': RED_PARTNER,
    });
    try {
      const open = await runCli(['scan', '--format', 'json', 'mou.md'], ws.dir);
      assert.equal(open.code, 0, 'a reviewed partner does not fail the scan');
      assert.deepEqual(JSON.parse(open.stdout), []);
      const shown = await runCli(['scan', '--format', 'json', '--show-accepted', 'mou.md'], ws.dir);
      const [f] = JSON.parse(shown.stdout) as JsonFinding[];
      assert.equal(f.accepted?.reason, 'reviewed partner (reviewed 2026-09-30); list reviewed.csv');
    } finally {
      ws.cleanup();
    }
  });

  it('loads rulePacks relative to the config file, and --config replaces discovery', async () => {
    const ws = workspace({
      'project/.caveat.yaml': 'rulePacks: [rules/]\ncategories: [dual-use-tech]\n',
      'project/rules/inst.yaml': INSTITUTION_PACK,
      'project/draft.md': `We test a frobnicator array.\n\n${CLAUSE}\n`,
      'other.yaml': 'minRisk: red\n',
    });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'project'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      const ids = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.ruleId);
      assert.deepEqual(ids, ['inst.frobnicator'], 'the extra pack is loaded and categories filter the contract clause');
      const other = await runCli(['scan', '--format', 'json', '--fail-on', 'never', '--config', 'other.yaml', 'project'], ws.dir);
      const risks = (JSON.parse(other.stdout) as JsonFinding[]).map((f) => f.risk);
      assert.ok(risks.length > 0 && risks.every((x) => x === 'red'), risks.join());
    } finally {
      ws.cleanup();
    }
  });

  it('a broken config is reported with file:line:column and exits 2', async () => {
    const ws = workspace({ '.caveat.yaml': 'minRisk: orange\nminrisk: red\n', 'a.md': QUANTUM });
    try {
      const r = await runCli(['scan', 'a.md'], ws.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.caveat\.yaml:2:1: configuration: unknown key 'minrisk'/);
      assert.match(r.stdout, /tech\.quantum-sensing/, 'the draft is still scanned');
    } finally {
      ws.cleanup();
    }
  });
});
