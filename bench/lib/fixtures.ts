// Writes every input of a bench run into a temp folder: the Markdown drafts, the entity packs, the
// 500-document corpus for the CLI and the prh configurations for textlint.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledRules, type Rule } from '../../server/src/engine';
import { generateDraft } from './draft-generator';
import { type SyntheticEntity, syntheticEntities } from './entity-names';
import { writeEntityPack } from './entity-pack';
import { writePatternPack } from './pattern-pack';
import { riskSentencePicker } from './risk-sentences';

export const KB = 1024;
export const MB = 1024 * 1024;

export interface DraftFile {
  label: string;
  file: string;
  bytes: number;
  riskSentencesPlaced: number;
}

export interface Fixtures {
  dir: string;
  bundled: Rule[];
  entities: SyntheticEntity[];
  drafts: DraftFile[];
  packs: Map<number, string>;
  /** A workspace pack of three regular-expression patterns. */
  patternPack: string;
  corpusDir: string;
  corpusFiles: number;
}

export function sizeLabel(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}

export function writeFixtures(dir: string, sizes: number[], entityCounts: number[], corpus: { files: number; bytes: number }): Fixtures {
  mkdirSync(dir, { recursive: true });
  const bundled = loadBundledRules().rules;
  const entities = syntheticEntities(Math.max(...entityCounts, 5000));
  const pickRisk = riskSentencePicker(bundled, entities);
  const drafts = sizes.map((bytes) => {
    const draft = generateDraft({ bytes, pickRisk, seed: bytes });
    const label = sizeLabel(bytes);
    const file = join(dir, `draft-${label.replace(' ', '')}.md`);
    writeFileSync(file, draft.text);
    return { label, file, bytes: draft.bytes, riskSentencesPlaced: draft.riskSentencesPlaced };
  });
  const packs = new Map(entityCounts.map((n) => [n, writeEntityPack(dir, entities, n)]));
  const patternPack = writePatternPack(dir);
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  for (let i = 0; i < corpus.files; i++) {
    const draft = generateDraft({ bytes: corpus.bytes, pickRisk, seed: 1000 + i });
    writeFileSync(join(corpusDir, `draft-${String(i).padStart(3, '0')}.md`), draft.text);
  }
  return { dir, bundled, entities, drafts, packs, patternPack, corpusDir, corpusFiles: corpus.files };
}
