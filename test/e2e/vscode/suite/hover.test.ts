import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findPhrase } from '../../support/document-positions';
import { exampleExpectations, findingCardText } from '../../support/example-expectations';
import { hoverText, openExample, ruleIdOf, waitForCaveatDiagnostics } from './editor-session';

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers ?? []);
}

describe('Caveat hovers in VS Code', () => {
  for (const example of exampleExpectations) {
    const { lawHover } = example;
    if (lawHover) {
      it(`${example.file}: "${lawHover.word}" shows its law card`, async () => {
        const editor = await openExample(example.file);
        await waitForCaveatDiagnostics(editor.document.uri);
        const span = findPhrase(editor.document.getText(), lawHover.word);
        const position = new vscode.Position(span.start.line, span.start.character + 1);
        const text = await hoverAt(editor.document.uri, position);
        assert.match(text, lawHover.cardText);
      });
    }

    it(`${example.file}: a finding shows its finding card`, async () => {
      const editor = await openExample(example.file);
      const expected = example.findings[0];
      const diagnostics = await waitForCaveatDiagnostics(editor.document.uri, (all) => all.some((d) => ruleIdOf(d) === expected.ruleId));
      const diagnostic = diagnostics.find((d) => ruleIdOf(d) === expected.ruleId);
      assert.ok(diagnostic);
      const text = await hoverAt(editor.document.uri, diagnostic.range.start.translate(0, 1));
      assert.ok(text.includes(expected.ruleId), text);
      assert.match(text, findingCardText);
    });
  }
});
