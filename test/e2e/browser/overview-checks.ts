import assert from 'node:assert/strict';
import path from 'node:path';
import { scanWithCli } from '../support/cli-findings';
import { byCategory, riskSummary } from '../support/risk-summary';
import { CaveatViewDriver } from './caveat-view-driver';
import type { BrowserCheckContext } from './check-context';
import { checkWithScreenshot } from './example-checks';

/**
 * The Caveat view in the activity bar, on one open draft: the active document's findings by category,
 * each with its count and red/orange/green summary, as `caveat scan --format json --show-accepted`
 * finds them in the same file; a category opens onto its findings (rule id, file and line).
 */
export async function checkOverviewInWorkbench(context: BrowserCheckContext, file: string): Promise<void> {
  const { tally, workbench, page, workspace, shot } = context;
  const check = checkWithScreenshot(tally, shot, 'overview');
  const view = new CaveatViewDriver(page);
  const findings = scanWithCli(path.join(workspace, file), { showAccepted: true });
  const groups = byCategory(findings);

  await check(`the Caveat view lists the findings of ${file} by category and risk, as the CLI finds them`, async () => {
    assert.ok(findings.length > 0, `the CLI finds nothing in ${file}`);
    await workbench.openFile(file);
    await view.open();
    const expected = [{ label: 'Active document', description: riskSummary(findings) }];
    for (const [category, inCategory] of groups) expected.push({ label: category, description: riskSummary(inCategory) });
    const shown = await view
      .waitForRows('the active document in the Caveat view', async () => {
        const rows = (await view.rowsUnder('Active document')).map(({ label, description }) => ({ label, description }));
        return JSON.stringify(rows) === JSON.stringify(expected) ? rows : undefined;
      })
      .catch(async (error: Error) => {
        throw new Error(
          `${error.message}\nexpected: ${JSON.stringify(expected)}\nshown: ${JSON.stringify(await view.rowsUnder('Active document'))}`,
        );
      });
    assert.deepEqual(shown, expected);
    await shot('overview-document');
  });

  const [category, inCategory] = [...groups].find(([, list]) => list.some((f) => f.risk === 'red')) ?? [...groups][0] ?? [];
  if (!category || !inCategory) return;
  await check(`the Caveat view opens "${category}" onto its findings in ${file}: rule ids and lines`, async () => {
    await view.expand('Active document', category);
    const rows = await view.rowsUnder('Active document');
    const at = rows.findIndex((r) => r.level === 2 && r.label === category);
    const findingRows = rows.slice(at + 1).filter((r, i, all) => r.level === 3 && all.slice(0, i).every((p) => p.level === 3));
    const key = (ruleId: string, line: number, accepted: boolean) => `${ruleId}@${file}:${line}${accepted ? ' · accepted' : ''}`;
    assert.deepEqual(
      findingRows.map((r) => `${r.label}@${r.description}`).sort(),
      inCategory.map((f) => key(f.ruleId, f.line, !!f.accepted)).sort(),
    );
    await shot('overview-category');
  });
}
