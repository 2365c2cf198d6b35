/** The help text; it names the default archive so the user sees which file a command touches. */
export function usageText(defaultArchivePath: string): string {
  return `Usage: dabir [--db PATH] <command> [options]

Commands:
  import FILE...   Import articles. A .jsonl file holds one article per line as JSON
                   ({"headline": "…", "body": "…", …}); a .txt file is one article,
                   one paragraph per line, with a short first line as its headline.
  list             List articles, newest first.
  show ID          Show one article, its body as plain text.
  search QUERY     Find articles, best match first. Spellings are matched the Persian
                   way: ي/ی, ك/ک, half-spaces, vowel marks and digit sets don't matter.
                   All words must appear; "quoted words" are a phrase, word* a prefix,
                   -word excludes. Quote a query that holds " or -, as in
                   dabir search '"سازمان همکاری" -ناتو', or put -- before it.

Options:
  --db PATH        The archive file to use. Without it: $DABIR_DB if set, else
                   ${defaultArchivePath}
  --json           Print JSON instead of text (all commands).
  --limit N        list: show at most N articles (default 50);
                   search: at most N results, 1 to 100 (default 20).
  --desk D         search: only articles of desk D.
  --status S       search: only articles with status S (draft, edited, approved,
                   published or archived).
  --from DATE      search: only articles dated DATE or later.
  --to DATE        search: only articles dated DATE or earlier. A DATE is Gregorian
                   (2017-12-07) or Solar Hijri (1396-09-16, ۱۳۹۶/۰۹/۱۶); a year below
                   1700 is Solar Hijri. An article's date is its dateline's, else the
                   day it was written.
  --order ORDER    search: relevance (default) or date (newest first).
  -h, --help       Show this help.

Exit status: 0 when everything worked (a search that found nothing worked too), 1 when
anything failed (a line that could not be imported, an unknown article, an archive that
can't be opened), 2 for a wrong command line.
`;
}

/** One line after a usage error: enough to fix the command without scrolling past the help. */
export const USAGE_HINT = 'Usage: dabir [--db PATH] <import FILE... | list [--limit N] | show ID> [--json]; "dabir --help" explains more.';

export const SEARCH_USAGE_HINT =
  'Usage: dabir [--db PATH] search QUERY [--limit N] [--desk D] [--status S] [--from DATE] [--to DATE] [--order relevance|date] [--json]; "dabir --help" explains more.';

/** The hint for a usage error: the synopsis of the command the user was typing, when it has its own. */
export function usageHintFor(command: string | undefined): string {
  return command === 'search' ? SEARCH_USAGE_HINT : USAGE_HINT;
}
