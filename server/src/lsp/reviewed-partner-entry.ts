// The text that records a reviewed partner in the workspace's list, in the list's own format (YAML, or
// CSV for a .csv list). Shared by the VS Code client (which asks for the note and writes the file) and
// the server's edit for other editors (which leaves the note empty for the user to type). Imports
// nothing, so the client bundle can include it.

export interface ReviewedPartnerRecord {
  name: string;
  ruleId: string;
  /** Who reviewed the partner and with what outcome; empty when the user is to type it in the file. */
  note: string;
  /** ISO date of the review; today when omitted. */
  date?: string;
}

const YAML_HEADER = '# Partners reviewed by this team (written by Caveat: "add to the reviewed partners").\npartners:\n';
const CSV_HEADER = 'name,date,note,rule\n';

const isCsv = (file: string) => /\.csv$/i.test(file);
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * What to append at the end of the list `file` whose current text is `existing` (undefined when the
 * file does not exist yet: the header comes first) so that it records `partner`.
 */
export function reviewedPartnerAddition(file: string, existing: string | undefined, partner: ReviewedPartnerRecord): string {
  const date = partner.date ?? new Date().toISOString().slice(0, 10);
  const csv = isCsv(file);
  const start = existing === undefined ? (csv ? CSV_HEADER : YAML_HEADER) : existing === '' || existing.endsWith('\n') ? '' : '\n';
  const entry = csv
    ? `${csvCell(partner.name)},${date},${csvCell(partner.note)},${partner.ruleId}\n`
    : `  - name: ${JSON.stringify(partner.name)}\n    date: ${date}\n    note: ${JSON.stringify(partner.note)}\n    rule: ${partner.ruleId}\n`;
  return `${start}${entry}`;
}
