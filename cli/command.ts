/**
 * What every command receives; commands return an exit status (or, for one that waits on a
 * backup, a promise of it) and print through `io`.
 */
import type { CliArgs } from './args';
import type { CliIO } from './io';
import type { ArchiveLocation } from './open-archive';

export interface CommandContext {
  args: CliArgs;
  io: CliIO;
  /** Where the archive file is; a command opens it (or not) itself. */
  location: ArchiveLocation;
}

/** A long operation (import, export, merge) answers asynchronously. */
export type Command = (context: CommandContext) => number | Promise<number>;
