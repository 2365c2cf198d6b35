/** The name an export is offered under, from headlines editors really write. */
import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../db/export/filename';

const ZWNJ = '\u200c';

describe('export file names', () => {
  it.each([
    [`سفر وزیر امور خارجه به ژنو`, 'سفر-وزیر-امور-خارجه-به-ژنو.md'],
    [`«توافق» اجرا می${ZWNJ}شود؟`, 'توافق-اجرا-میشود.md'],
    // Chromium would write a half-space as `_`; the word is joined instead.
    [`گفت${ZWNJ}وگوی ${ZWNJ}تحریم${ZWNJ}ها${ZWNJ}`, 'گفتوگوی-تحریمها.md'],
    ['گروه ۵+۱: نشست در وین', 'گروه-۵-۱-نشست-در-وین.md'],
    ['IAEA / Iran: "report" <draft>', 'IAEA-Iran-report-draft.md'],
    ['C:\\temp\\..\\..\\etc|passwd*?', 'C-temp-etc-passwd.md'],
    [`\u202Bتیتر\u202C\tبا\u0000کنترل`, 'تیتر-با-کنترل.md'],
    ['مُذاکِرات', 'مُذاکِرات.md'],
    ['...', 'بیتیتر.md'],
    ['   ', 'بیتیتر.md'],
    ['CON', 'CON-article.md'],
  ])('%s → %s', (headline, expected) => {
    expect(exportFilename(headline, 'md')).toBe(expected);
  });

  it('stops at a word before the name grows too long for a file system', () => {
    const name = exportFilename('نشست '.repeat(40), 'html');
    expect(name.endsWith('.html')).toBe(true);
    const stem = name.slice(0, -'.html'.length);
    expect(Array.from(stem).length).toBeLessThanOrEqual(80);
    expect(stem.split('-').every((word) => word === 'نشست')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThan(255);
    // One word longer than the limit is cut rather than dropped.
    expect(Array.from(exportFilename('ا'.repeat(300), 'md')).length).toBe(80 + '.md'.length);
  });
});
