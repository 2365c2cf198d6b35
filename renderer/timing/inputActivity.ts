/**
 * When the writer last typed, for work that should wait for a pause in the typing rather than
 * land between two keystrokes (see quietTimer's `alsoQuietSince`). One pair of listeners for
 * the whole window, installed when this module loads, since a time asked for later must count
 * the keys typed before; each event only stores a time.
 */
let lastInput = 0;

const markInput = () => {
  // Date, not performance: the clock quietTimer and tests' fake timers use.
  lastInput = Date.now();
};

if (typeof window !== 'undefined') {
  // Capture, so an editor that stops an event's propagation is still seen. `beforeinput`
  // covers text that comes without a keydown per character (an input method's, a paste) and
  // is seen even when the editor cancels it to make the change itself, as Lexical often does
  // (then no `input` event follows).
  window.addEventListener('keydown', markInput, { capture: true, passive: true });
  window.addEventListener('beforeinput', markInput, { capture: true, passive: true });
}

/** The `Date.now()` time of the last key or text input anywhere in the window; 0 before any. */
export function lastInputAt(): number {
  return lastInput;
}
