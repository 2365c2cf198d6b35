/**
 * The archive's safekeeping end to end, in Chromium on the real browser shell: the Backups
 * page (a backup now, a restore after its confirmation), the page a damaged archive opens on,
 * a read-only archive, and a save on a full disk.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../db/editor/headless';
import { migrationsOf } from '../../db/open';
import { takeBackup } from '../../db/safekeeping/backups-folder';
import { useBrowserSuite } from '../support/browser-suite';
import { damageTable } from '../support/damage-archive';
import { DeskPage } from '../support/desk-page';
import { makeTempDir } from '../support/temp-archive';
import { canMountTinyDisk, mountTinyDisk } from '../support/tiny-disk';

const suite = useBrowserSuite();
const HEADLINE = 'دیدار وزیران خارجهٔ ایران و عمان در مسقط';

class BackupsPage extends DeskPage {
  async openBackups(): Promise<void> {
    await this.page.locator('summary', { hasText: 'تنظیمات' }).click();
    await this.page.getByTestId('open-backups').click();
    await this.page.getByTestId('backups-view').waitFor();
  }

  get rows() {
    return this.page.getByTestId('backup-row');
  }

  async openArticle(headline: string): Promise<void> {
    await this.articleItems.filter({ hasText: headline }).click();
    await expect.poll(() => this.headline.inputValue()).toBe(headline);
  }
}

/** A fresh archive file with `count` articles, made through the archive's own API. */
function seedArticles(count: number) {
  return (archive: import('../../db/archive').Archive) =>
    Array.from({ length: count }, (_, i) =>
      archive.articles.create({ headline: i === 0 ? HEADLINE : `گزارش شمارهٔ ${i} از نشست`, body: bodyFromPlainText('دو وزیر دربارهٔ تحولات منطقه گفت‌وگو کردند. '.repeat(40)) }).id,
    );
}

describe('the Backups page', () => {
  it('takes a backup now, in the background while the writer types, and lists it as checked', async () => {
    const { page } = await suite.open(seedArticles(3));
    const app = new BackupsPage(page);
    await app.openArticle(HEADLINE);
    await app.openBackups();
    await expect.poll(() => page.getByTestId('backups-view').textContent()).toContain('هنوز پشتیبانی گرفته نشده است.');

    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-done').waitFor();
    // The list is asked for again once the job has ended.
    await expect.poll(() => app.rows.count()).toBe(1);
    const row = await app.rows.first().textContent();
    expect(row).toContain('به درخواست شما');
    expect(row).toContain('۳');
    expect(row).toContain('بررسی‌شده');
    expect(readdirSync(join(dirname(suite.session.dbPath), 'Backups')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);

    // A backup started while the writer works leaves the editor as responsive as ever.
    await page.getByTestId('view-back').click();
    await app.openBackups();
    await page.getByTestId('backup-now').click();
    await page.getByTestId('view-back').click();
    await app.body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' خبرنگار ما گزارش داد');
    await app.waitUntilSaved();
    expect(await app.body.textContent()).toContain('خبرنگار ما گزارش داد');
  });

  it('restores a backup after a confirmation that says what will happen, keeping the replaced archive as a backup', async () => {
    const { page } = await suite.open(seedArticles(2));
    const app = new BackupsPage(page);
    await app.openArticle(HEADLINE);
    await app.openBackups();
    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-done').waitFor();
    await page.getByTestId('view-back').click();

    await app.headline.fill('تیتر تازه پس از پشتیبان');
    await app.waitUntilSaved();
    await app.openBackups();
    await app.rows.first().getByTestId('backup-restore').click();
    const dialog = page.getByTestId('restore-dialog');
    await dialog.waitFor();
    const explanation = await page.getByTestId('restore-explain').textContent();
    expect(explanation).toContain('۲ خبر');
    expect(explanation).toContain('«پیش از بازگردانی»');
    expect(explanation).toContain('دوباره بار می‌شود');

    await page.getByTestId('restore-confirm').click();
    // The app reloads on the restored archive.
    await page.waitForEvent('load');
    await page.getByTestId('article-list').waitFor();
    await app.openArticle(HEADLINE);
    await app.openBackups();
    await expect.poll(() => app.rows.count()).toBe(2);
    expect(await app.rows.first().textContent()).toContain('پیش از بازگردانی');
  });
});

describe('a damaged archive', () => {
  it('opens on a page that says so in Persian and restores the newest checked backup, setting the damaged file aside', async () => {
    const dbPath = join(makeTempDir('dabir-e2e-'), 'archive.sqlite');
    const { Archive } = await import('../../db/archive');
    const seeding = Archive.open(dbPath);
    seedArticles(30)(seeding);
    await takeBackup(seeding.db, dbPath, 'quit', { newestSchema: migrationsOf().length });
    seeding.close();
    damageTable(dbPath, 'articles');
    const damagedBytes = readFileSync(dbPath);

    const { page } = await suite.open(undefined, { dbPath, waitFor: 'damaged-archive' });
    const screen = page.getByTestId('damaged-archive');
    expect(await screen.getByRole('heading').textContent()).toBe('پروندهٔ بایگانی آسیب دیده است');
    expect(await screen.textContent()).toContain('دبیر چیزی در این پرونده ننوشته و چیزی از آن پاک نکرده است.');
    expect(await page.getByTestId('damaged-offer').textContent()).toContain('۳۰ خبر');

    await page.getByTestId('restore-newest').click();
    expect(await page.getByTestId('restore-explain').textContent()).toContain('با نامی تازه کنار بایگانی نگه داشته می‌شود');
    await page.getByTestId('restore-confirm').click();
    await page.waitForEvent('load');
    await page.getByTestId('article-list').waitFor();
    await expect.poll(() => new DeskPage(page).articleItems.count()).toBe(30);

    const aside = readdirSync(dirname(dbPath)).find((name) => /^archive damaged .*\.sqlite$/.test(name));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dirname(dbPath), aside!)).equals(damagedBytes)).toBe(true);
  });

  it('turns to that page when the archive worker meets damage in the middle of a session', async () => {
    const { page } = await suite.open(seedArticles(30));
    const app = new BackupsPage(page);
    await expect.poll(() => app.articleItems.count()).toBe(30);
    // The disk goes bad under the running app: a page of the articles is overwritten. Another
    // connection's write then moves the log on, so the worker reads from the file again
    // instead of from the pages it already holds.
    const outside = new Database(suite.session.dbPath);
    outside.pragma('wal_checkpoint(TRUNCATE)');
    damageTable(suite.session.dbPath, 'articles');
    outside.exec('CREATE TABLE outside_write (x); DROP TABLE outside_write;');
    outside.close();

    await page.getByTestId('search-input').fill('گزارش');
    await page.getByTestId('damaged-archive').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('damaged-archive').getByRole('heading').textContent()).toBe('پروندهٔ بایگانی آسیب دیده است');
    expect(await page.getByTestId('damaged-no-backup').textContent()).toContain('هیچ پشتیبانِ بررسی‌شده‌ای از این بایگانی پیدا نشد');
  });

  it('says plainly when there is no backup to offer', async () => {
    const dbPath = join(makeTempDir('dabir-e2e-'), 'archive.sqlite');
    const { Archive } = await import('../../db/archive');
    const seeding = Archive.open(dbPath);
    seedArticles(30)(seeding);
    seeding.close();
    damageTable(dbPath, 'articles');

    const { page } = await suite.open(undefined, { dbPath, waitFor: 'damaged-archive' });
    expect(await page.getByTestId('damaged-no-backup').textContent()).toContain('هیچ پشتیبانِ بررسی‌شده‌ای از این بایگانی پیدا نشد');
    expect(existsSync(dbPath)).toBe(true);
  });
});

describe('saving when the archive cannot take it', () => {
  it('opens a read-only archive with a notice, and keeps an edit in the window with a Persian message', async () => {
    const dir = makeTempDir('dabir-e2e-');
    const dbPath = join(dir, 'archive.sqlite');
    const { Archive } = await import('../../db/archive');
    const seeding = Archive.open(dbPath);
    seedArticles(1)(seeding);
    seeding.close();
    chmodSync(dbPath, 0o444);

    const { page } = await suite.open(undefined, { dbPath });
    const app = new BackupsPage(page);
    await page.getByTestId('read-only-notice').waitFor();
    expect(await page.getByTestId('read-only-notice').textContent()).toContain('این بایگانی فقط‌خواندنی است');
    await app.openArticle(HEADLINE);
    await app.headline.fill('ویرایشی که ذخیره نمی‌شود');
    await expect.poll(() => app.saveState(), { timeout: 10_000 }).toBe('error');
    expect(await app.saveStatus.textContent()).toBe('بایگانی فقط‌خواندنی است؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.');
    expect(await app.headline.inputValue()).toBe('ویرایشی که ذخیره نمی‌شود');
  });

  // A real full disk: a tiny filesystem. The archive runs in the shell's worker, so the page
  // limit a test could set on its own connection would not reach the worker's.
  it.skipIf(!canMountTinyDisk)(
    'fails a save on a full disk within a second with a Persian message, keeps the draft and the last version, and saves once there is room',
    async () => {
      // Room for the archive with its starter gazetteer, its WAL and a backup on open, and little more.
      const disk = mountTinyDisk(32 * 1024)!;
      try {
        const dbPath = join(disk.dir, 'archive.sqlite');
        const { Archive } = await import('../../db/archive');
        const seeding = Archive.open(dbPath);
        seedArticles(1)(seeding);
        seeding.close();
        const { page } = await suite.open(undefined, { dbPath });
        const app = new BackupsPage(page);
        await app.openArticle(HEADLINE);
        disk.fill(16 * 1024);

        const draft = 'متن تازه‌ای که دیسک پر جایی برایش ندارد. '.repeat(600);
        await app.body.click();
        await page.keyboard.press('Control+End');
        const request = page.waitForRequest('**/api/saveArticle');
        const response = page.waitForResponse('**/api/saveArticle');
        await page.keyboard.insertText(draft);
        await request;
        const sent = Date.now();
        const answer = await (await response).json();
        expect(Date.now() - sent).toBeLessThan(1000);
        expect(answer).toMatchObject({ ok: false, error: { code: 'disk_full' } });
        await expect.poll(() => app.saveState()).toBe('error');
        expect(await app.saveStatus.textContent()).toBe('دیسک پر است؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.');
        expect(await app.body.textContent()).toContain(draft.trim());
        const id = (await app.hashParam('article'))!;
        expect(suite.session.archive.articles.get(id).bodyText).not.toContain('دیسک پر');

        disk.makeRoom();
        await page.getByRole('button', { name: 'دوباره ذخیره کن' }).click();
        await app.waitUntilSaved();
        expect(suite.session.archive.articles.get(id).bodyText).toContain(draft.trim());
      } finally {
        disk.unmount();
      }
    },
  );
});
