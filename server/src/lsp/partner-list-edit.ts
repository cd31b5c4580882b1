// "Add to the reviewed partners" for clients without the VS Code command: an edit that appends the
// partner to the workspace's list, with the note left empty for the user to type. Where the client can
// create files (resource operations) the list is created when missing; otherwise the edit is offered
// only for a list that exists, on disk or open in the editor.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewedPartnerAddition } from './reviewed-partner-entry';

/** The list a partner would be added to, as the server sees it when code actions are asked for. */
export interface PartnerListTarget {
  file: string;
  uri: string;
  /** Its text (the open document's, else the file's), or undefined when it does not exist yet. */
  text: string | undefined;
  /** The open document's version, for a versioned edit. */
  version: number | null;
}

export function partnerListTarget(file: string, open: (uri: string) => TextDocument | undefined): PartnerListTarget {
  const uri = pathToFileURL(file).toString();
  const doc = open(uri);
  if (doc) return { file, uri, text: doc.getText(), version: doc.version };
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  return { file, uri, text, version: null };
}

/** The edit that records `name`, or undefined when the client could not apply it. */
export function addPartnerEdit(
  target: PartnerListTarget,
  name: string,
  ruleId: string,
  createsFiles: boolean,
  date?: string,
): WorkspaceEdit | undefined {
  const newText = reviewedPartnerAddition(target.file, target.text, { name, ruleId, note: '', date });
  const lines = (target.text ?? '').split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const edit = { range: { start: end, end }, newText };
  if (createsFiles) {
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: target.version }, edits: [edit] },
      ],
    };
  }
  return target.text === undefined ? undefined : { changes: { [target.uri]: [edit] } };
}
