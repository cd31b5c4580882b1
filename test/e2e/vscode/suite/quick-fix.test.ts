import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { escapeRegExp } from '../../support/document-positions';
import { exampleExpectations } from '../../support/example-expectations';
import { openExample, ruleIdOf, waitForCaveatDiagnostics } from './editor-session';

/** Finds the quick fix titled `title` at `range` and applies its edit and command (with `answer` preset). */
async function applyQuickFix(uri: vscode.Uri, range: vscode.Range, title: RegExp, answer?: string): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const titles = (actions ?? []).map((a) => a.title);
  const action = (actions ?? []).find((a) => title.test(a.title));
  assert.ok(action, `no quick fix matching ${title}; offered: ${JSON.stringify(titles)}`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the edit');
  if (action.command) {
    // The command would ask for the reason in an input box; the test passes it as the preset answer.
    const args = [...(action.command.arguments ?? []), ...(answer === undefined ? [] : [answer])];
    await vscode.commands.executeCommand(action.command.command, ...args);
  }
}

describe('Caveat quick fixes in VS Code', () => {
  for (const example of exampleExpectations) {
    it(`${example.file}: "${example.quickFix.title.source}" edits the draft and clears the finding`, async () => {
      const { ruleId, title, answer, textAfter } = example.quickFix;
      const editor = await openExample(example.file);
      const uri = editor.document.uri;
      const before = await waitForCaveatDiagnostics(uri, (all) => all.some((d) => ruleIdOf(d) === ruleId));
      const target = before.find((d) => ruleIdOf(d) === ruleId);
      assert.ok(target);
      assert.doesNotMatch(editor.document.getText(), textAfter, 'the draft already holds the fix');
      const shown = (all: vscode.Diagnostic[]) =>
        all.filter((d) => ruleIdOf(d) === ruleId && d.severity !== vscode.DiagnosticSeverity.Hint);
      const countBefore = shown(before).length;
      try {
        await applyQuickFix(uri, target.range, title, answer);
        assert.match(editor.document.getText(), textAfter);
        // The accepted finding stays visible only as a hint that gives the reason.
        await waitForCaveatDiagnostics(
          uri,
          (all) =>
            shown(all).length < countBefore &&
            all.some(
              (d) =>
                ruleIdOf(d) === ruleId &&
                d.severity === vscode.DiagnosticSeverity.Hint &&
                d.message.startsWith('Accepted:') &&
                d.message.includes(answer),
            ),
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });

    it(`${example.file}: "${example.editFix.titleContains}" writes the clause into the draft`, async () => {
      const { ruleId, titleContains, textAfter } = example.editFix;
      const editor = await openExample(example.file);
      const uri = editor.document.uri;
      const diagnostics = await waitForCaveatDiagnostics(uri, (all) => all.some((d) => ruleIdOf(d) === ruleId));
      const target = diagnostics.find((d) => ruleIdOf(d) === ruleId);
      assert.ok(target);
      assert.doesNotMatch(editor.document.getText(), textAfter, 'the draft already holds the clause');
      try {
        await applyQuickFix(uri, target.range, new RegExp(escapeRegExp(titleContains)));
        assert.match(editor.document.getText(), textAfter);
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });
  }
});
