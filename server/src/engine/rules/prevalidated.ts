// Packs parsed and validated at build time, keyed by the SHA-1 of their text. Loading a bundled pack
// whose text has that hash skips YAML parsing and schema validation, which are most of the start-up
// time with thousands of partner rules; any other text is parsed and validated as usual.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RulePack } from './types';

export type PrevalidatedPacks = Map<string, RulePack>;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Reads a cache written by the build; a missing or unreadable cache is simply no cache. */
export function readPrevalidated(file: string): PrevalidatedPacks | undefined {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as { sha1: string; pack: RulePack }[];
    return new Map(entries.map((e) => [e.sha1, e.pack]));
  } catch {
    return undefined;
  }
}

export function serializePrevalidated(packs: { sha1: string; pack: RulePack }[]): string {
  return JSON.stringify(packs);
}
