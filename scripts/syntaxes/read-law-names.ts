import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// Reads the names a draft may use for each law card: `name`, `name_zh` and `aliases` (matched
// whatever the case) and `abbreviations` (matched case-sensitively as whole words).

export interface LawNames {
  id: string;
  names: string[];
  abbreviations: string[];
}

interface LawCardNameFields {
  id?: unknown;
  name?: unknown;
  name_zh?: unknown;
  aliases?: unknown;
  abbreviations?: unknown;
}

export function readLawNames(dir: string): LawNames[] {
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => namesOfCard(file, parse(readFileSync(path.join(dir, file), 'utf8')) as LawCardNameFields));
}

function namesOfCard(file: string, card: LawCardNameFields): LawNames {
  if (typeof card?.id !== 'string' || typeof card.name !== 'string') throw new Error(`${file}: a law card needs an id and a name`);
  return {
    id: card.id,
    names: [card.name, ...strings(card.name_zh), ...strings(card.aliases)],
    abbreviations: strings(card.abbreviations),
  };
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}
