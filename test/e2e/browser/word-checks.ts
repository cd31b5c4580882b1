import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeDocx } from '../../support/make-docx';
import { scanWithCli } from '../support/cli-findings';
import type { BrowserCheckContext } from './check-context';
import { checkWithScreenshot } from './example-checks';

const docxName = 'partner-agreement.docx';
const paragraphs = [
  'Research collaboration agreement',
  'The parties will work on materials for batteries.',
  'Party B, Northwestern Polytechnical University, will receive the test data of the project.',
];

/**
 * `Caveat: Review Word document...` from the Command Palette: the path of a .docx typed into code-server's
 * open dialog; a read-only plain-text view of it opens, and the Problems panel lists the findings the
 * CLI finds in the same .docx; typing into the view is refused and the .docx is not written.
 */
export async function checkWordReviewInWorkbench(context: BrowserCheckContext): Promise<void> {
  const { tally, workbench, workspace, shot } = context;
  const check = checkWithScreenshot(tally, shot, 'word-review');
  const docx = path.join(workspace, docxName);
  await check(`Caveat: Review Word document... opens ${docxName} read-only with its Caveat findings in Problems`, async () => {
    fs.writeFileSync(docx, await makeDocx(paragraphs));
    const bytes = fs.readFileSync(docx);
    const findings = scanWithCli(docx);
    assert.ok(findings.length > 0, `the CLI finds nothing in ${docxName}`);

    await workbench.runCommandThatAsks('Caveat: Review Word document...', /Review a Word document with Caveat/);
    await shot('word-review-open-dialog');
    await workbench.answerQuickInput(docx);
    await workbench.activeTabTitle(new RegExp(`^${docxName.replace('.', '\\.')}\\.txt`));
    // Line numbers of the view and of the CLI's report differ (the view keeps mammoth's blank line
    // between paragraphs; the CLI counts paragraphs), so rows are matched by rule id and count.
    for (const ruleId of new Set(findings.map((f) => f.ruleId))) {
      const expected = findings.filter((f) => f.ruleId === ruleId).length;
      const rows = await workbench.waitForProblems(ruleId, expected);
      assert.equal(rows.length, expected, `${ruleId} rows: ${rows.map((r) => r.text).join('\n')}`);
    }
    await workbench.filterProblems(docxName);
    await shot('word-review-problems');
    await workbench.filterProblems('');

    const refusal = await workbench.typeIntoActiveEditor('x');
    assert.match(refusal, /read-only/i);
    assert.equal(await workbench.dirtyTabCount(), 0, 'the view took the edit');
    assert.ok(fs.readFileSync(docx).equals(bytes), `${docxName} was written`);
  });
}
