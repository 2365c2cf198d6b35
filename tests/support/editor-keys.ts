/**
 * Keyboard helpers shared by the editor's browser tests.
 *
 * Lexical learns of a caret move from the DOM's `selectionchange` event, which the browser
 * dispatches a task after the key. A test that presses Enter straight after End or Ctrl+End
 * can beat that event, and Lexical then replaces the old (non-collapsed) selection. A person
 * cannot type that fast; these helpers wait the way a person does.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the DOM selection is a caret and the editor has had a frame to read it. */
export async function waitForCollapsedCaret(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed ?? false)).toBe(true);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Presses `key` (End, Control+End…) and waits for the editor to hold the collapsed caret. */
export async function moveCaret(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await waitForCollapsedCaret(page);
}

/**
 * Waits until the editor itself holds the selection the DOM shows, and it is not empty. A
 * format key such as Ctrl+B acts on Lexical's selection, and Chromium can deliver the key
 * before the `selectionchange` task that tells Lexical about a Shift+Arrow selection.
 */
export async function waitForEditorToHoldSelection(page: Page): Promise<void> {
  const held = () =>
    page.evaluate(() => {
      type Selection = { getTextContent(): string };
      type Editor = { getEditorState(): { _selection: Selection | null; read<T>(fn: () => T): T } };
      const shown = String(window.getSelection() ?? '');
      const root = document.querySelector('[data-lexical-editor="true"]') as (Element & { __lexicalEditor?: Editor }) | null;
      const state = root?.__lexicalEditor?.getEditorState();
      const held = state ? state.read(() => state._selection?.getTextContent() ?? '') : '';
      return shown !== '' && held === shown;
    });
  await expect.poll(held).toBe(true);
}
