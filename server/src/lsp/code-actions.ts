// Quick fixes on Caveat diagnostics: open the guidance, insert a mitigation clause that fits the
// format, accept the finding with a reason, add a partner to the reviewed list, and accept every
// finding of one rule at once. Accepting asks for the reason where the client can ask (the VS Code
// client's command); any other LSP client gets a plain edit that writes the directive with the reason
// left empty for the user to type (LSP has no text input). Likewise guidance opens through the
// server's own command (window/showDocument) and a reviewed partner is an edit of the list file.
import { type CodeAction, CodeActionKind, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { clauseFor, type Language, type MitigationClause, paragraphEnd, renderClause } from '../engine';
import { CLIENT_ADD_PARTNER_COMMAND, CLIENT_GUIDANCE_COMMAND, SERVER_GUIDANCE_COMMAND } from './client-commands';
import type { FindingData } from './diagnostics';
import { CLIENT_ACCEPT_COMMAND, directiveLine } from './directive-text';
import { addPartnerEdit, type PartnerListTarget } from './partner-list-edit';

export interface AcceptArguments {
  uri: string;
  languageId: string;
  ruleId: string;
  /** Zero-based lines of the findings to accept. */
  lines: number[];
}

/** What the client can do beyond applying edits. */
export interface ClientAbilities {
  /** It registers `caveat.acceptFinding`, which asks for the reason (the VS Code client announces it). */
  acceptsWithPrompt: boolean;
  /** It registers `caveat.showGuidance` (a Markdown preview); others get the server's command. */
  showsGuidance: boolean;
  /** It registers `caveat.addReviewedPartner`, which asks for a note; others get an edit of the list. */
  addsPartnersWithPrompt: boolean;
  /** It applies CreateFile in documentChanges (workspace.workspaceEdit.resourceOperations). */
  createsFiles: boolean;
}

function partnerAction(
  d: Diagnostic,
  data: FindingData,
  client: ClientAbilities,
  list: PartnerListTarget | undefined,
): CodeAction | undefined {
  if (client.addsPartnersWithPrompt) {
    return {
      title: `Caveat: add “${data.text}” to the reviewed partners`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Add to reviewed partners',
        command: CLIENT_ADD_PARTNER_COMMAND,
        arguments: [{ name: data.text, ruleId: data.ruleId }],
      },
    };
  }
  const edit = list && addPartnerEdit(list, data.text, data.ruleId, client.createsFiles);
  if (!edit) return undefined;
  return {
    title: `Caveat: add “${data.text}” to the reviewed partners (type the note into the list)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit,
  };
}

/** The directive, with an empty reason, above each line: one edit that any client can apply. */
function acceptEdit(doc: TextDocument, accept: AcceptArguments): WorkspaceEdit {
  const edits = [...new Set(accept.lines)].map((line) => {
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const at = { line, character: 0 };
    return { range: { start: at, end: at }, newText: directiveLine(accept.languageId, accept.ruleId, '', indent) };
  });
  return { changes: { [accept.uri]: edits } };
}

function acceptAction(
  doc: TextDocument,
  what: string,
  diagnostics: Diagnostic[],
  accept: AcceptArguments,
  client: ClientAbilities,
): CodeAction {
  if (client.acceptsWithPrompt) {
    return {
      title: `Caveat: accept ${what} with a reason…`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: 'Accept finding', command: CLIENT_ACCEPT_COMMAND, arguments: [accept] },
    };
  }
  return {
    title: `Caveat: accept ${what} with a reason (type it into the directive)`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: acceptEdit(doc, accept),
  };
}

export function codeActionsFor(
  doc: TextDocument,
  language: Language,
  diagnostics: Diagnostic[],
  allDiagnostics: Diagnostic[],
  clauses: MitigationClause[],
  client: ClientAbilities,
  partnerList?: PartnerListTarget,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'caveat' || !d.data) continue;
    const data = d.data as FindingData;
    if (data.accepted) continue;
    actions.push({
      title: `Caveat: open the guidance on ${data.guidance.replace(/-/g, ' ')}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Show guidance',
        command: client.showsGuidance ? CLIENT_GUIDANCE_COMMAND : SERVER_GUIDANCE_COMMAND,
        arguments: [data.guidance],
      },
    });
    const clause = clauseFor(clauses, data.ruleId, data.category);
    if (clause) {
      const at = doc.positionAt(paragraphEnd(doc.getText(), doc.offsetAt(d.range.end)));
      actions.push({
        title: `Caveat: insert a mitigation clause (${clause.title})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: renderClause(clause, language) }] } },
      });
    }
    const accept: AcceptArguments = { uri: doc.uri, languageId: doc.languageId, ruleId: data.ruleId, lines: [d.range.start.line] };
    actions.push(acceptAction(doc, 'this finding', [d], accept, client));
    if (data.category === 'military-linked-partner') {
      const partner = partnerAction(d, data, client, partnerList);
      if (partner) actions.push(partner);
    }
    if (!seenRules.has(data.ruleId)) {
      seenRules.add(data.ruleId);
      const same = allDiagnostics.filter(
        (o) => o.source === 'caveat' && o.code === data.ruleId && !(o.data as FindingData | undefined)?.accepted,
      );
      if (same.length > 1) {
        const lines = [...new Set(same.map((o) => o.range.start.line))];
        actions.push(
          acceptAction(doc, `all ${same.length} findings of ${data.ruleId} in this document`, same, { ...accept, lines }, client),
        );
      }
    }
  }
  return actions;
}
