import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListId, ListRecord } from '../list-record';
import { cleanName } from '../normalise-name';
import { usSlashDateToIso, wordDateToIso } from '../parse-dates';

// phagehunter/nsfreg parses the eCFR text of the Entity List (Supp. 4 to Part 744), the MEU
// list (Supp. 7) and the Federal Register notice of the 1260H list into one JSON shape.

interface NsfregEntity {
  name: string;
  address: string | null;
  aliases: string[];
  country: string | null;
  effective_date: string | null;
  federal_register: string | null;
  notes: string | null;
}

interface NsfregFile {
  extracted: string;
  entities: NsfregEntity[];
}

export const NSFREG_FILES = {
  'us-entity-list': 'us-entity-list-ecfr-2026-07-nsfreg.json',
  'us-meu-list': 'us-bis-meu-list-ecfr-2026-07-nsfreg.json',
  'us-1260h-list': 'us-dod-1260h-fr-2026-06-10-nsfreg.json',
  // PDF-derived, aliases partly mis-assigned (SOURCES.md): only used to check the entry count.
  'us-ns-cmic': 'ofac-ns-cmic-list-2026-07-nsfreg.json',
} as const;

/** Parse artefacts put addresses into aliases ("Fu Jirui. No. 2A Zhonghuan South Road, …"). */
export function cleanParsedAlias(raw: string): string[] {
  return raw
    .split(';')
    .map((part) => {
      let text = cleanName(part);
      if (/\b(Road|Rd\.?|Street|District|Floor|Room|Building|Bldg\.?)\b.*,/.test(text)) {
        text = cleanName(text.split(/\.\s/)[0]);
        if (/\b(Road|Street|District|Floor|Room)\b/.test(text)) return '';
      }
      return text.length > 150 ? '' : text;
    })
    .filter((text) => text !== '' && !/^(the )?following|^alias|^and$/i.test(text));
}

/**
 * "… (CETC 13) subordinate institution: Tonghui Electronics": drafts name the subordinate body
 * itself, so its own name becomes an alias (checked like any other).
 */
export function subordinateName(name: string): string[] {
  const m = /subordinate institution:\s*(.+)$/i.exec(name);
  return m ? [cleanName(m[1])] : [];
}

/** "84 FR 22963, 5/21/19.\n85 FR 34501, 6/5/20" -> the citations, oldest (listing) first. */
export function splitFrCitations(text: string | null): string[] {
  return (text ?? '')
    .split(/\n|;\s*(?=\d+ FR)/)
    .map((c) => c.trim().replace(/\.$/, ''))
    .filter((c) => /FR/.test(c));
}

export function readNsfregFile(list: keyof typeof NSFREG_FILES): { extracted: string; records: ListRecord[] } {
  const file = JSON.parse(readFileSync(dataFile(NSFREG_FILES[list]), 'utf8')) as NsfregFile;
  const records = file.entities
    .filter((e) => e.country === 'China')
    .map((e) => {
      const citations = splitFrCitations(e.federal_register);
      const first = citations[0] ?? '';
      return {
        list: list as ListId,
        name: cleanName(e.name),
        aliases: [...e.aliases.flatMap(cleanParsedAlias), ...subordinateName(e.name)],
        chineseNames: [],
        citation: citations.join('; '),
        date: usSlashDateToIso(first) ?? wordDateToIso(first) ?? e.effective_date ?? file.extracted,
        current: true,
        address: e.address ?? undefined,
      } satisfies ListRecord;
    });
  return { extracted: file.extracted, records };
}
