import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type CliFinding, reportWithCli, scanWithCli } from '../support/cli-findings';
import { testResultsDir } from '../support/repo-paths';
import { waitFor } from '../support/wait-for';
import type { BrowserCheckContext } from './check-context';
import { checkWithScreenshot } from './example-checks';

/** Every file of the workspace with a hash of its bytes, to prove that an export edits no draft. */
function fingerprints(workspace: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(workspace, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(workspace, name);
    if (fs.statSync(file).isFile()) out.set(name, createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

/**
 * `rule@line` of each finding under the report's heading `section` ("## Findings", "## Accepted
 * findings"), read from "**Where**: `file`, line N" and "**Rule**: `id`".
 */
function reportedFindings(report: string, section: string): string[] {
  const out: string[] = [];
  const [, body = ''] = report.split(new RegExp(`^## ${section}$`, 'm'));
  for (const block of body.split(/^## /m)[0].split(/^### /m).slice(1)) {
    const where = /\*\*Where\*\*: `[^`]*`, line (\d+)/.exec(block);
    const rule = /\*\*Rule\*\*: `([^`]+)`/.exec(block);
    if (where && rule) out.push(`${rule[1]}@${where[1]}`);
  }
  return out;
}

/**
 * `Caveat: Export review report` from the Command Palette on one open draft: "Current document",
 * "Markdown", a file name typed into code-server's save dialog; the report is written there with the
 * findings the CLI finds in the draft, and no draft is touched.
 */
export async function checkExportReportInWorkbench(context: BrowserCheckContext, file: string): Promise<void> {
  const { tally, workbench, workspace, shot } = context;
  const check = checkWithScreenshot(tally, shot, 'export-report');
  await check(`Caveat: Export review report writes the report of ${file} with the findings the CLI finds`, async () => {
    const target = path.join(workspace, 'reports-of-this-run', `review-of-${path.parse(file).name}.md`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const before = fingerprints(workspace);
    const findings = scanWithCli(path.join(workspace, file), { showAccepted: true });
    const open = findings.filter((f) => !f.accepted);
    assert.ok(open.length > 0, `the CLI finds nothing in ${file}`);

    await workbench.openFile(file);
    await workbench.runCommandThatAsks('Caveat: Export review report', /^Report on$/);
    await workbench.pickQuickItem('Current document');
    await workbench.waitForQuickInput(/^Report format$/);
    await workbench.pickQuickItem('Markdown');
    await workbench.waitForQuickInput(/caveat-review-[\d-]+\.md$/);
    await shot('export-report-save-dialog');
    await workbench.answerQuickInput(target);
    await waitFor(`the report at ${target}`, () => fs.existsSync(target) && fs.statSync(target).size > 0, { timeoutMs: 60_000 });
    await waitFor('the "review report written" message', async () =>
      (await workbench.notificationTexts()).some((t) => t.includes('review report written to')),
    );

    const report = fs.readFileSync(target, 'utf8');
    fs.copyFileSync(target, path.join(testResultsDir, 'browser', path.basename(target)));
    const key = (f: CliFinding) => `${f.ruleId}@${f.line}`;
    assert.deepEqual(reportedFindings(report, 'Findings').sort(), open.map(key).sort(), 'findings in the report');
    const accepted = findings.filter((f) => f.accepted);
    assert.deepEqual(reportedFindings(report, 'Accepted findings').sort(), accepted.map(key).sort(), 'accepted findings in the report');
    const count = (risk: string) => open.filter((f) => f.risk === risk).length;
    const summary = `${count('red')} red, ${count('orange')} orange, ${count('green')} green finding(s) in 1 file(s)`;
    assert.ok(report.includes(summary), `the report's summary is not "${summary}"`);
    for (const f of accepted) assert.ok(report.includes(`**Accepted**: ${f.accepted?.reason}`), `no reason for accepting ${key(f)}`);
    // The whole report is the CLI's run in the workspace folder (with the editor's default
    // jurisdiction): the draft named relative to it, the reviewer's folders nowhere.
    const fromCli = reportWithCli([file], { cwd: workspace, jurisdiction: 'EU' });
    const undated = (text: string) => text.replace(/^Date: \S+/m, 'Date: (today)');
    assert.equal(undated(report), undated(fromCli), "the report differs from the CLI's");
    assert.ok(!report.includes(workspace), 'the report names the workspace folder');
    const after = fingerprints(workspace);
    after.delete(path.relative(workspace, target));
    assert.deepEqual(after, before, 'files of the workspace changed');
    assert.equal(await workbench.dirtyTabCount(), 0, 'an editor holds unsaved changes');
    await shot('export-report-written');
  });
}
