/**
 * Which backups to keep: the last ten, and for each of the last thirty days the newest backup
 * of that day. Only verified backups count; a backup Dabir did not verify (copied in by hand,
 * or cut short before its details were written) is never removed, because it may be the one
 * someone is counting on.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY_FOR_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RotationCandidate {
  name: string;
  createdAt: string;
  verified: boolean;
}

/** The names of the backups rotation removes, given when it runs. */
export function backupsToRemove(backups: readonly RotationCandidate[], now: Date): string[] {
  const verified = backups.filter((backup) => backup.verified).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept = new Set(verified.slice(0, KEEP_NEWEST).map((backup) => backup.name));
  const daysKept = new Set<string>();
  for (const backup of verified) {
    const at = new Date(backup.createdAt);
    if (now.getTime() - at.getTime() >= KEEP_DAILY_FOR_DAYS * DAY_MS) continue;
    // The user's own calendar day: "one a day" means the day as they lived it.
    const day = `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;
    if (daysKept.has(day)) continue;
    daysKept.add(day);
    kept.add(backup.name);
  }
  return verified.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name);
}
