// --format sarif is valid SARIF 2.1.0 (checked against the official OASIS schema, see
// fixtures/sarif-schema-2.1.0.SOURCE.md) and carries what GitHub code scanning needs.
import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';
import sarifSchema from './fixtures/sarif-schema-2.1.0.json';

// ajv-formats is not installed: minimal checkers for the three formats the schema uses.
function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(s) && Boolean(new URL(s));
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s));
  ajv.addFormat(
    'date-time',
    (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  );
  return ajv.compile(sarifSchema);
}

describe('caveat scan --format sarif', () => {
  const validate = validator();

  it('the validator rejects a broken log (the schema is really applied)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }),
      false,
    );
  });

  it('produces a log that validates against the SARIF 2.1.0 schema', async () => {
    const ws = workspace({
      'docs/my proposal.md': `${QUANTUM}\n\n${RED_PARTNER}\n\n<!-- caveat-disable-next-line tech.quantum-sensing: reviewed by the export control officer -->\n${QUANTUM}\n`,
      'docs/unreadable.txt': Buffer.from([0, 1, 2, 3]),
    });
    try {
      const r = await runCli(['scan', '--format', 'sarif', '--show-accepted', 'docs'], ws.dir);
      assert.equal(r.code, 2, 'the unreadable file gives exit 2');
      const log = JSON.parse(r.stdout);
      const valid = validate(log as object);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));

      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'Caveat');
      assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
      const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'tech.quantum-sensing');
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown);
      assert.equal(rule.properties.category, 'dual-use-tech');
      assert.equal(rule.properties.risk, 'red');
      assert.equal(rule.defaultConfiguration.level, 'error');
      assert.ok(rule.properties.tags.includes('security'));

      const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'partner.national-university-of-defense-technology');
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'docs/my%20proposal.md');
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(location.region.startLine, 3);
      assert.ok(location.region.endColumn > location.region.startColumn);
      assert.match(Object.values(result.partialFingerprints)[0] as string, /^[0-9a-f]{32}$/);

      const accepted = run.results.filter((x: { suppressions?: unknown[] }) => x.suppressions);
      assert.equal(accepted.length, 1);
      assert.match(accepted[0].suppressions[0].justification, /export control officer/);

      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /unreadable\.txt/);
    } finally {
      ws.cleanup();
    }
  });

  it('an empty scan is still a valid log', async () => {
    const ws = workspace({ 'clean.md': 'Nothing to see here.\n' });
    try {
      const r = await runCli(['scan', '--format', 'sarif', 'clean.md'], ws.dir);
      assert.equal(r.code, 0);
      const log = JSON.parse(r.stdout);
      assert.ok(validate(log as object), JSON.stringify(validate.errors));
      assert.deepEqual(log.runs[0].results, []);
    } finally {
      ws.cleanup();
    }
  });
});
