import type { Page } from 'playwright-core';

/** A notification toast as it first appeared on screen. */
export interface SeenNotification {
  text: string;
  buttons: string[];
}

/**
 * Runs in the page (plain JavaScript: the project's type check has no DOM library). Each toast element
 * is recorded once, when its message is rendered; a toast whose text contains the cancel marker gets
 * its Cancel button clicked at once.
 */
const recorderScript = `(() => {
  const seen = new WeakSet();
  window.__caveatSeenNotifications = [];
  const record = (toast) => {
    if (seen.has(toast)) return;
    const message = toast.querySelector('.notification-list-item-message');
    const text = ((message && message.innerText) || '').replace(/\\s+/g, ' ').trim();
    if (!text) return;
    seen.add(toast);
    const buttons = [...toast.querySelectorAll('.monaco-button')];
    window.__caveatSeenNotifications.push({ text, buttons: buttons.map((b) => b.innerText.trim()) });
    const marker = window.__caveatCancelOn;
    if (marker && text.includes(marker)) {
      const cancel = buttons.find((b) => b.innerText.trim() === 'Cancel');
      if (cancel) {
        window.__caveatCancelOn = undefined;
        cancel.click();
      }
    }
  };
  const scan = () => document.querySelectorAll('.notifications-toasts .notification-toast').forEach(record);
  if (window.__caveatObserver) window.__caveatObserver.disconnect();
  window.__caveatObserver = new MutationObserver(scan);
  window.__caveatObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
  scan();
})()`;

/**
 * Records every notification toast the workbench shows from now on, even one gone before a check could
 * look (the progress notification of a fast scan), by watching the DOM for new toasts. "One message, not
 * a stream" is the number of toasts a user saw. Toasts already on screen when it starts are counted too.
 */
export class NotificationRecorder {
  private constructor(private readonly page: Page) {}

  /** With `cancelOn`, clicks Cancel on the first toast whose text contains it, the moment it appears. */
  static async start(page: Page, { cancelOn }: { cancelOn?: string } = {}): Promise<NotificationRecorder> {
    await page.evaluate((marker) => {
      (globalThis as { __caveatCancelOn?: string }).__caveatCancelOn = marker;
    }, cancelOn);
    await page.evaluate(recorderScript);
    return new NotificationRecorder(page);
  }

  /** Every toast seen since start(), in order. */
  async seen(): Promise<SeenNotification[]> {
    return this.page.evaluate(() => (globalThis as { __caveatSeenNotifications?: SeenNotification[] }).__caveatSeenNotifications ?? []);
  }
}
