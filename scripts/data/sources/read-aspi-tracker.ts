import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { AspiRating, ListRecord } from '../list-record';
import { cleanName, hasHan } from '../normalise-name';

// ASPI China Defence Universities Tracker, as scraped into MISP galaxy (August 2020).
// Two copies: the 2020-08-21 one still has ASPI's risk statement (our only source of the
// rating); the current one has cleaner alias lists. They are joined on the unitracker URL.

const WITH_RISK = 'aspi-defence-universities-misp-galaxy-2020-08-21-with-risk.json';
const CLEANER = 'aspi-defence-universities-misp-galaxy.json';
export const ASPI_DATA_DATE = '2020-08';

interface GalaxyValue {
  value: string;
  uuid: string;
  meta: Record<string, unknown>;
}

function readGalaxy(file: string): GalaxyValue[] {
  return (JSON.parse(readFileSync(dataFile(file), 'utf8')) as { values: GalaxyValue[] }).values;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** "… is designated very high risk …" (also "very-high"). NUDT's sentence states no level. */
export function parseAspiRating(statement: string): AspiRating | undefined {
  const m = /designated (?:as )?(very[- ]high|high|medium|low)\b/i.exec(statement);
  return m ? (m[1].toLowerCase().replace('-', ' ') as AspiRating) : undefined;
}

/** "China University of Geosciences (Wuhan) (中国地质大学)" -> English and Chinese parts. */
export function splitAspiValue(value: string): { english: string; chinese?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(value);
  if (m && hasHan(m[2])) return { english: cleanName(m[1]), chinese: m[2].trim() };
  return { english: cleanName(value) };
}

export function readAspiTracker(): ListRecord[] {
  const withRisk = new Map<string, GalaxyValue>();
  for (const v of readGalaxy(WITH_RISK)) withRisk.set(strings(v.meta.refs)[0] ?? v.value, v);
  return readGalaxy(CLEANER).map((v) => {
    const url = strings(v.meta.refs)[0] ?? '';
    const old = withRisk.get(url);
    const { english, chinese } = splitAspiValue(v.value);
    const aliases = strings(v.meta.aliases);
    const statement = typeof old?.meta.risk === 'string' ? old.meta.risk : '';
    return {
      list: 'aspi-unitracker',
      name: english,
      aliases: aliases.filter((a) => !hasHan(a)),
      chineseNames: [...new Set([...(chinese ? [chinese] : []), ...aliases.filter(hasHan)])],
      citation: url,
      date: ASPI_DATA_DATE,
      current: true,
      rating: parseAspiRating(statement),
      category: strings(v.meta.categories)[0],
      address: typeof v.meta.address === 'string' ? v.meta.address : undefined,
      recordId: v.uuid,
    } satisfies ListRecord;
  });
}
