/**
 * The last thing between an archive's text and the terminal. A headline imported from
 * anywhere may hold an escape sequence that recolours the terminal, retitles the window or
 * worse; every line a command prints passes through here, so one command that forgets to
 * clean a field cannot let it through. Control characters are shown as their visible symbols
 * («␛[31m»), so the reader sees something odd is in the text instead of losing it.
 *
 * Kept: line feed, tab and carriage return, and the sequences Dabir writes itself: bold on and
 * off, which search uses to mark matches, and erase-line, with which import's progress line
 * overwrites itself.
 */
import type { CliIO } from './io';

const OWN_SEQUENCES = new Set(['\u001b[1m', '\u001b[22m', '\u001b[2K']);

/** Every C0 control but \t \n \r, DEL, and the C1 controls (U+0080–U+009F: 8-bit CSI and OSC). */
const CONTROL = /\u001b\[(?:1|22)m|\u001b\[2K|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The visible stand-in for a control character: ␀…␟ for C0, ␡ for DEL, � for C1. */
function visible(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

export function escapeTerminalControls(text: string): string {
  return text.replace(CONTROL, (match) => (OWN_SEQUENCES.has(match) ? match : visible(match)));
}

/** The same streams, each write passed through `escapeTerminalControls`. */
export function guardTerminal(io: CliIO): CliIO {
  return {
    ...io,
    stdout: (text) => io.stdout(escapeTerminalControls(text)),
    stderr: (text) => io.stderr(escapeTerminalControls(text)),
  };
}
