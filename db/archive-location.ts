/**
 * Where the archive file lives: `--db PATH`, else `DABIR_DB`, else the app's user-data folder
 * (the same folder Electron's `app.getPath('userData')` gives for an app named Dabir), so the
 * desktop app, the browser shell and the command line open the same archive by default.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const ARCHIVE_FILE_NAME = 'archive.sqlite';
const APP_FOLDER = 'Dabir';

export function userDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** Finds `--db PATH` or `--db=PATH` in an argument list. */
export function dbPathFromArgs(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--db') return args[i + 1];
    if (args[i].startsWith('--db=')) return args[i].slice('--db='.length);
  }
  return undefined;
}

export function resolveArchivePath(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  defaultFolder: string = userDataFolder(process.platform, env),
): string {
  const chosen = dbPathFromArgs(args) ?? (env.DABIR_DB || undefined);
  return chosen ? resolve(chosen) : join(defaultFolder, ARCHIVE_FILE_NAME);
}
