/**
 * The archivist's workbench on the command line: tags and links from a .jsonl import, `show`
 * with tags, entities, links and backlinks, `tags`, `entities`, `entity add|alias|show` and
 * `related`. The real CLI in a child process for what a user runs (one spawn per behaviour,
 * they are slow), `runCli` in-process for text views and refusals, and the archive opened
 * directly for setup that no command makes (filler articles, confirmed mentions).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { Archive } from '../../db/archive';
import { importPaths } from '../../db/import/import-files';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, runDabirInProcess, runDabirInProcessAsync, sharedSamplesDir, type CliRun } from './run-cli';

const SAMPLE_NAME = '000_db81ff63d69d69cc.txt';
const OIC = 'سازمان همکاری اسلامی';

const EARLIER_ID = '0e0e0e0e-0000-4000-8000-000000000001';
const A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const C = 'cccccccc-0000-4000-8000-00000000000c';
const X = 'dddddddd-0000-4000-8000-00000000000d';
const MISSING_ID = '99999999-0000-4000-8000-000000000099';

/** Line 1 links forward to line 2 and back to an earlier import; line 2 to the next file. */
const DESK_LINES = [
  {
    id: A,
    headline: `نشست فوق‌العاده ${OIC} در جاکارتا`,
    body: `وزیران خارجه کشورهای عضو ${OIC} در جاکارتا درباره قدس گفت‌وگو کردند.`,
    date: '2017-12-13',
    tags: ['OIC', 'فلسطین'],
    links: [{ id: B, type: 'follow_up' }, EARLIER_ID],
  },
  {
    id: B,
    headline: 'بیانیه پایانی نشست جاکارتا',
    body: 'بیانیه پایانی نشست بر حمایت از مردم فلسطین تأکید کرد.',
    date: '2017-12-14',
    // Arabic yeh: the same tag as «فلسطین».
    tags: ['فلسطين', 'قدس'],
    links: [{ id: C, type: 'background' }],
  },
  { id: X, headline: 'پیوند نادرست', body: 'خبری کوتاه.', links: [MISSING_ID, { id: A, type: 'correction' }] },
];
const MORE_LINES = [{ id: C, headline: 'پیشینه نشست‌های اضطراری', body: 'نشست‌های اضطراری پیشین.', date: '2017-12-01' }];

interface ImportJson {
  imported: Array<{ id: string; headline: string; source: string }>;
  errors: Array<{ source: string; message: string }>;
}

interface ShownJson {
  tags: string[];
  entities: Array<{ id: string; canonical: string; kind: string }>;
  suggestedEntities: Array<{ id: string; canonical: string; kind: string }>;
  links: Array<{ id: string; headline: string; type: string }>;
  backlinks: Array<{ id: string; headline: string; type: string }>;
  [key: string]: unknown;
}

let dir: string;
let db: string;
let imported: CliRun;
let report: ImportJson;

const dabir = (args: string[]) => runDabir([...args, '--db', db], { cwd: dir, userDataHome: dir });

const inProcess = (args: string[]) => runDabirInProcess([...args, '--db', db], dir);

function withArchive<T>(body: (archive: Archive) => T): T {
  const archive = Archive.open(db);
  try {
    return body(archive);
  } finally {
    archive.close();
  }
}

const jsonl = (lines: unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n');

beforeAll(async () => {
  dir = makeTempDir('dabir-cli-workbench-');
  db = join(dir, 'archive.sqlite');
  mkdirSync(join(dir, 'feeds'));
  writeFileSync(join(dir, 'feeds', 'earlier.jsonl'), jsonl([{ id: EARLIER_ID, headline: 'قطعنامه پیشین درباره قدس', tags: ['فلسطین'] }]));
  writeFileSync(join(dir, 'feeds', 'desk.jsonl'), jsonl(DESK_LINES));
  writeFileSync(join(dir, 'feeds', 'more.jsonl'), jsonl(MORE_LINES));
  copyFileSync(join(sharedSamplesDir(), SAMPLE_NAME), join(dir, 'feeds', SAMPLE_NAME));

  // An earlier import, and stories on other subjects: related coverage weighs what is shared
  // by how rare it is, so an archive where everything shares everything relates nothing.
  const earlier = Archive.open(db);
  try {
    expect((await importPaths(earlier, [join(dir, 'feeds', 'earlier.jsonl')])).files[0].errors).toEqual([]);
  } finally {
    earlier.close();
  }
  withArchive((archive) => {
    const others = [
      ['قیمت نفت برنت افزایش یافت', 'اقتصاد'],
      ['بازار ارز آرام بود', 'اقتصاد'],
      ['تیم ملی فوتبال پیروز شد', 'ورزش'],
      ['بارش برف در تهران', 'جامعه'],
    ];
    for (const [headline, tag] of others) archive.articles.create({ headline, tags: [tag] });
  });

  imported = dabir(['import', '--json', 'feeds/desk.jsonl', 'feeds/more.jsonl', `feeds/${SAMPLE_NAME}`]);
  report = jsonOf<ImportJson>(imported);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dabir import with tags and links', () => {
  it('imports every line; a link to an unknown article is reported with its FILE:LINE and fails the run', () => {
    expect(imported.status).toBe(1);
    expect(report.imported.map((entry) => entry.source)).toEqual([
      'feeds/desk.jsonl:1',
      'feeds/desk.jsonl:2',
      'feeds/desk.jsonl:3',
      'feeds/more.jsonl:1',
      `feeds/${SAMPLE_NAME}:1`,
    ]);
    expect(report.errors).toEqual([
      {
        source: 'feeds/desk.jsonl:3',
        message: `the related link to ${MISSING_ID} was not made: there is no article with that id in the archive or in this import; the article was imported without it`,
        code: 'link_not_made',
      },
    ]);
    expect(imported.stderr).toBe('dabir: 1 problem; see "errors": 1 link not made (its article was imported without it)\n');
  });

  it('show --json adds tags, entities, links (forward, backward, across files) and backlinks after the old keys', () => {
    const shown = dabir(['show', A, '--json']);
    expect(shown.status).toBe(0);
    const article = jsonOf<ShownJson>(shown);
    expect(Object.keys(article)).toEqual([
      'id', 'headline', 'kicker', 'lead', 'byline', 'desk', 'status', 'dateline', 'createdAt', 'updatedAt', 'revision', 'body',
      'tags', 'entities', 'suggestedEntities', 'links', 'backlinks',
    ]);
    expect(article.tags).toEqual(['OIC', 'فلسطین']);
    expect(article.entities).toEqual([]);
    const oic = article.suggestedEntities.find((entity) => entity.canonical === OIC);
    expect(oic).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), canonical: OIC, kind: 'organisation' });
    expect(article.links).toEqual([
      { id: B, headline: DESK_LINES[1].headline, type: 'follow_up' },
      { id: EARLIER_ID, headline: 'قطعنامه پیشین درباره قدس', type: 'related' },
    ]);
    expect(article.backlinks).toEqual([{ id: X, headline: 'پیوند نادرست', type: 'correction' }]);

    // The other end of the links, and the line whose bad link was dropped, in-process.
    const b = JSON.parse(inProcess(['show', B, '--json']).stdout) as ShownJson;
    expect(b.tags).toEqual(['فلسطین', 'قدس']);
    expect(b.links).toEqual([{ id: C, headline: MORE_LINES[0].headline, type: 'background' }]);
    expect(b.backlinks).toEqual([{ id: A, headline: DESK_LINES[0].headline, type: 'follow_up' }]);
    const x = JSON.parse(inProcess(['show', X, '--json']).stdout) as ShownJson;
    expect(x.links).toEqual([{ id: A, headline: DESK_LINES[0].headline, type: 'correction' }]);
  });

  it('shows tags, suggested entities, links and backlinks in the text view, before the body', () => {
    const run = inProcess(['show', A]);
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('\nTags:     OIC · فلسطین\n');
    expect(text).toMatch(new RegExp(`\\nSuggested entities [^\\n]*:\\n(  .*\\n)*  organisation  [0-9a-f-]{36}  ${OIC}\\n`));
    expect(text).toContain(`\nLinks:\n  follow_up     ${B}  ${DESK_LINES[1].headline}\n  related       ${EARLIER_ID}  قطعنامه پیشین درباره قدس\n`);
    expect(text).toContain(`\nBacklinks (articles that link here):\n  correction    ${X}  پیوند نادرست\n`);
    expect(text.endsWith(`\n\n${DESK_LINES[0].body}\n`)).toBe(true);
  });

  it('makes each link once, refuses a link to the article itself, and says so in the text summary', async () => {
    const sameDb = db;
    db = join(dir, 'links.sqlite');
    try {
      const self = 'eeeeeeee-0000-4000-8000-00000000000e';
      const target = 'ffffffff-0000-4000-8000-00000000000f';
      writeFileSync(
        join(dir, 'feeds', 'self.jsonl'),
        jsonl([
          { id: self, headline: 'خودارجاع', links: [self, target, { id: target, type: 'related' }, { id: target, type: 'correction' }] },
          { id: target, headline: 'مقصد' },
        ]),
      );
      const run = await runDabirInProcessAsync(['import', join(dir, 'feeds', 'self.jsonl'), '--db', db], dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`Imported 2 articles from ${join(dir, 'feeds', 'self.jsonl')} (1 link not made)\n`);
      expect(run.stderr).toBe(
        `dabir: ${join(dir, 'feeds', 'self.jsonl')}:1: the related link to ${self} was not made: an article cannot link to itself; the article was imported without it\n` +
          'dabir: 1 problem: 1 link not made (its article was imported without it); everything else was imported\n',
      );
      const links = JSON.parse(inProcess(['show', self, '--json']).stdout).links;
      expect(links).toEqual([
        { id: target, headline: 'مقصد', type: 'related' },
        { id: target, headline: 'مقصد', type: 'correction' },
      ]);
    } finally {
      db = sameDb;
    }
  });

  it('detects mentions on import: the shared sample is offered the OIC', () => {
    const sample = report.imported.find((entry) => entry.source === `feeds/${SAMPLE_NAME}:1`)!;
    const article = jsonOf<ShownJson>(dabir(['show', sample.id, '--json']));
    expect(article.tags).toEqual([]);
    expect(article.entities).toEqual([]);
    const suggested = article.suggestedEntities.map((entity) => entity.canonical);
    expect(suggested).toContain(OIC);
    expect(suggested).toEqual(expect.arrayContaining(['ایران', 'اندونزی', 'فلسطین']));
    expect(article.links).toEqual([]);
    expect(article.backlinks).toEqual([]);
  });
});

describe('dabir tags', () => {
  it('lists every tag with its count, most used first; spelling variants are one tag', () => {
    const run = dabir(['tags', '--json']);
    expect(run.status).toBe(0);
    const { tags } = jsonOf<{ tags: Array<{ id: string; name: string; count: number }> }>(run);
    expect(tags[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'فلسطین', count: 3 });
    expect(Object.keys(tags[0])).toEqual(['id', 'name', 'count']);
    expect(tags.map((tag) => tag.name).sort()).toEqual(['OIC', 'اقتصاد', 'جامعه', 'فلسطین', 'قدس', 'ورزش'].sort());
    expect(tags.find((tag) => tag.name === 'اقتصاد')?.count).toBe(2);
    const counts = tags.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const text = inProcess(['tags', '--limit', '2']).stdout.split('\n');
    expect(text[0]).toBe('ARTICLES  TAG');
    expect(text[1]).toBe('       3  فلسطین');
    expect(text[2]).toBe('       2  اقتصاد');
    expect(text[3]).toBe('Showing the 2 most used tags; use --limit N (up to 1000) to see more.');
    expect(JSON.parse(inProcess(['tags', 'فلسط', '--json']).stdout).tags.map((tag: { name: string }) => tag.name)).toEqual(['فلسطین']);
  });
});

describe('dabir entities and entity', () => {
  it('lists the organisations, the gazetteer\'s OIC among them', () => {
    const run = dabir(['entities', '--kind', 'organisation', '--limit', '500', '--json']);
    expect(run.status).toBe(0);
    const listed = jsonOf<{ total: number; entities: Array<{ id: string; kind: string; canonical: string; mentions: number }> }>(run);
    expect(Object.keys(listed)).toEqual(['total', 'entities']);
    expect(listed.entities.length).toBe(listed.total);
    expect(listed.entities.every((entity) => entity.kind === 'organisation')).toBe(true);
    const oic = listed.entities.find((entity) => entity.canonical === OIC);
    expect(oic).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), kind: 'organisation', canonical: OIC, mentions: 0 });
    expect(Object.keys(oic!)).toEqual(['id', 'kind', 'canonical', 'mentions']);

    // Text: the name last on the line; a query by the acronym, in either spelling of the kind.
    const text = inProcess(['entities', '--kind', 'organization', 'OIC']);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(`ID                                    KIND          MENTIONS  NAME\n${oic!.id}  organisation         0  ${OIC}\n`);
  });

  let person: { id: string };

  it('adds a person, its name given as words the shell split', () => {
    const added = dabir(['entity', 'add', '--kind', 'person', 'علی', 'باقری', 'کنی', '--description', 'معاون وزیر امور خارجه', '--json']);
    expect(added.status).toBe(0);
    expect(added.stderr).toBe('');
    person = jsonOf(added);
    expect(person).toMatchObject({
      kind: 'person',
      canonical: 'علی باقری کنی',
      aliases: [{ name: 'علی باقری کنی', ambiguous: false }],
      description: 'معاون وزیر امور خارجه',
      startsOn: null,
      endsOn: null,
      mentions: 0,
      revision: 1,
    });
    expect(Object.keys(person)).toEqual([
      'id', 'kind', 'canonical', 'aliases', 'description', 'startsOn', 'endsOn', 'mentions', 'gazetteerKey', 'revision', 'createdAt', 'updatedAt',
    ]);
  });

  it('gives it an alias, named by a variant spelling, and finds it by the alias spelt with Arabic yeh', () => {
    const aliased = dabir(['entity', 'alias', 'علی باقري کني', 'باقری', '--json']);
    expect(aliased.status).toBe(0);
    expect(jsonOf(aliased)).toMatchObject({ id: person.id, revision: 2, aliases: expect.arrayContaining([{ name: 'باقری', ambiguous: false }]) });

    const found = dabir(['entities', 'باقري', '--json']);
    expect(found.status).toBe(0);
    expect(jsonOf(found)).toEqual({ total: 1, entities: [{ id: person.id, kind: 'person', canonical: 'علی باقری کنی', mentions: 0 }] });

    // An alias already there (any spelling) changes nothing; --ambiguous flags it; --remove takes it away.
    expect(inProcess(['entity', 'alias', person.id, 'باقري']).stdout).toMatch(/^«باقري» is already a name of this entity \(as «باقری»\); nothing changed\.\n/);
    const flagged = JSON.parse(inProcess(['entity', 'alias', person.id, 'باقری', '--ambiguous', '--json']).stdout);
    expect(flagged.aliases).toContainEqual({ name: 'باقری', ambiguous: true });
    const removed = inProcess(['entity', 'alias', person.id, 'باقري', '--remove', '--json']);
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout).aliases).toEqual([{ name: 'علی باقری کنی', ambiguous: false }]);
    expect(inProcess(['entity', 'alias', person.id, 'باقری', '--remove'])).toMatchObject({
      status: 1,
      stderr: `dabir: «باقری» is not a name of entity ${person.id} (its names: «علی باقری کنی»)\n`,
    });
    expect(inProcess(['entity', 'alias', person.id, 'علی باقري کني', '--remove'])).toMatchObject({
      status: 1,
      stderr: `dabir: «علی باقري کني» is the canonical name of entity ${person.id}; it can't be removed\n`,
    });
  });

  it('names the candidates when a name belongs to more than one entity, and says so when it belongs to none', () => {
    const first = JSON.parse(inProcess(['entity', 'add', '--kind', 'place', 'کنگره', '--json']).stdout);
    const second = inProcess(['entity', 'add', '--kind', 'organisation', 'کنگره ملی', '--alias', 'کنگره', '--json']);
    expect(second.status).toBe(0);
    const other = JSON.parse(second.stdout);
    // Told, not refused: detection will offer both wherever the name appears.
    expect(second.stderr).toBe(`dabir: note: «کنگره» is also a name of place ${first.id} «کنگره»; articles using it will be offered all of them\n`);

    const ambiguous = inProcess(['entity', 'alias', 'كنگره', 'کنگرس']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stdout).toBe('');
    const lines = ambiguous.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('dabir: 2 entities are named "كنگره"; give the id of the one you mean:');
    expect(lines.slice(1).sort()).toEqual([`  ${first.id}  place         کنگره`, `  ${other.id}  organisation  کنگره ملی`].sort());

    expect(inProcess(['entity', 'show', 'ناموجود'])).toMatchObject({
      status: 1,
      stderr: 'dabir: no entity is named "ناموجود" (dabir entities "ناموجود" lists the names that start with it)\n',
    });
    expect(inProcess(['entity', 'show', MISSING_ID])).toMatchObject({ status: 1, stderr: `dabir: no entity with id ${MISSING_ID}\n` });
  });

  it('adds an event with Solar Hijri dates', () => {
    const run = inProcess(['entity', 'add', '--kind', 'event', 'اجلاس اضطراری جاکارتا', '--from', '۱۳۹۶/۰۹/۲۲', '--to', '2017-12-14', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'event', startsOn: '2017-12-13', endsOn: '2017-12-14' });
  });
});

describe('dabir related and entity show', () => {
  beforeAll(() => {
    // What an editor does in the app: confirm the OIC in the two stories of the summit.
    withArchive((archive) => {
      const [oic] = archive.entityReads.list({ kind: 'organisation', query: OIC }).items.filter((entity) => entity.canonical === OIC);
      for (const id of [A, B]) archive.mentions.setState(id, oic.id, 'confirmed');
    });
  });

  it('lists the articles sharing confirmed entities and tags, best first, with what they share', () => {
    const run = dabir(['related', A, '--json']);
    expect(run.status).toBe(0);
    const answer = jsonOf(run);
    expect(Object.keys(answer)).toEqual(['id', 'related']);
    expect(answer.id).toBe(A);
    const [best] = answer.related;
    expect(best).toMatchObject({ id: B, headline: DESK_LINES[1].headline, day: '2017-12-14', sharedEntities: [OIC], sharedTags: ['فلسطین'] });
    expect(Object.keys(best)).toEqual(['id', 'headline', 'day', 'score', 'sharedEntities', 'sharedTags', 'sharedTerms', 'linked']);
    expect(best.score).toBeGreaterThan(0);
    expect(best.linked).toBe(true);
    expect(answer.related.map((item: { id: string }) => item.id)).not.toContain(A);

    const text = inProcess(['related', A, '--limit', '1']).stdout.split('\n');
    expect(text[0]).toMatch(new RegExp(`^\\d+\\.\\d{3}  2017-12-14  ${B}  \\(linked\\)  ${DESK_LINES[1].headline}$`));
    expect(text[1]).toMatch(new RegExp(`^ +shares entities: ${OIC}$`));
    expect(text[2]).toMatch(/^ +shares tags: فلسطین$/);
  });

  it('shows an entity page: names, the articles confirmed to mention it, and the entities mentioned with it', () => {
    const page = JSON.parse(inProcess(['entity', 'show', 'oic', '--json']).stdout);
    expect(Object.keys(page)).toEqual(['entity', 'timeline', 'coMentioned']);
    expect(page.entity).toMatchObject({ canonical: OIC, kind: 'organisation', mentions: 2, gazetteerKey: expect.any(String) });
    expect(page.entity.aliases).toContainEqual({ name: 'OIC', ambiguous: false });
    expect(page.timeline).toEqual([
      { id: B, headline: DESK_LINES[1].headline, day: '2017-12-14', status: 'draft' },
      { id: A, headline: DESK_LINES[0].headline, day: '2017-12-13', status: 'draft' },
    ]);
    expect(page.coMentioned).toEqual([]);

    const text = inProcess(['entity', 'show', OIC, '--limit', '1']).stdout;
    expect(text.startsWith(`${OIC}\n`)).toBe(true);
    expect(text).toContain('\nMentions: 2 confirmed\n');
    expect(text).toContain(`\nArticles that mention it, newest first:\n  2017-12-14  draft      ${B}  ${DESK_LINES[1].headline}\n  Showing 1 of 2 articles; use --limit N (up to 500) to see more.\n`);
  });
});

describe('the workbench commands refuse a wrong command line', () => {
  const ENTITY_HINT =
    'Usage: dabir [--db PATH] entity add --kind K NAME [--alias A]... [--description D] [--from DATE] [--to DATE] [--json] | entity alias ID_OR_NAME ALIAS [--ambiguous | --remove] [--json] | entity show ID_OR_NAME [--limit N] [--json]; "dabir --help" explains more.\n';
  const ENTITIES_HINT = 'Usage: dabir [--db PATH] entities [--kind person|organisation|country|place|event] [--limit N] [--offset N] [QUERY] [--json]; "dabir --help" explains more.\n';
  const RELATED_HINT = 'Usage: dabir [--db PATH] related ID [--limit N] [--json]; "dabir --help" explains more.\n';
  const GENERAL_HINT =
    'Usage: dabir [--db PATH] <import PATH... [--tidy] [--confirm-known] | list [--limit N] [--offset N] | show ID | search QUERY | tags | entities [QUERY] | entity add|alias|show ... | quotes [PERSON] | related ID | export ID | export --format F --out PATH | merge OTHER | history ID | revert ID REVISION | backup [DEST] | backups | restore SRC | check [--full]> [--json]; "dabir --help" explains more.\n';

  it.each([
    [['entities', '--kind', 'planet'], '--kind must be one of person, organisation, country, place, event, not "planet"', ENTITIES_HINT],
    [['entities', '--ambiguous'], '--ambiguous does not apply to entities', ENTITIES_HINT],
    [['entity'], 'entity needs a subcommand: add, alias, show', ENTITY_HINT],
    [['entity', 'rename', 'x'], 'unknown entity subcommand "rename" (use add, alias, show)', ENTITY_HINT],
    [['entity', 'add', 'ظریف'], 'entity add needs --kind: person, organisation, country, place or event', ENTITY_HINT],
    [['entity', 'add', '--kind', 'person'], 'entity add needs a name: dabir entity add --kind K NAME', ENTITY_HINT],
    [['entity', 'add', '--kind', 'person', 'ظریف', '--from', '2017-12-07'], '--from applies only to events (--kind event)', ENTITY_HINT],
    [['entity', 'add', '--kind', 'event', 'نشست', '--from', '2017-12-08', '--to', '2017-12-07'], "--from 2017-12-08 is after --to 2017-12-07: an event can't end before it starts", ENTITY_HINT],
    [['entity', 'add', '--kind', 'person', '--alias', '…', 'ظریف'], 'the alias "…" has no letters or digits to match it by', ENTITY_HINT],
    [['entity', 'alias', 'ظریف'], 'entity alias needs the entity and the alias: dabir entity alias ID_OR_NAME ALIAS (quote a name of several words)', ENTITY_HINT],
    [['entity', 'alias', 'ظریف', 'x', '--ambiguous', '--remove'], '--ambiguous and --remove do not go together', ENTITY_HINT],
    [['entity', 'show', 'ظریف', '--kind', 'person'], '--kind does not apply to entity show', ENTITY_HINT],
    [['related'], 'related needs exactly one article id: dabir related ID', RELATED_HINT],
    [['related', A, '--limit', '101'], '--limit must be a whole number from 1 to 100, not "101"', RELATED_HINT],
    [['show', A, '--kind', 'person'], '--kind does not apply to show', GENERAL_HINT],
  ])('refuses %j', (args, message, hint) => {
    const run = inProcess(args);
    expect(run).toEqual({ status: 2, stdout: '', stderr: `dabir: ${message}\n${hint}` });
  });

  it('fails clearly for an article that is not there', () => {
    expect(inProcess(['related', MISSING_ID])).toEqual({ status: 1, stdout: '', stderr: `dabir: no article with id ${MISSING_ID}\n` });
  });

  it('never creates an archive to read from', () => {
    const missing = join(dir, 'nowhere.sqlite');
    for (const args of [['tags'], ['entities'], ['entity', 'show', 'x'], ['related', A]]) {
      let stderr = '';
      const status = runCli([...args, '--db', missing], { stdout: () => {}, stderr: (text) => void (stderr += text), env: { XDG_CONFIG_HOME: dir } });
      expect(status).toBe(1);
      expect(stderr).toMatch(/^dabir: there is no archive at /);
    }
    expect(existsSync(missing)).toBe(false);
  });
});
