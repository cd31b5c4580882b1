import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/document-positions';
import { waitFor } from '../support/wait-for';

/** One row of the Problems panel as a user reads it. */
export interface ProblemRow {
  text: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'information' | 'unknown';
}

/** The row's aria-label starts with its severity ("Error: ...", "Warning: ...", "Info: ..."). */
function severityOfAriaLabel(label: string): ProblemRow['severity'] {
  if (/^error\b/i.test(label)) return 'error';
  if (/^warning\b/i.test(label)) return 'warning';
  if (/^info/i.test(label)) return 'information';
  return 'unknown';
}

const problemPosition = /\[Ln (\d+), Col (\d+)\]/;

/**
 * Drives the VS Code workbench served by code-server the way a user does: keyboard shortcuts,
 * Quick Open, the Problems panel, hovers, the quick-fix menu and the status bar.
 */
export class WorkbenchDriver {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
  }

  /**
   * File: Open File..., the file's full path typed into code-server's open dialog: for a file written
   * during the run, which Quick Open's file list may not hold yet.
   */
  async openFileByPath(file: string): Promise<void> {
    const name = file.split('/').pop() ?? file;
    await this.runCommandThatAsks('File: Open File...', /\//);
    await this.answerQuickInput(file);
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    await waitFor(
      `editor text of ${name}`,
      async () => ((await this.activeEditor().locator('.view-lines').textContent()) ?? '').trim().length > 0,
    );
  }

  /** Quick Open (Ctrl+P) by file name, clicking its row; waits for the tab and the editor text. */
  async openFile(fileName: string): Promise<void> {
    const activeTab = this.page.locator('.tabs-container .tab.active', { hasText: fileName });
    // A widget left open (a menu, a hover) can swallow Ctrl+P: close it and try again, a bounded number of times.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+P');
      const quickInput = this.page.locator('.quick-input-widget');
      const opened = await quickInput
        .locator('input')
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (!opened) continue;
      await quickInput.locator('input').fill(fileName);
      await quickInput.locator('.monaco-list-row', { hasText: fileName }).first().click();
      const shown = await activeTab
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
    }
    await activeTab.waitFor({ timeout: 5_000 });
    await waitFor(`editor text of ${fileName}`, async () => {
      const text = (await this.activeEditor().locator('.view-lines').textContent()) ?? '';
      return text.trim().length > 0;
    });
  }

  private activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  private problemsPanel(): Locator {
    return this.page.locator('.markers-panel');
  }

  async showProblems(): Promise<void> {
    if (await this.problemsPanel().isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.problemsPanel().waitFor();
  }

  private problemsFilterInput(): Locator {
    return this.page.locator('.viewpane-filter-container input').first();
  }

  /** Types into the Problems filter box; an empty string clears it. */
  async filterProblems(text: string): Promise<void> {
    await this.showProblems();
    await this.problemsFilterInput().fill(text);
  }

  /** Problem rows (not file rows) currently listed, optionally only those containing `fragment`. */
  async problemRows(fragment = ''): Promise<ProblemRow[]> {
    // One snapshot of all rows: the list re-renders while diagnostics change, so rows are not read one by one.
    const rows = await this.problemsPanel()
      .locator('.monaco-list-row')
      .evaluateAll((elements) =>
        elements.map((element) => ({ text: element.textContent ?? '', label: element.getAttribute('aria-label') ?? '' })),
      );
    return rows.flatMap(({ text: rawText, label }) => {
      const text = rawText.replace(/\s+/g, ' ').trim();
      const position = problemPosition.exec(text);
      if (!position || !text.includes(fragment)) return [];
      return [{ text, line: Number(position[1]), column: Number(position[2]), severity: severityOfAriaLabel(label) }];
    });
  }

  /** The number on the Problems tab's badge: all problems of all open files. */
  async problemsTotal(): Promise<number> {
    const badge = this.page.locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content');
    if ((await badge.count()) === 0) return 0;
    const text = ((await badge.first().textContent()) ?? '').trim();
    if (text === '') return 0; // the badge is there but empty when nothing is listed
    const total = Number.parseInt(text, 10);
    if (Number.isNaN(total)) throw new Error('the Problems badge shows no number');
    return total;
  }

  /** Waits until the Problems panel, filtered by `filter`, lists at least `minimum` rows. */
  async waitForProblems(filter: string, minimum = 1, timeoutMs = 60_000): Promise<ProblemRow[]> {
    await this.filterProblems(filter);
    return waitFor(
      `${minimum}+ Problems rows matching "${filter}"`,
      async () => {
        // A fill can be lost while the panel re-renders: put the filter back when it is not there.
        if ((await this.problemsFilterInput().inputValue()) !== filter) await this.filterProblems(filter);
        const rows = await this.problemRows(filter);
        return rows.length >= minimum ? rows : undefined;
      },
      { timeoutMs, intervalMs: 300 },
    );
  }

  /** F1, type the command's label, run it. */
  async runCommand(label: string): Promise<void> {
    await this.startCommand(label);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * F1, run the command, and wait for the quick input it opens in place of the Command Palette (a quick
   * pick or code-server's simple file dialog) to show `prompt` (its placeholder, title or value).
   */
  async runCommandThatAsks(label: string, prompt: RegExp): Promise<void> {
    await this.startCommand(label);
    await this.waitForQuickInput(prompt);
  }

  private async startCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const quickInput = this.page.locator('.quick-input-widget');
    await quickInput.locator('input').waitFor();
    await this.page.keyboard.type(label);
    await quickInput.locator('.monaco-list-row', { hasText: label }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** What the open quick input shows: placeholder, title and value (the palette's value starts with ">"). */
  async quickInputState(): Promise<{ visible: boolean; placeholder: string; title: string; value: string }> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('input').first();
    const visible = await widget.isVisible();
    if (!visible) return { visible, placeholder: '', title: '', value: '' };
    return {
      visible,
      placeholder: (await input.getAttribute('placeholder')) ?? '',
      title: ((await widget.locator('.quick-input-title').textContent()) ?? '').trim(),
      value: await input.inputValue(),
    };
  }

  /** Waits until a quick input other than the Command Palette is open and shows `prompt`. */
  async waitForQuickInput(prompt: RegExp): Promise<void> {
    await waitFor(`a quick input showing ${prompt}`, async () => {
      const state = await this.quickInputState();
      if (!state.visible || state.value.startsWith('>')) return false;
      return prompt.test(state.placeholder) || prompt.test(state.title) || prompt.test(state.value);
    });
  }

  /** Clicks the quick pick's item whose label is exactly `label`. */
  async pickQuickItem(label: string): Promise<void> {
    const row = this.page.locator('.quick-input-widget .monaco-list-row').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().click();
  }

  /**
   * Types `value` into the open quick input (e.g. a path into code-server's simple file dialog) and
   * accepts it (the dialog's OK button, or Enter), until the input closes. The dialog lists the folder of
   * the typed path while it is typed, and can take an Enter for that: accepting is repeated, at most 3 times.
   */
  async answerQuickInput(value: string): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('input').first();
    // The simple file dialog sets its own value (the start folder) once it has listed it; a fill that
    // lands before that is overwritten. Fill again until the value holds.
    let seen = '';
    await waitFor(`the quick input to hold ${value}`, async () => {
      seen = await input.inputValue();
      if (seen === value) return true;
      await input.fill(value);
      return false;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; it held ${JSON.stringify(seen)}`);
    });
    const ok = widget.locator('.monaco-button', { hasText: /^OK$/ });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      if (await ok.isVisible()) await ok.click();
      else await this.page.keyboard.press('Enter');
      const closed = await widget
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (closed) return;
      if ((await input.inputValue()) !== value) await input.fill(value);
    }
    throw new Error(`the quick input did not accept ${value}`);
  }

  /** Ctrl+G line:column (1-based), then waits for the cursor position in the status bar. */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor().click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor();
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('#workbench\\.parts\\.statusbar', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
  }

  /** Moves the mouse onto the text under the cursor and returns the hover widget's text. */
  async hoverAtCursor(expected: string | RegExp): Promise<string> {
    const cursor = this.activeEditor().locator('.cursors-layer .cursor').first();
    const box = await waitFor('the editor cursor', async () => (await cursor.boundingBox()) ?? undefined);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected });
    await this.page.mouse.move(box.x + 3, box.y + box.height / 2);
    try {
      await hover.first().waitFor({ timeout: 10_000 });
    } catch {
      // Fall back to the keyboard command when the mouse hover did not show (e.g. a moved layout).
      await this.runCommand('Show or Focus Hover');
      await hover.first().waitFor({ timeout: 10_000 });
    }
    return ((await hover.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async dismissHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  /**
   * Ctrl+. at the cursor; applies the first quick fix matching `pick`, types `answer` into the input box
   * it opens (if given), and returns the titles offered.
   */
  async applyQuickFix(pick: string | RegExp, answer?: string): Promise<string[]> {
    const menu = this.page.locator('.action-widget:not(.action-list-submenu-panel)');
    // The menu lists what the providers answered at the moment of Ctrl+.; ask again if it did not open.
    let opened = false;
    for (let attempt = 1; attempt <= 3 && !opened; attempt += 1) {
      await this.page.keyboard.press('Control+.');
      opened = await menu
        .locator('.monaco-list-row')
        .first()
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
    }
    if (!opened) {
      const note = await this.page.locator('.monaco-editor-overlaymessage').allTextContents();
      throw new Error(`Ctrl+. opened no quick-fix menu${note.length ? `; the editor said: ${note.join(' ')}` : ''}`);
    }
    const titles = (await menu.locator('.monaco-list-row').allInnerTexts()).map((t) => t.trim());
    const choice = menu.locator('.monaco-list-row.action', { hasText: pick }).first();
    if ((await choice.count()) === 0) {
      await this.page.keyboard.press('Escape');
      throw new Error(`no quick fix matching ${String(pick)}; offered: ${JSON.stringify(titles)}`);
    }
    await choice.click();
    await menu.first().waitFor({ state: 'hidden' });
    if (answer !== undefined) {
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill(answer);
      await this.page.keyboard.press('Enter');
      await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }
    return titles;
  }

  /**
   * Waits until the active tab is dirty (a quick fix's edit can land after its menu closed), then Ctrl+S
   * and waits until it is clean again.
   */
  async save(): Promise<void> {
    const dirtyTab = this.page.locator('.tabs-container .tab.active.dirty');
    await dirtyTab.waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Control+S');
    await dirtyTab.waitFor({ state: 'detached', timeout: 10_000 });
  }

  /** Clicks into the active editor's text and waits until the editor has the focus. */
  async focusActiveEditor(): Promise<void> {
    await this.activeEditor()
      .locator('.view-lines')
      .click({ position: { x: 5, y: 5 } });
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ timeout: 5_000 });
  }

  /** How many editor tabs hold unsaved changes. */
  async dirtyTabCount(): Promise<number> {
    return this.page.locator('.tabs-container .tab.dirty').count();
  }

  /** Ctrl+End in the active editor, then types `text` as a user does. */
  async typeAtEnd(text: string): Promise<void> {
    await this.focusActiveEditor();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /**
   * Types `text` into the active editor, which must refuse it: returns the editor's message (e.g.
   * "Cannot edit in read-only editor").
   */
  async typeIntoActiveEditor(text: string): Promise<string> {
    await this.focusActiveEditor();
    await this.page.keyboard.type(text);
    const message = this.page.locator('.monaco-editor-overlaymessage').first();
    await message.waitFor({ timeout: 10_000 });
    return ((await message.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The text of the first status-bar item matching `pattern`, waiting until one shows. */
  async statusBarItem(pattern: RegExp): Promise<string> {
    const item = this.page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: pattern }).first();
    await item.waitFor({ timeout: 30_000 });
    return ((await item.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Texts of the notification toasts on screen (as rendered: no style sheets of their lists). */
  async notificationTexts(): Promise<string[]> {
    const texts = await this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Waits until the active editor tab's title matches `pattern` and returns it. */
  async activeTabTitle(pattern: RegExp): Promise<string> {
    const tab = this.page.locator('.tabs-container .tab.active', { hasText: pattern });
    await tab.waitFor({ timeout: 15_000 });
    return ((await tab.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Text of the active webview (e.g. a Markdown preview), once it matches `expected`. */
  async webviewText(expected: RegExp): Promise<string> {
    const body = this.page.frameLocator('.webview.ready').last().frameLocator('#active-frame').locator('body');
    await body.filter({ hasText: expected }).waitFor({ timeout: 20_000 });
    return ((await body.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }
}
