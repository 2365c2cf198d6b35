/**
 * Which better-sqlite3 addon the app loads. In development `npm start` builds one for
 * Electron's ABI beside the Node build the tests use, and names it in DABIR_NATIVE_BINDING. A
 * packaged app carries only its own Electron build and ignores the variable: an environment
 * variable that picks a native library to load would let anyone who can set it run their
 * code inside Dabir, past the ASAR integrity fuse.
 */
export function nativeBindingFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  return env.DABIR_NATIVE_BINDING || undefined;
}
