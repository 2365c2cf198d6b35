/**
 * What the user gave the import dialog, as files with the names the report will show: a file
 * chooser's files, a folder chooser's (named with their folder), or what was dropped,
 * folders walked the way the browser lets a page walk them (webkitGetAsEntry). Files of kinds
 * Dabir does not read are set aside and counted.
 */
import { IMPORT_EXTENSIONS } from '../../common/transfer-constants';

export interface ChosenFile {
  file: File;
  /** With its folder when it came from one: `coverage/1396/story.docx`. */
  name: string;
}

export interface ChosenFiles {
  files: ChosenFile[];
  ignored: number;
}

const importable = (name: string): boolean => IMPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

export function sortChosen(files: ChosenFile[]): ChosenFiles {
  const hidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));
  const visible = files.filter((chosen) => !hidden(chosen.name));
  const kept = visible.filter((chosen) => importable(chosen.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files: kept, ignored: visible.length - kept.length };
}

/** From an `<input type="file">`, with or without `webkitdirectory`. */
export function fromInput(list: FileList): ChosenFiles {
  return sortChosen(Array.from(list, (file) => ({ file, name: file.webkitRelativePath || file.name })));
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // A directory reader answers in batches until an empty one.
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, into: ChosenFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ file, name: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader())) await walk(child, into);
  }
}

/** From a drop: files, and folders read through. */
export async function fromDrop(transfer: DataTransfer): Promise<ChosenFiles> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
  if (entries.length === 0) return fromInput(transfer.files);
  const files: ChosenFile[] = [];
  for (const entry of entries) await walk(entry, files);
  return sortChosen(files);
}
