/**
 * The window's close handshake under Node: the page is asked to save, the user is asked when
 * it could not, and a failure anywhere (the dialog above all) leaves the window open and the
 * next close working, never a window that ignores its close button.
 */
import { describe, expect, it } from 'vitest';
import { createCloseHandshake, type CloseHandshakeSteps } from '../../electron/close-handshake';

/** A window whose close button the test presses, with scripted answers from the page and the user. */
function windowWith(answers: { saves: (() => Promise<boolean>)[]; dialogs: (() => Promise<boolean>)[] }) {
  const log: string[] = [];
  let closed = 0;
  let destroyed = false;
  const steps: CloseHandshakeSteps = {
    askRendererToSave: () => (log.push('ask page'), answers.saves.shift()!()),
    confirmLosingChanges: () => (log.push('ask user'), answers.dialogs.shift()!()),
    close: () => {
      closed += 1;
      onClose({ preventDefault: () => log.push('close prevented') });
    },
    isDestroyed: () => destroyed,
    log: (message) => log.push(`log: ${message}`),
  };
  const onClose = createCloseHandshake(steps);
  return {
    log,
    closed: () => closed,
    destroy: () => (destroyed = true),
    /** Presses close; returns whether the close went through at once (not prevented). */
    pressClose(): boolean {
      let prevented = false;
      onClose({ preventDefault: () => (prevented = true) });
      return !prevented;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const yes = async () => true;
const no = async () => false;
const failing = (message: string) => async (): Promise<boolean> => Promise.reject(new Error(message));

describe('closing the window', () => {
  it('closes once the page says everything is saved, without asking the user', async () => {
    const window = windowWith({ saves: [yes], dialogs: [] });
    expect(window.pressClose()).toBe(false);
    await settle();
    expect(window.closed()).toBe(1);
    expect(window.log).toEqual(['ask page']);
  });

  it('asks the user when the page could not save, and does what they say', async () => {
    const window = windowWith({ saves: [no, no], dialogs: [no, yes] });
    window.pressClose();
    await settle();
    expect(window.closed()).toBe(0);
    window.pressClose();
    await settle();
    expect(window.closed()).toBe(1);
    expect(window.log).toEqual(['ask page', 'ask user', 'ask page', 'ask user']);
  });

  it('shows one dialog however often close is pressed while it is up', async () => {
    let answer!: (close: boolean) => void;
    const window = windowWith({ saves: [no], dialogs: [() => new Promise((resolve) => (answer = resolve))] });
    window.pressClose();
    await settle();
    window.pressClose();
    window.pressClose();
    expect(window.log.filter((entry) => entry === 'ask user')).toHaveLength(1);
    answer(true);
    await settle();
    expect(window.closed()).toBe(1);
  });

  it('stays open when the dialog fails, and the next close asks again and can close', async () => {
    const window = windowWith({ saves: [no, yes], dialogs: [failing('Object has been destroyed')] });
    window.pressClose();
    await settle();
    expect(window.closed()).toBe(0);
    expect(window.log).toContain('log: The dialog about unsaved changes could not be shown; the window stays open');
    // Not stuck: this press starts a new handshake, and this time the page saves.
    window.pressClose();
    await settle();
    expect(window.closed()).toBe(1);
    expect(window.log.filter((entry) => entry === 'ask page')).toHaveLength(2);
  });

  it('asks the user when the page cannot even be asked to save', async () => {
    const window = windowWith({ saves: [failing('Render frame was disposed')], dialogs: [yes] });
    window.pressClose();
    await settle();
    expect(window.log).toEqual(['ask page', 'log: Asking the page to save before closing failed', 'ask user']);
    expect(window.closed()).toBe(1);
  });

  it('does not close a window that is already gone', async () => {
    const window = windowWith({ saves: [yes], dialogs: [] });
    window.pressClose();
    window.destroy();
    await settle();
    expect(window.closed()).toBe(0);
  });
});
