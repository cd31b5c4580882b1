// scripts/audit/check-advisories.mjs on synthetic `npm audit --json` output: an advisory not listed in
// the "Accepted advisories" section fails, a listed one with an explanation passes, and an audit
// endpoint that cannot be reached is reported as NOT CHECKED (exit 0, never called a pass).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './support/rules';

const SCRIPT = join(REPO, 'scripts', 'audit', 'check-advisories.mjs');
const dir = mkdtempSync(join(tmpdir(), 'caveat-hardening-audit-'));

function run(audit: unknown, doc: string) {
  const auditFile = join(dir, 'audit.json');
  const docFile = join(dir, 'reliability.md');
  writeFileSync(auditFile, typeof audit === 'string' ? audit : JSON.stringify(audit));
  writeFileSync(docFile, doc);
  return spawnSync(process.execPath, [SCRIPT, auditFile, docFile], { encoding: 'utf8' });
}

const advisory = {
  auditReportVersion: 2,
  vulnerabilities: {
    yaml: {
      name: 'yaml',
      severity: 'moderate',
      via: [
        {
          source: 1,
          name: 'yaml',
          title: 'Example advisory',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'moderate',
        },
      ],
    },
    other: { name: 'other', severity: 'moderate', via: ['yaml'] },
  },
};

describe('hardening: the supply-chain audit script', () => {
  it('fails on an advisory that is not listed', () => {
    const r = run(advisory, '# Reliability\n\n## Accepted advisories\n\nNone.\n');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /UNLISTED GHSA-aaaa-bbbb-cccc yaml/);
  });

  it('fails on a listed advisory without a written explanation', () => {
    const r = run(advisory, '## Accepted advisories\n\n- GHSA-aaaa-bbbb-cccc (yaml): ok\n');
    assert.equal(r.status, 1, r.stdout + r.stderr);
  });

  it('passes when every advisory is listed with an explanation', () => {
    const r = run(
      advisory,
      '## Accepted advisories\n\n- GHSA-aaaa-bbbb-cccc (yaml): only reached through rule packs the user wrote; fixed in the next minor release\n\n## Next\n',
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /accepted GHSA-aaaa-bbbb-cccc/);
    assert.match(r.stdout, /check-audit: pass/);
  });

  it('passes with no advisories at all', () => {
    const r = run({ auditReportVersion: 2, vulnerabilities: {} }, '## Accepted advisories\n');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('says NOT CHECKED (exit 0, no pass) when the audit endpoint cannot be reached', () => {
    for (const audit of [
      { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' },
      '',
      'not json',
    ]) {
      const r = run(audit, '## Accepted advisories\n');
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /NOT CHECKED/);
      assert.doesNotMatch(r.stdout, /check-audit: pass/);
    }
  });
});
