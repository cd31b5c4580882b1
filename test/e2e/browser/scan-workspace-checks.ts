import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { scanWithCli } from '../support/cli-findings';
import { riskSummary } from '../support/risk-summary';
import { waitFor } from '../support/wait-for';
import { CaveatViewDriver } from './caveat-view-driver';
import type { BrowserCheckContext } from './check-context';
import { checkWithScreenshot } from './example-checks';
import { NotificationRecorder, type SeenNotification } from './notification-recorder';

const progressTitle = 'Caveat: scanning the workspace';
/** A draft that no check opens in the editor, and the rule it must raise. */
const unopenedDraft = 'unopened/partner-letter.md';
export const UNOPENED_RULE = 'partner.beijing-institute-of-technology';
/** Drafts without findings, so that the scan runs long enough (several batches) to be cancelled. */
const fillerDrafts = 250;

function writeUnopenedDrafts(workspace: string): void {
  const file = path.join(workspace, unopenedDraft);
  fs.mkdirSync(path.join(path.dirname(file), 'notes'), { recursive: true });
  fs.writeFileSync(
    file,
    '# Letter of intent\n\nThe consortium will share hypersonic glide vehicle test data with Beijing Institute of Technology.\n',
  );
  for (let i = 1; i <= fillerDrafts; i++) {
    const name = path.join(path.dirname(file), 'notes', `meeting-${String(i).padStart(3, '0')}.md`);
    fs.writeFileSync(name, `# Meeting ${i}\n\nThe working group agreed the agenda for the soil survey and the next field day.\n`);
  }
}

async function scanResult(recorder: NotificationRecorder): Promise<{ message: string; seen: SeenNotification[] }> {
  return waitFor(
    'the "Caveat scanned …" message',
    async () => {
      const seen = await recorder.seen();
      const done = seen.find((n) => n.text.startsWith('Caveat scanned'));
      return done ? { message: done.text, seen } : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 250 },
  );
}

/**
 * `Caveat: Scan workspace` from the Command Palette: a cancellable progress notification (Cancel stops
 * the scan), then the findings of a draft that was never opened in the Problems panel and in the
 * Caveat view's workspace counts, as the CLI finds them on disk.
 */
export async function checkScanWorkspaceInWorkbench(context: BrowserCheckContext): Promise<void> {
  const { tally, workbench, page, workspace, shot } = context;
  const check = checkWithScreenshot(tally, shot, 'scan-workspace');
  writeUnopenedDrafts(workspace);
  const unopened = scanWithCli(path.join(workspace, unopenedDraft));
  const drafts = fs
    .readdirSync(workspace, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|tex|txt)$/.test(name))
    .map((name) => path.join(workspace, name));
  const onDisk = scanWithCli(drafts, { showAccepted: true });

  await check('Caveat: Scan workspace shows a cancellable progress notification, and Cancel stops the scan', async () => {
    // With no editor open, the scan reads every draft from disk (open drafts are scanned from the editor).
    assert.equal(await workbench.dirtyTabCount(), 0, 'unsaved drafts');
    await workbench.runCommand('View: Close All Editors');
    await workbench.showProblems();
    await waitFor('an empty Problems panel once the drafts are closed', async () => (await workbench.problemsTotal()) === 0);
    const recorder = await NotificationRecorder.start(page, { cancelOn: progressTitle });
    await workbench.runCommand('Caveat: Scan workspace');
    const { message, seen } = await scanResult(recorder);
    const progress = seen.find((n) => n.text.includes(progressTitle));
    assert.ok(progress, `no progress notification; seen: ${JSON.stringify(seen)}`);
    assert.ok(progress.buttons.includes('Cancel'), `the progress notification has no Cancel button: ${JSON.stringify(progress)}`);
    assert.match(message, /\(cancelled\)/, 'the scan was not stopped');
    const [, scanned] = /Caveat scanned (\d+) drafts/.exec(message) ?? [];
    assert.ok(Number(scanned) < fillerDrafts, message);
    assert.deepEqual(
      seen.filter((n) => !n.text.includes(progressTitle) && !n.text.startsWith('Caveat scanned')),
      [],
      'other notifications (an error?)',
    );
    await workbench.runCommand('Notifications: Clear All Notifications');
  });

  await check(`Caveat: Scan workspace lists the findings of ${unopenedDraft}, which was never opened`, async () => {
    assert.ok(
      unopened.some((f) => f.ruleId === UNOPENED_RULE),
      `the CLI does not find ${UNOPENED_RULE} in ${unopenedDraft}`,
    );
    const recorder = await NotificationRecorder.start(page);
    await workbench.runCommand('Caveat: Scan workspace');
    const { message, seen } = await scanResult(recorder);
    assert.ok(
      seen.some((n) => n.text.includes(progressTitle)),
      `no progress notification; seen: ${JSON.stringify(seen)}`,
    );
    const findings = onDisk.filter((f) => !f.accepted).length;
    assert.equal(message, `Caveat scanned ${drafts.length} drafts: ${findings} findings.`);
    const rows = await workbench.waitForProblems(UNOPENED_RULE);
    assert.deepEqual(
      rows.map((r) => r.line).sort(),
      unopened.filter((f) => f.ruleId === UNOPENED_RULE).map((f) => f.line),
    );
    await workbench.filterProblems('partner-letter');
    await shot('scan-workspace-problems');
    await workbench.filterProblems('');
  });

  await check('the Caveat view counts the findings of every draft in the workspace, as the CLI finds them', async () => {
    const view = new CaveatViewDriver(page);
    await view.open();
    const expected = riskSummary(onDisk);
    const shown = await view
      .waitForRows(`the Workspace row "${expected}"`, async () => {
        const row = (await view.rows()).find((r) => r.level === 1 && r.label === 'Workspace');
        return row?.description === expected ? row.description : undefined;
      })
      .catch(async (error: Error) => {
        const row = (await view.rows()).find((r) => r.level === 1 && r.label === 'Workspace');
        throw new Error(`${error.message}; shown: "${row?.description}"`);
      });
    assert.equal(shown, expected);
    await shot('scan-workspace-view');
  });
}
