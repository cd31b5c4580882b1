// Synthetic organisation names with an alias and an abbreviation each, deterministic for a seed.
// Names share realistic words (Institute, University, Technology...), so the automaton sees the
// branching of a real list. The bench generates one list and slices it, so the 1,000-name pack is the
// first 1,000 names of the 50,000-name pack.
import { Prng } from './prng';

export interface SyntheticEntity {
  name: string;
  alias: string;
  abbreviation: string;
}

const SYLLABLES = [
  'kal',
  'vor',
  'dre',
  'sin',
  'mar',
  'tuo',
  'bel',
  'quen',
  'zha',
  'lio',
  'ran',
  'pel',
  'ost',
  'wen',
  'gui',
  'har',
  'nob',
  'tey',
  'cus',
  'fim',
];
const KINDS = ['University', 'Institute', 'Research Institute', 'Academy', 'Laboratory', 'Corporation', 'Group Company', 'Design Bureau'];
const FIELDS = [
  'Electronic Technology',
  'Aerospace Engineering',
  'Applied Optics',
  'Precision Machinery',
  'Materials Science',
  'Information Engineering',
  'Marine Systems',
  'Power Electronics',
  'Radar Technology',
  'Advanced Manufacturing',
  'Systems Engineering',
  'Chemical Engineering',
  'Microwave Devices',
  'Navigation Systems',
  'Composite Materials',
  'Automation',
];

function placeName(rng: Prng): string {
  const parts = 2 + rng.int(2);
  let word = '';
  for (let i = 0; i < parts; i++) word += rng.pick(SYLLABLES);
  return word[0].toUpperCase() + word.slice(1);
}

function initials(words: string): string {
  return words
    .split(/\s+/)
    .filter((w) => w.length > 0 && w !== 'of')
    .map((w) => w[0].toUpperCase())
    .join('');
}

export function syntheticEntities(count: number, seed = 20261128): SyntheticEntity[] {
  const rng = new Prng(seed);
  const places: string[] = [];
  const placeSet = new Set<string>();
  while (places.length < Math.max(50, Math.ceil(count / 12))) {
    const p = placeName(rng);
    if (!placeSet.has(p)) {
      placeSet.add(p);
      places.push(p);
    }
  }
  const names = new Set<string>();
  const out: SyntheticEntity[] = [];
  while (out.length < count) {
    const place = rng.pick(places);
    const kind = rng.pick(KINDS);
    const field = rng.pick(FIELDS);
    const numbered = rng.next() < 0.2 ? ` No. ${1 + rng.int(60)}` : '';
    const name = `${place} ${kind}${numbered} of ${field}`;
    if (names.has(name)) continue;
    names.add(name);
    out.push({
      name,
      alias: `${place} ${field} ${kind}${numbered}`,
      abbreviation: `${initials(`${place} ${kind} ${field}`)}${numbered.replace(/\D/g, '')}`,
    });
  }
  return out;
}
