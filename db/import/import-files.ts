/**
 * Imports files into an archive: each file is read and checked whole, then its good articles
 * are written together, so a bad line costs only itself and never half a file. Results keep
 * the order of the files and of their lines; a source is the path as given plus a line number.
 * Cross-references (`links`) are made last, once every file is written, so a line may point at
 * an article later in the same import as well as at one already in the archive; a link that
 * can't be made is reported against its line, and the article stays imported without it.
 */
import { emptyTidyCounts, type TidyCounts } from '../../common/typography/tidy-persian';
import { tidyDraft } from './tidy-draft';
import type { LinkType } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import type { ArticleDraft, ParsedEntry } from './article-draft';
import { readImportFile } from './read-import-file';
import { writeDrafts, type WriteResult } from './write-drafts';

export interface ImportedArticle {
  id: string;
  headline: string;
  /** `FILE:LINE`, FILE as the caller gave it. */
  source: string;
}

export interface ImportProblem {
  /** `FILE:LINE`, or just `FILE` when the whole file was refused. */
  source: string;
  message: string;
}

export interface FileImportReport {
  file: string;
  imported: ImportedArticle[];
  /** Lines (or the whole file) not imported: nothing was written for them. */
  errors: ImportProblem[];
  /** Links not made, by the line that asked for them; those articles were imported without them. */
  linkErrors: ImportProblem[];
}

/** A link an imported article asked for, made once the whole import is written. */
interface PendingLink {
  report: FileImportReport;
  source: string;
  sourceId: string;
  targetId: string;
  type: LinkType;
}

export interface ImportOptions {
  /** Tidy each article's Persian typography on the way in (`dabir import --tidy`). */
  tidy?: boolean;
}

export interface ImportReport {
  files: FileImportReport[];
  /** With `tidy`: the typography fixes made, kind by kind, over every imported article. */
  tidied?: TidyCounts;
  /** Set when the archive failed mid-import; the files after the failing one were not tried. */
  stoppedBy?: 'disk_full' | 'storage';
}

export function importFiles(archive: Archive, paths: readonly string[], options: ImportOptions = {}): ImportReport {
  const report: ImportReport = { files: [], tidied: options.tidy ? emptyTidyCounts() : undefined };
  const links: PendingLink[] = [];
  for (const file of paths) {
    if (report.stoppedBy) {
      report.files.push(refusedFile(file, 'not imported: the import stopped at the error above'));
      continue;
    }
    const outcome = importOneFile(archive, file, links, report.tidied);
    report.files.push(outcome.report);
    report.stoppedBy = outcome.stoppedBy;
  }
  makeLinks(archive, links);
  return report;
}

function importOneFile(
  archive: Archive,
  file: string,
  links: PendingLink[],
  tidied?: TidyCounts,
): { report: FileImportReport; stoppedBy?: ImportReport['stoppedBy'] } {
  const parsed = readImportFile(file);
  if (!parsed.ok) return { report: refusedFile(file, parsed.message) };

  const valid = parsed.entries.filter((entry) => entry.ok);
  let written: WriteResult[];
  try {
    written = writeDrafts(archive, valid.map((entry) => (tidied ? tidyDraft(entry.draft, tidied) : entry.draft)));
  } catch (error) {
    // The file's transaction has rolled back: nothing of it is in the archive.
    if ((error as { code?: string }).code === 'SQLITE_FULL') {
      return { report: refusedFile(file, 'the disk is full: nothing from this file was imported'), stoppedBy: 'disk_full' };
    }
    const reason = `the archive could not be written (${(error as Error).message}): nothing from this file was imported`;
    return { report: refusedFile(file, reason), stoppedBy: 'storage' };
  }

  const resultOf = new Map<ParsedEntry, WriteResult>(valid.map((entry, index) => [entry, written[index]]));
  const report: FileImportReport = { file, imported: [], errors: [], linkErrors: [] };
  for (const entry of parsed.entries) {
    const source = `${file}:${entry.line}`;
    const result: WriteResult = entry.ok ? resultOf.get(entry)! : entry;
    if (result.ok) {
      report.imported.push({ id: result.article.id, headline: result.article.headline, source });
      if (entry.ok) links.push(...pendingLinks(report, source, result.article.id, entry.draft));
    } else {
      report.errors.push({ source, message: result.message });
    }
  }
  return { report };
}

function pendingLinks(report: FileImportReport, source: string, sourceId: string, draft: ArticleDraft): PendingLink[] {
  return (draft.links ?? []).map(({ id, type }) => ({ report, source, sourceId, targetId: id, type }));
}

/**
 * Makes the links, all in one transaction; each is its own savepoint, so one that can't be
 * made (its target is not in the archive) is reported and the others are kept. When the
 * archive itself fails (a full disk), none is made and every one is reported; the articles
 * stay imported, so importing the files again would not bring the links back.
 */
function makeLinks(archive: Archive, links: readonly PendingLink[]): void {
  if (links.length === 0) return;
  try {
    const problems = archive.db
      .transaction(() => links.flatMap((link) => {
        const message = makeLink(archive, link);
        return message === undefined ? [] : [{ link, message }];
      }))
      .immediate();
    for (const { link, message } of problems) link.report.linkErrors.push({ source: link.source, message });
  } catch (error) {
    const full = (error as { code?: string }).code === 'SQLITE_FULL';
    const reason = full ? 'the disk is full' : `the archive could not be written (${(error as Error).message})`;
    for (const link of links) {
      link.report.linkErrors.push({ source: link.source, message: `${describeLink(link)} was not made: ${reason}; no link of this import was made` });
    }
  }
}

/** Undefined when the link was made (or was already there); else why not. */
function makeLink(archive: Archive, link: PendingLink): string | undefined {
  if (link.targetId === link.sourceId) return `${describeLink(link)} was not made: an article cannot link to itself; the article was imported without it`;
  try {
    // Dated like the story itself, so linking an old story does not float it to the top.
    archive.links.add(link.sourceId, link.targetId, link.type, archive.articles.get(link.sourceId).updatedAt);
    return undefined;
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const reason =
      error.code === 'not_found'
        ? 'there is no article with that id in the archive or in this import'
        : error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return `${describeLink(link)} was not made: ${reason}; the article was imported without it`;
  }
}

function describeLink(link: PendingLink): string {
  return `the ${link.type.replace('_', '-')} link to ${link.targetId}`;
}

function refusedFile(file: string, message: string): FileImportReport {
  return { file, imported: [], errors: [{ source: file, message }], linkErrors: [] };
}
