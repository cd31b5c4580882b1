import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleExpectations } from '../../support/example-expectations';
import { caveatDiagnostics, openExample, ruleIdOf, waitForCaveatDiagnostics } from './editor-session';

describe('Caveat commands in VS Code', () => {
  it('contributes caveat.rescan and caveat.showGuidance', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('caveat.rescan'), 'caveat.rescan is not registered');
    assert.ok(commands.includes('caveat.showGuidance'), 'caveat.showGuidance is not registered');
  });

  it('Caveat: Rescan keeps the same findings for an unchanged draft', async () => {
    const example = exampleExpectations[0];
    assert.ok(example, 'no example expectations');
    const editor = await openExample(example.file);
    const before = (await waitForCaveatDiagnostics(editor.document.uri)).map(ruleIdOf).sort();
    await vscode.commands.executeCommand('caveat.rescan');
    const after = await waitForCaveatDiagnostics(editor.document.uri, (all) => all.length === before.length);
    assert.deepEqual(after.map(ruleIdOf).sort(), before);
  });

  it('an edit that adds a risky sentence raises a new finding', async () => {
    const example = exampleExpectations[0];
    assert.ok(example, 'no example expectations');
    const editor = await openExample(example.file);
    const uri = editor.document.uri;
    const before = (await waitForCaveatDiagnostics(uri)).length;
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const sentence = example.findings[0].phrase;
    try {
      await editor.edit((edit) => edit.insert(end, `\n\nWe add ${sentence} to the work plan.\n`));
      await waitForCaveatDiagnostics(uri, (all) => all.length > before);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForCaveatDiagnostics(uri, (all) => all.length === before);
    assert.equal(caveatDiagnostics(uri).length, before);
  });
});
