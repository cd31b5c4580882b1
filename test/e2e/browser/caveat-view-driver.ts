import type { Page } from 'playwright-core';
import { waitFor } from '../support/wait-for';

/** One row of the Caveat view's tree as a user reads it: its label, its description and its depth. */
export interface ViewRow {
  label: string;
  description: string;
  level: number;
  expanded: boolean | undefined;
}

/** The Caveat view in the activity bar ("Findings"): opens it and reads its tree. */
export class CaveatViewDriver {
  constructor(private readonly page: Page) {}

  private pane() {
    return this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator('.pane-header', { hasText: 'Findings' }) });
  }

  /** Clicks Caveat's icon in the activity bar and waits for its Findings view. */
  async open(): Promise<void> {
    if (!(await this.pane().isVisible())) {
      await this.page.locator('.activitybar .action-label[aria-label="Caveat"]').click();
    }
    await this.pane().locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  }

  /** Every row currently rendered, in order. */
  async rows(): Promise<ViewRow[]> {
    return this.pane()
      .locator('.monaco-list-row')
      .evaluateAll((elements) =>
        elements.map((element) => ({
          label: (element.querySelector('.label-name')?.textContent ?? '').trim(),
          description: (element.querySelector('.label-description')?.textContent ?? '').trim(),
          level: Number(element.getAttribute('aria-level') ?? '0'),
          expanded: element.hasAttribute('aria-expanded') ? element.getAttribute('aria-expanded') === 'true' : undefined,
        })),
      );
  }

  /** The rows below the top-level row `scope` ("Active document" or "Workspace"), down to the next top-level row. */
  async rowsUnder(scope: string): Promise<ViewRow[]> {
    const rows = await this.rows();
    const start = rows.findIndex((r) => r.level === 1 && r.label === scope);
    if (start < 0) return [];
    const end = rows.findIndex((r, i) => i > start && r.level === 1);
    return rows.slice(start, end < 0 ? undefined : end);
  }

  /** Waits until `probe` accepts the rows (the tree refreshes as diagnostics arrive). */
  async waitForRows<T>(description: string, probe: (rows: ViewRow[]) => T | undefined | false, timeoutMs = 30_000): Promise<T> {
    return waitFor(description, async () => probe(await this.rows()), { timeoutMs, intervalMs: 250 });
  }

  /** Expands the category row `label` under `scope` (a click on the collapsed row) and waits for its findings. */
  async expand(scope: string, label: string): Promise<void> {
    const rows = await this.rows();
    const scopeAt = rows.findIndex((r) => r.level === 1 && r.label === scope);
    const at = rows.findIndex((r, i) => i > scopeAt && r.level === 2 && r.label === label);
    if (scopeAt < 0 || at < 0 || rows.slice(scopeAt + 1, at).some((r) => r.level === 1))
      throw new Error(`no row "${label}" under "${scope}"`);
    if (!rows[at].expanded) await this.pane().locator('.monaco-list-row').nth(at).click();
    await this.waitForRows(`the findings under "${label}"`, (after) => after[at + 1]?.level === 3);
  }
}
