/**
 * Reads a bundle's records, checked line by line against the format (bundle-format.ts), so a
 * damaged, truncated or foreign file is refused with the line at fault. `checkBundle` reads it
 * all once without writing anything; only a bundle that passes is merged.
 */
import { FileRefusedError } from '../import/import-problem';
import { MAX_BUNDLE_LINE_BYTES, megabytes } from '../import/import-limits';
import { betweenBatches, type LongOperationOptions } from '../jobs/long-operation';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleHeaderSchema, bundleRecordSchema, type BundleRecord } from './bundle-format';
import { readBundleLines } from './bundle-stream';

const invalid = (message: string, line?: number) =>
  new FileRefusedError('invalid_bundle', line === undefined ? `the bundle ${message}` : `the bundle ${message} (line ${line})`, line);

export async function* readBundleRecords(path: string): AsyncGenerator<{ record: BundleRecord; line: number; compressedOffset: number }> {
  let header = false;
  let count = 0;
  let ended = false;
  try {
    for await (const read of readBundleLines(path)) {
      if ('tooLong' in read) throw invalid(`holds a record longer than ${megabytes(MAX_BUNDLE_LINE_BYTES)}`, read.line);
      if (ended) {
        if (read.text.trim() === '') continue;
        throw invalid('goes on after its end record', read.line);
      }
      let value: unknown;
      try {
        value = JSON.parse(read.text);
      } catch {
        throw invalid('holds a line that is not JSON', read.line);
      }
      if (!header) {
        const parsed = bundleHeaderSchema.safeParse(value);
        if (!parsed.success || parsed.data.kind !== BUNDLE_FORMAT) throw invalid('does not start as a Dabir bundle; it is not one, or it is damaged', read.line);
        if (parsed.data.version > BUNDLE_VERSION) {
          throw invalid(`was written by a newer Dabir (format ${parsed.data.version}; this one reads up to ${BUNDLE_VERSION}); update Dabir to merge it`);
        }
        header = true;
        continue;
      }
      const parsed = bundleRecordSchema.safeParse(value);
      if (!parsed.success) throw invalid(`holds a record Dabir cannot read: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`, read.line);
      if (parsed.data.type === 'end') {
        if (parsed.data.records !== count) throw invalid(`is incomplete: it says it holds ${parsed.data.records} records, but ${count} came before its end`, read.line);
        ended = true;
        continue;
      }
      count += 1;
      yield { record: parsed.data, line: read.line, compressedOffset: read.compressedOffset };
    }
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new FileRefusedError('not_found', 'no such file');
    throw invalid(`is damaged (${(error as Error).message}); it may be truncated`);
  }
  if (!header) throw new FileRefusedError('empty', 'the file is empty');
  if (!ended) throw invalid('is truncated: its end record is missing');
}

/** Reads the whole bundle once, writing nothing: how many articles it holds, or why it cannot be merged. */
export async function checkBundle(path: string, options: LongOperationOptions = {}): Promise<{ articles: number }> {
  let articles = 0;
  let seen = 0;
  for await (const { record } of readBundleRecords(path)) {
    if (record.type === 'article') articles += 1;
    seen += 1;
    if (seen % 2000 === 0) await betweenBatches(options.signal);
  }
  return { articles };
}
