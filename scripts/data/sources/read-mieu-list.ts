import { readFileSync } from 'node:fs';
import { dataFile } from '../data-paths';
import type { ListRecord } from '../list-record';
import { cleanName } from '../normalise-name';
import { parseCsvWithHeader } from '../read-csv';

// Military-intelligence end users named in EAR 744.22(f)(2) (OpenSanctions transcription).
// Only the China rows matter here.

const FILE = 'us-bis-military-intelligence-end-users.csv';

export function readMieuList(): ListRecord[] {
  return parseCsvWithHeader(readFileSync(dataFile(FILE), 'utf8'))
    .filter((row) => row.Country === 'CN')
    .map((row) => ({
      list: 'us-mieu-list',
      name: cleanName(row.Name),
      aliases: row.Alias ? row.Alias.split(';').map(cleanName) : [],
      chineseNames: [],
      citation: `15 CFR 744.22(f)(2); ${row['Source URL']}`,
      date: row.Date,
      current: !row['End date'],
    }));
}
