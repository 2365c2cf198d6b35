/**
 * A link in an article leaves the app only through the system browser (or mail program), only
 * for http, https and mailto, and only after the user has seen the full address in a Persian
 * dialog and said yes. A page that tries to open many links at once gets one dialog, not a
 * cascade of them.
 */
import type { MessageBoxOptions } from 'electron';
import { dialogText, isolateLeftToRight, type DialogText } from './dialog-messages';

const OPENABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address to show and to open, or null if it is not one to leave the app for. Both are
 * the parsed `href`: its host is in punycode and its non-ASCII is %-escaped, so what the user
 * reads is exactly what is opened, with no look-alike letters or reordered text.
 */
export function openableLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return OPENABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export const OPEN_BUTTON = 1;

export function linkConfirmation(href: string, text: DialogText): MessageBoxOptions {
  const isMail = href.startsWith('mailto:');
  return {
    type: 'question',
    title: text['nativeDialog.appTitle'],
    message: text[isMail ? 'nativeDialog.link.mailMessage' : 'nativeDialog.link.webMessage'],
    detail: `${isolateLeftToRight(href)}\n\n${text['nativeDialog.link.detail']}`,
    buttons: [text['nativeDialog.link.cancel'], text[isMail ? 'nativeDialog.link.openInMail' : 'nativeDialog.link.openInBrowser']],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export interface LinkOpeningSteps {
  /** Shows the dialog; resolves with the index of the button the user chose. */
  confirm(options: MessageBoxOptions): Promise<number>;
  /** Hands the address to the system (shell.openExternal). */
  open(href: string): Promise<void>;
  log(message: string, error: unknown): void;
  /** The dialog's words in the user's language (main asks the archive). */
  text?: () => Promise<DialogText>;
}

/** Returns the function that handles a link the page tries to follow; it resolves true when the link was opened. */
export function createExternalLinkOpener(steps: LinkOpeningSteps): (url: string) => Promise<boolean> {
  let asking = false;
  return async (url) => {
    const href = openableLink(url);
    if (href === null || asking) return false;
    asking = true;
    try {
      if ((await steps.confirm(linkConfirmation(href, await (steps.text ?? dialogText)()))) !== OPEN_BUTTON) return false;
      await steps.open(href);
      return true;
    } catch (error) {
      steps.log('Opening a link outside Dabir failed', error);
      return false;
    } finally {
      asking = false;
    }
  };
}
