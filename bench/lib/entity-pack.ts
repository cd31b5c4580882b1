// Writes synthetic entity lists as a Caveat rule pack in JSON (rules/schema/rule-pack.schema.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticEntity } from './entity-names';

function entityRule(entity: SyntheticEntity, index: number): Record<string, unknown> {
  return {
    id: `bench.org-${String(index).padStart(5, '0')}`,
    category: 'military-linked-partner',
    risk: 'red',
    title: entity.name,
    message: `${entity.name} is a synthetic benchmark entity.`,
    guidance: 'partner-due-diligence',
    laws: [],
    source: { document: 'caveat-bench' },
    match: { exact_phrases: [entity.name, entity.alias], abbreviations: [entity.abbreviation] },
    unless: { effect: 'note' },
    examples: [`We will collaborate with ${entity.name} on this project.`],
    near_misses: ['The report names no partner.'],
  };
}

/** Writes the pack for the first `count` entities; returns its path. */
export function writeEntityPack(dir: string, entities: SyntheticEntity[], count: number): string {
  const pack = {
    pack: `bench-entities-${count}`,
    version: '1.0.0',
    title: `Benchmark: ${count} synthetic organisations`,
    generated_by: 'bench/lib/entity-pack.ts',
    rules: entities.slice(0, count).map(entityRule),
  };
  const file = join(dir, `entities-${count}.json`);
  writeFileSync(file, JSON.stringify(pack));
  return file;
}
