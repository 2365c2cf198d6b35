/**
 * Run as its own process by the import limits test: imports the files named on the command
 * line into a fresh archive and prints the report's counts with the process's peak resident
 * memory (VmHWM), which only a process of its own measures cleanly.
 * argv: archivePath file...
 */
import { readFileSync } from 'node:fs';
import { Archive } from '../../db/archive';
import { importPaths } from '../../db/import/import-files';

const [archivePath, ...files] = process.argv.slice(2);
// tsx runs this as CommonJS, where there is no top-level await.
async function main(): Promise<void> {
  const archive = Archive.open(archivePath);
  const report = await importPaths(archive, files);
  archive.close();
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
  process.stdout.write(
    JSON.stringify({
      imported: report.files.reduce((sum, file) => sum + file.imported.length, 0),
      errors: report.files.flatMap((file) => file.errors.map((error) => error.message)),
      peakMb: peakKb / 1024,
    }),
  );
}

void main();
