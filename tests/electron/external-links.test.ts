/**
 * Links out of the app: only http, https and mailto; only after a Persian dialog that shows
 * the full address the system will get; one dialog at a time.
 */
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { dialogText, dialogTextFor, readDialogLocaleFrom } from '../../electron/dialog-messages';
import { createExternalLinkOpener, OPEN_BUTTON, openableLink } from '../../electron/external-links';

function opener(choice: number | (() => Promise<number>)) {
  const dialogs: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const open = createExternalLinkOpener({
    confirm: (options) => {
      dialogs.push(options);
      return typeof choice === 'number' ? Promise.resolve(choice) : choice();
    },
    open: async (href) => void opened.push(href),
    log: () => undefined,
  });
  return { open, dialogs, opened };
}

describe('opening a link from an article', () => {
  it('opens a web link in the system browser only after the user confirms, showing the full address', async () => {
    const url = 'https://www.irna.ir/news/85012345/سفر-وزیر-خارجه?ref=desk#بخش-۲';
    const href = new URL(url).href;
    const confirmed = opener(OPEN_BUTTON);
    expect(await confirmed.open(url)).toBe(true);
    expect(confirmed.opened).toEqual([href]);
    const [dialog] = confirmed.dialogs;
    expect(dialog.message).toBe('این پیوند در مرورگر باز شود؟');
    expect(dialog.detail).toContain(`\u2066${href}\u2069`);
    expect(dialog.buttons).toEqual(['باز نکن', 'در مرورگر باز کن']);
    // Enter or Escape keeps the link closed.
    expect(dialog.defaultId).toBe(0);
    expect(dialog.cancelId).toBe(0);

    const declined = opener(0);
    expect(await declined.open(url)).toBe(false);
    expect(declined.dialogs).toHaveLength(1);
    expect(declined.opened).toEqual([]);
  });

  it('names the mail program for a mailto link', async () => {
    const mail = opener(OPEN_BUTTON);
    await mail.open('mailto:desk@example.org?subject=گزارش');
    expect(mail.dialogs[0].message).toBe('این نشانی در برنامهٔ ایمیل باز شود؟');
    expect(mail.opened).toEqual([new URL('mailto:desk@example.org?subject=گزارش').href]);
  });

  it('shows and opens a look-alike host in punycode, the address that is really visited', async () => {
    const spoof = opener(OPEN_BUTTON);
    await spoof.open('https://аpple.com/login');
    expect(spoof.dialogs[0].detail).toContain('https://xn--pple-43d.com/login');
    expect(spoof.opened).toEqual(['https://xn--pple-43d.com/login']);
  });

  it('never offers anything but http, https and mailto', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://dabir/index.html', 'ms-settings:', 'not a url']) {
      expect(openableLink(url), url).toBeNull();
      const attempt = opener(OPEN_BUTTON);
      expect(await attempt.open(url), url).toBe(false);
      expect(attempt.dialogs, url).toEqual([]);
    }
  });

  it('shows one dialog at a time, however many links the page tries to open', async () => {
    let answer!: (choice: number) => void;
    const flood = opener(() => new Promise((resolve) => (answer = resolve)));
    const first = flood.open('https://example.org/1');
    expect(await flood.open('https://example.org/2')).toBe(false);
    await vi.waitFor(() => expect(flood.dialogs).toHaveLength(1));
    answer(OPEN_BUTTON);
    expect(await first).toBe(true);
    expect(flood.dialogs).toHaveLength(1);
    expect(flood.opened).toEqual(['https://example.org/1']);
  });

  it('opens nothing when the dialog fails', async () => {
    const broken = opener(() => Promise.reject(new Error('no display')));
    expect(await broken.open('https://example.org/')).toBe(false);
    expect(broken.opened).toEqual([]);
  });

  it('asks in the language the user chose, from the catalogue the window uses', async () => {
    const dialogs: MessageBoxOptions[] = [];
    const open = createExternalLinkOpener({
      confirm: async (options) => (dialogs.push(options), 0),
      open: async () => undefined,
      log: () => undefined,
      text: async () => dialogTextFor('en'),
    });
    await open('https://www.un.org/en/');
    expect(dialogs[0].message).toBe('Open this link in your browser?');
    expect(dialogs[0].buttons).toEqual(["Don't open", 'Open in browser']);
  });
});

describe("main's dialogs", () => {
  it('follow the language setting main reads from the archive, and keep the last one read when the archive cannot answer', async () => {
    readDialogLocaleFrom(async () => 'en');
    expect((await dialogText())['nativeDialog.unsaved.message']).toBe('The latest changes could not be saved.');
    readDialogLocaleFrom(async () => {
      throw new Error('the archive is closed');
    });
    expect((await dialogText())['nativeDialog.unsaved.stay']).toBe('Stay');
    readDialogLocaleFrom(async () => 'fa');
    expect((await dialogText())['nativeDialog.unsaved.stay']).toBe('می‌مانم');
  });
});
