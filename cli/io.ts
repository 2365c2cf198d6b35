/**
 * How commands talk to the terminal, passed in rather than reached for, so a command can run
 * in a test or a worker with its output captured.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout / stderr is a terminal (colour, lines overwritten in place); false when unknown. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

export const EXIT_OK = 0;
/** Something the user asked for failed: a bad line, a missing article, an unusable archive. */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

/** A failure the user can act on: printed as `dabir: message`, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

export function printProblem(io: CliIO, message: string): void {
  io.stderr(`dabir: ${message}\n`);
}
