// The other commands: init, rules list --format json, rules test, explain.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, workspace } from './cli-harness';

const pack = (examples: string[], nearMisses: string[]) => `pack: institution-test
version: "2026.1"
title: Institution test pack
rules:
  - id: inst.hypersonic-glide
    category: dual-use-tech
    risk: red
    title: Hypersonic glide vehicles
    message: Hypersonic glide vehicles are a missile technology.
    guidance: dual-use
    source: { document: institution policy }
    match:
      phrases: ["hypersonic glide {vehicle|body}"]
    examples: ${JSON.stringify(examples)}
    near_misses: ${JSON.stringify(nearMisses)}
`;

describe('caveat init', () => {
  it('writes a commented starter .caveat.yaml and refuses to overwrite it', async () => {
    const ws = workspace({});
    try {
      const first = await runCli(['init'], ws.dir);
      assert.equal(first.code, 0, first.stderr);
      const written = readFileSync(join(ws.dir, '.caveat.yaml'), 'utf8');
      assert.match(written, /^# Caveat configuration/);
      for (const key of [
        'minRisk',
        'categories',
        'severity',
        'jurisdiction',
        'rulePacks',
        'reviewedPartners',
        'include',
        'exclude',
        'languages',
      ])
        assert.match(written, new RegExp(`# ${key}:`), key);
      const second = await runCli(['init'], ws.dir);
      assert.equal(second.code, 2);
      assert.match(second.stderr, /already exists; not overwritten/);
      assert.equal(readFileSync(join(ws.dir, '.caveat.yaml'), 'utf8'), written);
    } finally {
      ws.cleanup();
    }
  });
});

describe('caveat rules', () => {
  it('list --format json gives id, category, risk and source of every rule', async () => {
    const r = await runCli(['rules', 'list', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { id: string; category: string; risk: string; source: { document: string } }[];
    assert.ok(rows.length > 100);
    for (const row of rows.slice(0, 20)) assert.ok(row.id && row.category && row.risk && row.source.document);
  });

  it('test passes a pack whose examples match and near-misses do not', async () => {
    const ws = workspace({ 'pack.yaml': pack(['The work package builds a hypersonic glide vehicle.'], ['The glider flies slowly.']) });
    try {
      const r = await runCli(['rules', 'test', 'pack.yaml'], ws.dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /1 rule, 2 examples and near-misses: all passed/);
    } finally {
      ws.cleanup();
    }
  });

  it('test reports each failing example and near-miss and exits 1', async () => {
    const ws = workspace({
      'pack.yaml': pack(
        ['A supersonic airliner.'],
        ['We will not study a hypersonic glide body, only the theory.x', 'hypersonic glide vehicle tests'],
      ),
    });
    try {
      const r = await runCli(['rules', 'test', 'pack.yaml'], ws.dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /FAIL inst\.hypersonic-glide: example 1 gave no finding: "A supersonic airliner\."/);
      assert.match(r.stdout, /FAIL inst\.hypersonic-glide: near-miss 2 gave a finding/);
    } finally {
      ws.cleanup();
    }
  });

  it('test of a broken pack exits 2 with the position of the problem', async () => {
    const ws = workspace({ 'pack.yaml': 'pack: broken\nversion: "1"\ntitle: Broken\nrules:\n  - id: x\n    category: nonsense\n' });
    try {
      const r = await runCli(['rules', 'test', 'pack.yaml'], ws.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /pack\.yaml:\d+:\d+: /);
    } finally {
      ws.cleanup();
    }
  });
});

describe('caveat explain', () => {
  it('prints a rule card', async () => {
    const r = await runCli(['explain', 'tech.quantum-sensing']);
    assert.equal(r.code, 0, r.stderr);
    for (const label of ['Rule:', 'Category:', 'Risk:', 'Message:', 'Source:', 'Guidance:', 'Laws:', 'Examples (must match):'])
      assert.ok(r.stdout.includes(label), label);
    assert.match(r.stdout, /rules\/guidance\/dual-use\.md/);
  });

  it('prints a law card by id or abbreviation', async () => {
    const r = await runCli(['explain', 'us-entity-list']);
    assert.equal(r.code, 0, r.stderr);
    for (const label of ['Law card:', 'Where:', 'Verified:', 'Articles:', 'What to do:', 'Links:'])
      assert.ok(r.stdout.includes(label), label);
    const pipl = await runCli(['explain', 'PIPL']);
    assert.equal(pipl.code, 0, pipl.stderr);
    assert.match(pipl.stdout, /Personal Information Protection Law/);
    assert.match(pipl.stdout, /Chinese:/);
  });

  it('an unknown id exits 2', async () => {
    const r = await runCli(['explain', 'no.such-rule']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no rule or law card 'no\.such-rule'/);
  });
});
