/** The help text; it names the default archive so the user sees which file a command touches. */
export function usageText(defaultArchivePath: string): string {
  return `Usage: dabir [--db PATH] <command> [options]

Commands:
  import PATH... [--tidy] [--confirm-known]
                   Import articles from files and folders (read recursively). A .txt,
                   .md, .html/.htm or .docx file is one article: its headline is its
                   title or first heading (in .txt a short first line), its date
                   the one its metadata gives; text may be UTF-8, UTF-16 with a BOM
                   or Windows-1256. HTML is sanitised: scripts, styles, images,
                   forms and frames never get in. A .dabir bundle is merged (see
                   merge). Each file imports whole or not at all; a story the
                   archive holds already is skipped and listed, so importing the
                   same files again changes nothing. A .jsonl file holds one article
                   per line as JSON ({"headline": "…", "body": "…", …}).
                   In .jsonl, "tags" is a list of tag names, and "links" a list of
                   cross-references to other articles, each an article's id (a link
                   of type related) or {"id": ID, "type": TYPE}, TYPE one of
                   follow_up, background, correction or related. Links are made once
                   every file is written, so a line may point at a later line or at
                   an article imported before; a link that can't be made is reported
                   with its FILE:LINE, and its article is imported without it.
                   --tidy tidies each article's Persian typography on the way in, as
                   the editor's command does (Arabic ي ك, half-spaces, Persian figures,
                   «» quotes and punctuation), and says how many fixes it made.
                   An article without a date takes it from a dateline at its start
                   («تهران - ۱۶ آذر ۱۳۹۵ (ایرنا) -»); without one it is undated, never
                   dated by the day of the import. --confirm-known confirms the
                   names the archive knows for sure in what was imported (not the
                   ambiguous ones, nor new names found by their titles).
  list             List articles, most recently changed first.
  show ID          Show one article, its body as plain text, with its tags, the
                   entities it mentions (confirmed, and suggested by detection), its
                   links and its backlinks (the articles that link to it).
  search QUERY     Find articles, best match first. Spellings are matched the Persian
                   way: ي/ی, ك/ک, half-spaces, vowel marks and digit sets don't matter.
                   All words must appear; "quoted words" are a phrase, word* a prefix,
                   -word excludes. Quote a query that holds " or -, as in
                   dabir search '"سازمان همکاری" -ناتو', or put -- before it.
  tags [PREFIX]    List the tags, most used first, with how many articles carry each.
  entities [QUERY] List people, organisations, countries, places and events, the most
                   mentioned first; QUERY keeps those with a name (or alias) that
                   starts with it, spelt any way search would accept.
  entity add --kind K NAME
                   Add an entity (with --alias, --description, and for an event
                   --from and --to), and print it.
  entity alias ENTITY NAME
                   Give an entity another name, or take one away with --remove.
                   ENTITY is the entity's id, or a name no other entity has; quote
                   ENTITY and NAME when they have several words. Entities are looked
                   for in each article as it is imported or saved, so a new name is
                   found in the articles imported or saved after it was added.
  entity show ENTITY
                   An entity's names, the articles confirmed to mention it (newest
                   first), and the entities most often mentioned with it.
  quotes [PERSON]  Who said what: the quote register, newest first, with each
                   sentence's day, place and article. PERSON is a person's id or a
                   name only they have; without it, everyone's. --from and --to
                   keep the days between.
  related ID       Articles related to article ID: those sharing its confirmed
                   entities, its tags and its key words, the closer in time the better.
  export ID        Article ID as a standalone HTML page (Persian, right to left), as
                   Markdown, plain text or a .jsonl line, on stdout or into a file
                   with --out. Its @mentions and [[links]] keep their ids: in HTML as
                   data-entity-id and data-article-id, in Markdown as links to
                   dabir://entity/ID and dabir://article/ID.
  export --format F --out PATH [ID...] [--tag T]... [--from D] [--to D] [--desk D]
                   Many articles at once; every article when no ID or filter is
                   given. md, html and txt (plain text for the wire) write a file per
                   article into the folder PATH; jsonl (what import reads) and bundle
                   (a .dabir file with every revision, tag, name, decision and delete,
                   for another laptop to merge) write the one file PATH.
  merge OTHER      Merge another archive file into this one: articles match by id
                   (changed on one side: that side is taken; on both: both lines of
                   revisions are kept, the newer is current, and the article is
                   listed for review), names by id, tags by name. No revision is lost;
                   merging twice changes nothing.
  history ID       Article ID's revisions, newest first: when each was saved, its
                   body's words, the words it added and removed, and what made it (a
                   revert, a delete, a change of status). Older revisions are thinned
                   as they age: all from the last hour, then one per ten minutes for a
                   day, one per hour for a week and one per day; revisions that changed
                   the status, the last published one and deletes are always kept.
  revert ID REVISION
                   Make article ID equal to its REVISION again (its text, fields, tags
                   and links), as a new revision; the revisions since stay in history.
  backup [DEST]    Back up the archive (safe while the app has it open) and verify the
                   copy: quick_check, Dabir's application id, the schema version.
                   Without DEST it goes to the Backups folder beside the archive, which
                   keeps the last 10 and one a day for 30 days; DEST is a file to
                   create, or a folder to put it in. Dabir also backs up by itself:
                   before an upgrade, every 30 minutes while the archive changes, and
                   when the app closes.
  backups          List the backups in the Backups folder: time, size, articles, and
                   whether each was verified.
  restore SRC      Replace the archive with the backup SRC (a file, or a name that
                   "dabir backups" lists). SRC is checked first; the archive it
                   replaces is kept as a backup, or set aside under a new name when it
                   is damaged. Close the app first.
  check            Check the archive: quick_check (integrity_check with --full),
                   foreign_key_check and the search index's integrity-check. Prints a
                   one-line verdict; the exit status is 1 when the archive is unhealthy.

Options:
  --db PATH        The archive file to use. Without it: $DABIR_DB if set, else
                   ${defaultArchivePath}
  --json           Print JSON instead of text (all commands).
  --limit N        list: show at most N articles, 1 to 1000 (default 50);
                   search: at most N results, 1 to 1000 (default 20);
                   tags: at most N tags, 1 to 1000 (default 1000); entities: at most
                   N, 1 to 1000 (default 50); entity show: at most N articles, 1 to
                   500 (default 50); related: at most N articles, 1 to 100 (default
                   10); quotes: at most N, 1 to 500 (default 50).
  --offset N       list, search, tags, entities: skip the first N, to page through
                   more than one --limit holds (--offset 0 is the first page).
  --desk D         search, export: only articles of desk D.
  --status S       search: only articles with status S (draft, edited, approved,
                   published or archived).
  --from DATE      search, quotes, export: only articles dated DATE or later;
                   entity add: the day an event began (--kind event only).
  --to DATE        search, quotes, export: only articles dated DATE or earlier;
                   entity add: the day an event ended. A DATE is Gregorian
                   (2017-12-07) or Solar Hijri (1396-09-16, ۱۳۹۶/۰۹/۱۶); a year below
                   1700 is Solar Hijri. An article's date is its dateline's, else the
                   day it was written.
  --tag T          search, export: only articles tagged T; repeat it for several (all must
                   apply). With filters and no QUERY, search lists what they select,
                   newest first.
  --order ORDER    search: relevance (default) or date (newest first).
  --kind K         entities, entity add: person, organisation, country, place or
                   event.
  --alias A        entity add: another name of the entity; repeat it for more names.
  --description D  entity add: what the entity is, in a sentence.
  --ambiguous      entity alias: the name is also a common word, so detection asks
                   the editor about each article it is found in.
  --remove         entity alias: remove the name instead of adding it.
  --format F       export: html (default), md, txt, jsonl or bundle.
  --confirm-known  import: confirm the known, unambiguous names found.
  --out PATH       export: write PATH instead of printing; a file appears whole or
                   not at all. For one article a folder as PATH gets a file named
                   after the headline.
  --full           check: run SQLite's full integrity_check (slower) instead of
                   quick_check.
  -h, --help       Show this help.

Exit status: 0 when everything worked (a search that found nothing worked too), 1 when
anything failed (a line that could not be imported, a link that could not be made, an
unknown article or entity, an archive that can't be opened, a file that can't be
written, an unhealthy archive, an archive another Dabir is writing to), 2 for a wrong
command line.
`;
}

const MORE = '"dabir --help" explains more.';

/** One line after a usage error: enough to fix the command without scrolling past the help. */
export const USAGE_HINT = `Usage: dabir [--db PATH] <import PATH... [--tidy] [--confirm-known] | list [--limit N] [--offset N] | show ID | search QUERY | tags | entities [QUERY] | entity add|alias|show ... | quotes [PERSON] | related ID | export ID | export --format F --out PATH | merge OTHER | history ID | revert ID REVISION | backup [DEST] | backups | restore SRC | check [--full]> [--json]; ${MORE}`;

export const SEARCH_USAGE_HINT =
  `Usage: dabir [--db PATH] search QUERY [--limit N] [--offset N] [--desk D] [--status S] [--from DATE] [--to DATE] [--tag T]... [--order relevance|date] [--json]; ${MORE}`;

/** The synopsis of each command that has options of its own. */
const COMMAND_HINTS: Record<string, string> = {
  search: SEARCH_USAGE_HINT,
  tags: `Usage: dabir [--db PATH] tags [PREFIX] [--limit N] [--offset N] [--json]; ${MORE}`,
  entities: `Usage: dabir [--db PATH] entities [--kind person|organisation|country|place|event] [--limit N] [--offset N] [QUERY] [--json]; ${MORE}`,
  entity:
    'Usage: dabir [--db PATH] entity add --kind K NAME [--alias A]... [--description D] [--from DATE] [--to DATE] [--json]' +
    ` | entity alias ID_OR_NAME ALIAS [--ambiguous | --remove] [--json] | entity show ID_OR_NAME [--limit N] [--json]; ${MORE}`,
  related: `Usage: dabir [--db PATH] related ID [--limit N] [--json]; ${MORE}`,
  quotes: `Usage: dabir [--db PATH] quotes [PERSON] [--from DATE] [--to DATE] [--limit N] [--json]; ${MORE}`,
  export: `Usage: dabir [--db PATH] export ID [--format html|md|txt|jsonl] [--out FILE] [--json] | export --format jsonl|md|html|txt|bundle --out PATH [ID...] [--tag T]... [--from D] [--to D] [--desk D] [--json]; ${MORE}`,
  merge: `Usage: dabir [--db PATH] merge OTHER.sqlite [--json]; ${MORE}`,
  history: `Usage: dabir [--db PATH] history ID [--json]; ${MORE}`,
  revert: `Usage: dabir [--db PATH] revert ID REVISION [--json]; ${MORE}`,
  backup: `Usage: dabir [--db PATH] backup [DEST] [--json]; ${MORE}`,
  restore: `Usage: dabir [--db PATH] restore SRC [--json] (SRC: a backup file, or a name "dabir backups" lists); ${MORE}`,
  check: `Usage: dabir [--db PATH] check [--full] [--json]; ${MORE}`,
};

/** The hint for a usage error: the synopsis of the command the user was typing, when it has its own. */
export function usageHintFor(command: string | undefined): string {
  return command !== undefined && Object.hasOwn(COMMAND_HINTS, command) ? COMMAND_HINTS[command] : USAGE_HINT;
}
