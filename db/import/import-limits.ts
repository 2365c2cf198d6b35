/**
 * How big an imported file may be. A document format (.txt, .md, .html, .docx) holds one
 * article and is read whole, so its size is checked first; a `.jsonl` file or a bundle is
 * streamed, so only its lines are bounded. Together these keep an import's memory well under
 * 500 MB whatever it is given.
 */
import { LIMITS } from '../../common/constants';

/** One article's text, with room for markup around it. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** A Word file, pictures included (they are skipped, but they are in the file). */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;
/** One `.jsonl` line: an article whose body is at the body limit, plus its other fields. */
export const MAX_JSONL_LINE_BYTES = LIMITS.bodyJsonBytes + 1024 * 1024;
/** One bundle record: a revision's snapshot at the body limit, with its fields. */
export const MAX_BUNDLE_LINE_BYTES = 2 * LIMITS.bodyJsonBytes;

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
