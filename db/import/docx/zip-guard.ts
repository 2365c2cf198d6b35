/**
 * A `.docx` is a zip, and a zip can be a bomb: a few kilobytes that unpack to gigabytes. Before
 * mammoth (which unpacks with JSZip, wholly in memory) sees a file, every entry is unpacked
 * here as a stream and counted (yauzl also refuses an entry that unpacks to more than the size
 * it declares), so memory stays bounded whatever the file claims. A truncated or foreign file
 * fails here too, with a plain message.
 */
import type * as Yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { FileRefusedError } from '../import-problem';

/** A real Word document unpacks to a few megabytes; pictures can add tens. */
export const DOCX_MAX_UNPACKED_BYTES = 128 * 1024 * 1024;
/** Text compresses perhaps 10:1; beyond this ratio, on an entry past a megabyte, it is a bomb. */
const MAX_RATIO = 200;
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

export interface CheckedDocx {
  /** Small XML parts read on the way, by name (docProps/core.xml for the title and date). */
  parts: Map<string, string>;
}

const PARTS_TO_KEEP = new Set(['docProps/core.xml']);

const damaged = (detail: string) =>
  new FileRefusedError('damaged', `the file is not a readable Word document (${detail}); it may be truncated or not a .docx at all`);
const bomb = () =>
  new FileRefusedError('unsafe_archive', 'the file would unpack to far more data than a Word document holds (it looks like a zip bomb); nothing was read');

function open(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Loaded on first use, as the DOM is: most imports hold no Word files.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('yauzl') as typeof Yauzl).fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(damaged(error?.message ?? 'no zip directory'));
      else resolve(zip);
    });
  });
}

export async function checkDocx(buffer: Buffer): Promise<CheckedDocx> {
  const zip = await open(buffer);
  const parts = new Map<string, string>();
  let unpacked = 0;
  let sawDocument = false;

  const readEntry = (entry: Entry) =>
    new Promise<void>((resolve, reject) => {
      if (entry.uncompressedSize > DOCX_MAX_UNPACKED_BYTES) return reject(bomb());
      if (entry.uncompressedSize > RATIO_CHECKED_FROM_BYTES && entry.uncompressedSize > entry.compressedSize * MAX_RATIO) return reject(bomb());
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(damaged(error?.message ?? 'unreadable entry'));
        const keep = PARTS_TO_KEEP.has(entry.fileName);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          unpacked += chunk.length;
          if (unpacked > DOCX_MAX_UNPACKED_BYTES) {
            stream.destroy();
            reject(bomb());
            return;
          }
          if (keep) chunks.push(chunk);
        });
        stream.on('error', (streamError) => reject(/too many|size/i.test(streamError.message) ? bomb() : damaged(streamError.message)));
        stream.on('end', () => {
          if (keep) parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          resolve();
        });
      });
    });

  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName === 'word/document.xml') sawDocument = true;
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        readEntry(entry).then(() => zip.readEntry(), reject);
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) => reject(damaged(error.message)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  if (!sawDocument) throw damaged('it has no word/document.xml');
  return { parts };
}
