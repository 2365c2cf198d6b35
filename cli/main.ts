/** Entry point of `dabir`: scripts/build-cli.mjs bundles it, bin/dabir.mjs runs the bundle. */
import { runCli } from './run';

// `dabir list | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode, not exit(): a large JSON answer written to a pipe must drain before Node quits.
void Promise.resolve(
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  }),
).then((status) => {
  process.exitCode = status;
});
