import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleExpectations } from '../../support/example-expectations';
import { openExample, ruleIdOf, waitForCaveatDiagnostics } from './editor-session';

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
      const countBefore = before.filter((d) => ruleIdOf(d) === ruleId).length;

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        target.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const titles = (actions ?? []).map((a) => a.title);
      const action = (actions ?? []).find((a) => title.test(a.title));
      assert.ok(action, `no quick fix matching ${title}; offered: ${JSON.stringify(titles)}`);
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the edit');
      if (action.command) {
        // The command would ask for the reason in an input box; the test passes it as the preset answer.
        const args = [...(action.command.arguments ?? []), answer];
        await vscode.commands.executeCommand(action.command.command, ...args);
      }
      assert.match(editor.document.getText(), textAfter);
      await waitForCaveatDiagnostics(
        uri,
        (all) => all.filter((d) => ruleIdOf(d) === ruleId && !d.message.includes('accepted')).length < countBefore,
      );
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }
});
