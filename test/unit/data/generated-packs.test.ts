import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';

// The committed packs are what a clean clone runs; check them without ../shared/data.

const root = path.resolve(__dirname, '../../..');
const packsDir = path.join(root, 'rules', 'packs');
const generated = readdirSync(packsDir)
  .filter((f) => /^(partners-.*|talent-programmes-lists)\.json$/.test(f))
  .sort();
const schema = JSON.parse(readFileSync(path.join(root, 'rules', 'schema', 'rule-pack.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Rule {
  id: string;
  risk: string;
  category: string;
  message: string;
  source: { document: string; lists: { list: string; citation?: string; date?: string }[] };
  match: { exact_phrases?: string[]; abbreviations?: string[] };
}

describe('data: generated partner and talent packs', () => {
  const packs = generated.map((file) => ({
    file,
    doc: JSON.parse(readFileSync(path.join(packsDir, file), 'utf8')) as {
      rules: Rule[];
      generated_by: string;
      data_date: string;
      version: string;
    },
  }));

  it('exist and validate against the rule-pack schema', () => {
    assert.ok(generated.length >= 4, `only ${generated.length} generated packs`);
    for (const { file, doc } of packs) assert.ok(validate(doc), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  });

  it('carry generator, data date and version', () => {
    for (const { file, doc } of packs) {
      assert.match(doc.generated_by, /^scripts\/data\/build-partner-packs\.ts/, file);
      assert.match(doc.data_date, /^\d{4}-\d\d/, file);
      assert.ok(doc.version, file);
    }
  });

  const rules = packs.flatMap((p) => p.doc.rules);

  it('hold at least 150 partner entities with unique ids, sorted', () => {
    const partners = rules.filter((r) => r.category === 'military-linked-partner');
    assert.ok(partners.length >= 150, `${partners.length} partner rules`);
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const { file, doc } of packs) {
      const own = doc.rules.map((r) => r.id);
      assert.deepEqual(
        own,
        [...own].sort((a, b) => a.localeCompare(b)),
        `${file} is not sorted`,
      );
    }
  });

  it('give every rule its provenance: each list with a citation and a date', () => {
    for (const rule of rules) {
      assert.ok(rule.source.lists.length > 0, rule.id);
      assert.equal(rule.source.document, rule.source.lists[0].list, rule.id);
      for (const entry of rule.source.lists) assert.ok(entry.citation, `${rule.id}: ${entry.list} has no citation`);
    }
  });

  it('never grades a green rule on anything but its ASPI rating and date', () => {
    for (const rule of rules.filter((r) => r.risk === 'green')) {
      assert.match(
        rule.message,
        /^.+ is rated (medium|low) risk by ASPI's China Defence Universities Tracker \(data of [A-Z][a-z]+ \d{4}\)\.$/,
        rule.id,
      );
    }
  });

  it('covers the Seven Sons of National Defence and the big conglomerates in red', () => {
    const byName = new Map(rules.map((r) => [r.id, r]));
    for (const id of [
      'partner.beihang-university',
      'partner.beijing-institute-of-technology',
      'partner.harbin-engineering-university',
      'partner.harbin-institute-of-technology',
      'partner.nanjing-university-of-aeronautics-and-astronautics',
      'partner.nanjing-university-of-science-and-technology',
      'partner.northwestern-polytechnical-university',
      'partner.national-university-of-defense-technology',
      'partner.aviation-industry-corporation-of-china',
      'partner.china-electronics-technology-group',
      'partner.china-north-industries-group',
    ]) {
      assert.equal(byName.get(id)?.risk, 'red', id);
    }
  });

  it('match abbreviations that collide with everyday acronyms only with a confirming context', () => {
    for (const rule of rules) {
      for (const abbr of rule.match.abbreviations ?? [])
        assert.ok(!['PLA', 'CAS', 'IT', 'AI', 'US', 'JUST'].includes(abbr), `${rule.id}: ${abbr}`);
    }
  });
});
