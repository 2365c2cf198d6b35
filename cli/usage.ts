/** The help text; it names the default archive so the user sees which file a command touches. */
export function usageText(defaultArchivePath: string): string {
  return `Usage: dabir [--db PATH] <command> [options]

Commands:
  import FILE...   Import articles. A .jsonl file holds one article per line as JSON
                   ({"headline": "…", "body": "…", …}); a .txt file is one article,
                   one paragraph per line, with a short first line as its headline.
  list             List articles, newest first.
  show ID          Show one article, its body as plain text.

Options:
  --db PATH        The archive file to use. Without it: $DABIR_DB if set, else
                   ${defaultArchivePath}
  --json           Print JSON instead of text (all commands).
  --limit N        list: show at most N articles (default 50).
  -h, --help       Show this help.

Exit status: 0 when everything worked, 1 when anything failed (a line that could not
be imported, an unknown article, an archive that can't be opened), 2 for a wrong
command line.
`;
}

/** One line after a usage error: enough to fix the command without scrolling past the help. */
export const USAGE_HINT = 'Usage: dabir [--db PATH] <import FILE... | list [--limit N] | show ID> [--json]; "dabir --help" explains more.';
