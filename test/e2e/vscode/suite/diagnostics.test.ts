import assert from 'node:assert/strict';
import { findPhrase, spanCoversLine } from '../../support/document-positions';
import { exampleExpectations } from '../../support/example-expectations';
import { openExample, ruleIdOf, severityName, waitForCaveatDiagnostics } from './editor-session';

describe('Caveat diagnostics in VS Code', () => {
  it('knows what to expect of every example', () => {
    assert.ok(exampleExpectations.length > 0, 'test/e2e/support/example-expectations.ts lists no example');
  });

  for (const example of exampleExpectations) {
    it(`${example.file}: opens as ${example.languageId} and lists the expected findings`, async () => {
      const editor = await openExample(example.file);
      assert.equal(editor.document.languageId, example.languageId);
      const text = editor.document.getText();
      const wanted = new Set(example.findings.map((f) => f.ruleId));
      const diagnostics = await waitForCaveatDiagnostics(editor.document.uri, (all) =>
        [...wanted].every((id) => all.some((d) => ruleIdOf(d) === id)),
      );
      for (const expected of example.findings) {
        const span = findPhrase(text, expected.phrase);
        const match = diagnostics.find((d) => ruleIdOf(d) === expected.ruleId && spanCoversLine(span, d.range.start.line));
        assert.ok(match, `${expected.ruleId} at "${expected.phrase}" (line ${span.start.line + 1}) is missing`);
        assert.equal(severityName(match.severity), expected.severity, `severity of ${expected.ruleId}`);
        assert.ok(match.message.trim().length > 0, `${expected.ruleId} has an empty message`);
      }
    });
  }
});
