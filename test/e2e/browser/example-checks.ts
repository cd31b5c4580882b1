import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { scanWithCli } from '../support/cli-findings';
import { escapeRegExp, findPhrase, spanCoversLine } from '../support/document-positions';
import { type ExampleExpectation, findingCardText } from '../support/example-expectations';
import type { TestTally } from '../support/test-tally';
import { waitFor } from '../support/wait-for';
import type { WorkbenchDriver } from './workbench-driver';

const riskOrder = ['red', 'orange', 'green'] as const;

/** "Caveat: red 8": the highest risk the CLI finds in the draft and how many findings have it. */
export function expectedStatusText(file: string): string {
  const findings = scanWithCli(file);
  const highest = riskOrder.find((risk) => findings.some((f) => f.risk === risk));
  if (!highest) return 'Caveat: no risks';
  return `Caveat: ${highest} ${findings.filter((f) => f.risk === highest).length}`;
}

/** Wraps tally.check so that a failed check leaves a screenshot `<stem>-failed-N.png`. */
export function checkWithScreenshot(tally: TestTally, shot: (name: string) => Promise<void>, stem: string) {
  let failures = 0;
  return (name: string, body: () => Promise<void>) =>
    tally.check(name, async () => {
      try {
        await body();
      } catch (error) {
        failures += 1;
        await shot(`${stem}-failed-${failures}`).catch(() => undefined);
        throw error;
      }
    });
}

/** One example draft in the workbench: Problems rows, status bar, hovers, a quick fix. */
export async function checkExampleInWorkbench(
  tally: TestTally,
  workbench: WorkbenchDriver,
  example: ExampleExpectation,
  workspace: string,
  shot: (name: string) => Promise<void>,
): Promise<void> {
  const file = path.join(workspace, example.file);
  const text = fs.readFileSync(file, 'utf8');
  const stem = example.file.replace(/\W+/g, '-');
  const linesOf = (phrase: string) => findPhrase(text, phrase);
  const check = checkWithScreenshot(tally, shot, stem);
  const opened = await check(`${example.file}: opens in the editor`, async () => workbench.openFile(example.file));
  if (!opened) return;

  await check(`${example.file}: the Problems panel lists the expected Caveat entries`, async () => {
    for (const expected of example.findings) {
      const span = linesOf(expected.phrase);
      const rows = await workbench.waitForProblems(expected.ruleId);
      const row = rows.find((r) => spanCoversLine(span, r.line - 1));
      const seen = rows.map((r) => r.text).join('\n');
      assert.ok(row, `${expected.ruleId} on line ${span.start.line + 1} not listed; rows:\n${seen}`);
      assert.equal(row.severity, expected.severity, `severity icon of ${row.text}`);
    }
    await workbench.filterProblems(`${example.file.split('.')[0]}`);
    await shot(`${stem}-problems`);
    await workbench.filterProblems('');
  });

  await check(`${example.file}: the status bar shows the highest risk`, async () => {
    const expected = expectedStatusText(file);
    const shown = await waitFor(`status bar "${expected}"`, async () => {
      const item = await workbench.statusBarItem(/Caveat/);
      return item.includes(expected) ? item : undefined;
    });
    assert.ok(shown.includes(expected));
  });

  await check(`${example.file}: hovering a finding shows its finding card`, async () => {
    const finding = example.findings[0];
    const { start } = linesOf(finding.phrase);
    await workbench.goTo(start.line + 1, start.character + 2);
    const hover = await workbench.hoverAtCursor(findingCardText);
    assert.ok(hover.includes(finding.ruleId), hover);
    assert.match(hover, findingCardText);
    await shot(`${stem}-finding-hover`);
    await workbench.dismissHover();
  });

  const { lawHover } = example;
  if (lawHover) {
    await check(`${example.file}: hovering "${lawHover.word}" shows its law card`, async () => {
      const { start } = linesOf(lawHover.word);
      await workbench.goTo(start.line + 1, start.character + 2);
      const hover = await workbench.hoverAtCursor(lawHover.cardText);
      assert.match(hover, lawHover.cardText);
      await shot(`${stem}-law-hover`);
      await workbench.dismissHover();
    });
  }

  await check(`${example.file}: Ctrl+. applies a quick fix for ${example.quickFix.ruleId}`, async () => {
    const { ruleId, title, answer, textAfter } = example.quickFix;
    const finding = example.findings.find((f) => f.ruleId === ruleId);
    assert.ok(finding, `${ruleId} is not among the expected findings`);
    assert.doesNotMatch(text, textAfter, 'the draft already holds the fix');
    const span = linesOf(finding.phrase);
    const rowsBefore = (await workbench.waitForProblems(ruleId)).length;
    const totalBefore = await workbench.problemsTotal();
    await workbench.goTo(span.start.line + 1, span.start.character + 2);
    await workbench.applyQuickFix(title, answer);
    await workbench.save();
    assert.match(fs.readFileSync(file, 'utf8'), textAfter);
    // Both the rule's rows and the badge's total must drop: an empty, re-rendering list alone is no proof.
    await waitFor(`fewer ${ruleId} rows than ${rowsBefore} and fewer problems than ${totalBefore}`, async () => {
      const rows = await workbench.problemRows(ruleId);
      return rows.length < rowsBefore && (await workbench.problemsTotal()) < totalBefore;
    });
    await shot(`${stem}-quick-fix`);
  });
}

/** Ctrl+. on a finding, "Caveat: insert a mitigation clause (…)", Ctrl+S: the clause is in the file. */
export async function checkEditFixInWorkbench(
  tally: TestTally,
  workbench: WorkbenchDriver,
  example: ExampleExpectation,
  workspace: string,
  shot: (name: string) => Promise<void>,
): Promise<void> {
  const { ruleId, titleContains, textAfter } = example.editFix;
  const file = path.join(workspace, example.file);
  const stem = `${example.file.replace(/\W+/g, '-')}-mitigation`;
  const check = checkWithScreenshot(tally, shot, stem);
  await check(`${example.file}: Ctrl+. "${titleContains}" at ${ruleId} writes the clause`, async () => {
    const text = fs.readFileSync(file, 'utf8');
    const finding = example.findings.find((f) => f.ruleId === ruleId);
    assert.ok(finding, `${ruleId} is not among the expected findings`);
    assert.doesNotMatch(text, textAfter, 'the draft already holds the clause');
    const { start } = findPhrase(text, finding.phrase);
    await workbench.goTo(start.line + 1, start.character + 2);
    await workbench.applyQuickFix(new RegExp(escapeRegExp(titleContains)));
    await workbench.save();
    assert.match(fs.readFileSync(file, 'utf8'), textAfter);
    await shot(`${stem}-clause`);
  });
}
