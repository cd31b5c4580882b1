// `.caveat.yaml`: validation with file, line and column; discovery upward from a file; reviewed-partner
// lists in YAML and CSV.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigResolver } from '../../../server/src/config/find-config';
import { parseConfigText } from '../../../server/src/config/parse-config';
import { parseReviewedPartners } from '../../../server/src/config/reviewed-partners';
import { STARTER_CONFIG } from '../../../server/src/config/starter-config';

describe('config: parseConfigText', () => {
  it('accepts every documented key and resolves paths against the file', () => {
    const text = [
      'minRisk: orange',
      'categories: [dual-use-tech, data-export]',
      'severity:',
      '  contract-clause: red',
      'jurisdiction: NL',
      'rulePacks: [packs/, ../shared/pack.yaml]',
      'reviewedPartners: reviewed.csv',
      'include: ["**/*.md"]',
      'exclude: ["archive/**"]',
      'languages: [markdown, pdf]',
    ].join('\n');
    const { config, problems } = parseConfigText(text, '/project/.caveat.yaml');
    assert.deepEqual(problems, []);
    assert.equal(config?.minRisk, 'orange');
    assert.deepEqual(config?.severity, { 'contract-clause': 'red' });
    assert.deepEqual(config?.rulePacks, [resolve('/project/packs'), resolve('/shared/pack.yaml')]);
    assert.equal(config?.reviewedPartners, resolve('/project/reviewed.csv'));
    assert.deepEqual(config?.languages, ['markdown', 'pdf']);
  });

  it('an empty file and the starter config are valid', () => {
    assert.deepEqual(parseConfigText('', 'x/.caveat.yaml').problems, []);
    assert.deepEqual(parseConfigText(STARTER_CONFIG, 'x/.caveat.yaml').problems, []);
  });

  it('reports problems with the file, line and column of the offending value', () => {
    const text = [
      'minRisk: orange',
      'severity:',
      '  contract-clause: purple',
      '  no-such-category: red',
      'colour: blue',
      'include: "*.md"',
    ].join('\n');
    const { config, problems } = parseConfigText(text, 'p/.caveat.yaml');
    assert.equal(config, undefined);
    const shown = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).sort();
    assert.deepEqual(shown, [
      'p/.caveat.yaml:3:20: severity.contract-clause: must be one of red, orange, green',
      "p/.caveat.yaml:4:3: severity: 'no-such-category' is not a category",
      "p/.caveat.yaml:5:1: configuration: unknown key 'colour'",
      'p/.caveat.yaml:6:10: include: must be array',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const { problems } = parseConfigText('minRisk: [orange\n', 'bad.yaml');
    assert.equal(problems.length > 0, true);
    assert.match(problems[0].message, /YAML syntax error/);
    assert.equal(problems[0].line >= 1, true);
  });
});

describe('config: discovery upward', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'caveat-config-'));
    mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, '.caveat.yaml'), 'minRisk: green\n');
    writeFileSync(join(dir, 'a', 'b', '.caveat.yaml'), 'minRisk: red\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the nearest .caveat.yaml above a file', () => {
    const resolver = new ConfigResolver();
    assert.equal(resolver.forFile(join(dir, 'a', 'b', 'c', 'draft.md')).config.minRisk, 'red');
    assert.equal(resolver.forFile(join(dir, 'a', 'draft.md')).config.minRisk, 'green');
  });

  it('a fixed --config file wins over discovery', () => {
    const resolver = new ConfigResolver(join(dir, '.caveat.yaml'));
    assert.equal(resolver.forFile(join(dir, 'a', 'b', 'c', 'draft.md')).config.minRisk, 'green');
  });

  it('a missing --config file is a problem', () => {
    const resolver = new ConfigResolver(join(dir, 'nope.yaml'));
    assert.match(resolver.forDirectory(dir).problems[0].message, /not found/);
  });
});

describe('config: reviewed partners', () => {
  it('reads YAML lists, YAML mappings and CSV with quotes', () => {
    const yamlList = parseReviewedPartners('- name: Fudan University\n  date: 2026-03-01\n- Zhejiang University\n', 'r.yaml');
    assert.deepEqual(yamlList.partners, [{ name: 'Fudan University', date: '2026-03-01' }, { name: 'Zhejiang University' }]);
    const yamlMap = parseReviewedPartners('Fudan University: 2026-03-01\n', 'r.yml');
    assert.deepEqual(yamlMap.partners, [{ name: 'Fudan University', date: '2026-03-01' }]);
    const csv = parseReviewedPartners(
      'name,date,note\n"Harbin Institute of Technology, Shenzhen",2026-01-05,"ok, with conditions"\n',
      'r.csv',
    );
    assert.deepEqual(csv.partners, [{ name: 'Harbin Institute of Technology, Shenzhen', date: '2026-01-05', note: 'ok, with conditions' }]);
  });
});
