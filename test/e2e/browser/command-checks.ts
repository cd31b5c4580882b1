import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { escapeRegExp, findPhrase } from '../support/document-positions';
import type { ExampleExpectation } from '../support/example-expectations';
import { repoRoot } from '../support/repo-paths';
import type { TestTally } from '../support/test-tally';
import { checkWithScreenshot } from './example-checks';
import type { WorkbenchDriver } from './workbench-driver';

/** The extension's commands from the Command Palette (F1), as a user runs them, on one draft. */
export async function checkCommandsInWorkbench(
  tally: TestTally,
  workbench: WorkbenchDriver,
  example: ExampleExpectation,
  workspace: string,
  shot: (name: string) => Promise<void>,
): Promise<void> {
  const finding = example.findings[0];
  const check = checkWithScreenshot(tally, shot, 'commands');
  await check(`Caveat: Rescan keeps ${finding.ruleId} listed in ${example.file}`, async () => {
    await workbench.openFile(example.file);
    await workbench.runCommand('Caveat: Rescan');
    await workbench.waitForProblems(finding.ruleId);
    const errors = await workbench.notificationTexts();
    assert.deepEqual(
      errors.filter((text) => /caveat|command/i.test(text)),
      [],
      'notifications after the command',
    );
  });

  await check(`Caveat: Show guidance on ${finding.ruleId} opens its guidance page in a Markdown preview`, async () => {
    await workbench.openFile(example.file);
    const text = fs.readFileSync(path.join(workspace, example.file), 'utf8');
    const { start } = findPhrase(text, finding.phrase);
    await workbench.goTo(start.line + 1, start.character + 2);
    await workbench.runCommand('Caveat: Show guidance');
    const title = await workbench.activeTabTitle(/^Preview /);
    const [, pageId] = /^Preview ([\w-]+)\.md/.exec(title) ?? [];
    assert.ok(pageId, `tab "${title}" names no guidance page`);
    const guidance = fs.readFileSync(path.join(repoRoot, 'rules', 'guidance', `${pageId}.md`), 'utf8');
    const [, pageTitle] = /^title:\s*(.+)$/m.exec(guidance) ?? [];
    assert.ok(pageTitle, `rules/guidance/${pageId}.md has no title`);
    await workbench.webviewText(new RegExp(escapeRegExp(pageTitle.trim())));
    await shot('show-guidance');
  });
}
