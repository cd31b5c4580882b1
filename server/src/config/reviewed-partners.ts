// Reads the list of partners an institution has already reviewed (YAML or CSV, name + date), so that
// findings naming them can be reported as accepted with the date of the review instead of as new risks.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'yaml';
import type { ConfigProblem } from './config-types';

export interface ReviewedPartner {
  name: string;
  /** The date of the review as written in the list (ISO dates recommended). */
  date?: string;
  note?: string;
}

/** Lower case, one space between words, no punctuation: "Tsinghua  University," = "tsinghua university". */
export function normalizePartnerName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

export function parseReviewedPartners(text: string, file: string): { partners: ReviewedPartner[]; problems: ConfigProblem[] } {
  return extname(file).toLowerCase() === '.csv' ? parseCsv(text, file) : parseYamlList(text, file);
}

export function loadReviewedPartners(file: string): { partners: ReviewedPartner[]; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      partners: [],
      problems: [{ file, line: 1, column: 1, message: `cannot read reviewed-partner list: ${(e as NodeJS.ErrnoException).code}` }],
    };
  }
  return parseReviewedPartners(text, file);
}

function parseYamlList(text: string, file: string): { partners: ReviewedPartner[]; problems: ConfigProblem[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    return { partners: [], problems: [{ file, line: 1, column: 1, message: `YAML syntax error: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const partners: ReviewedPartner[] = [];
  const problems: ConfigProblem[] = [];
  // A list of {name, date, note} or plain names (at the top or under `partners:`), or a mapping name: date.
  const listed = value && typeof value === 'object' && Array.isArray((value as { partners?: unknown }).partners);
  const items = Array.isArray(value)
    ? value
    : listed
      ? (value as { partners: unknown[] }).partners
      : value && typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>).map(([name, date]) => ({ name, date }))
        : [];
  items.forEach((item, index) => {
    if (typeof item === 'string') partners.push({ name: item });
    else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      const { name, note, ...rest } = item as { name: string; date?: unknown; reviewed?: unknown; note?: unknown };
      const date = rest.date ?? rest.reviewed; // `reviewed:` reads as naturally as `date:`
      partners.push({
        name,
        ...(date !== undefined && date !== null ? { date: date instanceof Date ? date.toISOString().slice(0, 10) : String(date) } : {}),
        ...(typeof note === 'string' ? { note } : {}),
      });
    } else problems.push({ file, line: 1, column: 1, message: `entry ${index + 1} has no name` });
  });
  return { partners, problems };
}

function parseCsv(text: string, file: string): { partners: ReviewedPartner[]; problems: ConfigProblem[] } {
  const partners: ReviewedPartner[] = [];
  const problems: ConfigProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const cells = splitCsvLine(line);
    if (i === 0 && cells[0]?.trim().toLowerCase() === 'name') return;
    const [name, date, note] = cells.map((c) => c.trim());
    if (!name) {
      problems.push({ file, line: i + 1, column: 1, message: 'no partner name' });
      return;
    }
    partners.push({ name, ...(date ? { date } : {}), ...(note ? { note } : {}) });
  });
  return { partners, problems };
}

/** Splits one CSV line, honouring double-quoted cells with commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
