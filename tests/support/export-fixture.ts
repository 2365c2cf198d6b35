/**
 * The article the export tests export, written into a real archive through its services: a
 * headline that needs escaping, every head field, and a body built with Lexical's own node
 * functions holding Persian with half-spaces, a Latin paragraph, bold, a list, an @mention of
 * a real entity and a [[link]] to a real article.
 */
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { SerializedBody } from '../../common/contract';
import { $createArticleLinkNode } from '../../common/editor/ArticleLinkNode';
import { $createEntityMentionNode } from '../../common/editor/EntityMentionNode';
import { afterEach, beforeEach } from 'vitest';
import type { Archive } from '../../db/archive';
import { createArticleEditor } from '../../db/editor/headless';
import { openTempArchive, type TempArchive } from './temp-archive';

const ZWNJ = '\u200c';

export const EXPORTED = {
  headline: `گفت${ZWNJ}وگوی "ظریف" و <کری>: توافق & تحریم${ZWNJ}ها`,
  kicker: 'پیگیری',
  lead: `وزیران خارجه ایران و آمریکا در وین دیدار کردند و گفتند توافق اجرا می${ZWNJ}شود.`,
  byline: 'خبرنگار اعزامی',
  desk: 'سیاسی',
  datelinePlace: 'وین',
  datelineDate: '2017-12-07', // ۱۶ آذر ۱۳۹۶
  /** The file name the headline gives: Persian kept, half-spaces and punctuation dropped. */
  filenameStem: 'گفتوگوی-ظریف-و-کری-توافق-تحریمها',
  mentionText: 'ظریف',
  persianParagraph: `وزیر امور خارجه ظریف گفت این توافق اجرا می${ZWNJ}شود و تحریم${ZWNJ}ها برداشته می${ZWNJ}شود.`,
  latinParagraph: "The IAEA confirmed Iran's compliance.",
  listItems: ['کاهش ذخایر اورانیوم', `بازرسی${ZWNJ}های بین${ZWNJ}المللی`],
  subheading: `پیشینهٔ مذاکرات`,
  targetHeadline: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا',
} as const;

export interface ExportFixture {
  articleId: string;
  entityId: string;
  targetId: string;
}

function bodyWithReferences(entityId: string, targetId: string): SerializedBody {
  const editor = createArticleEditor();
  editor.update(
    () => {
      const persian = $createParagraphNode().append(
        $createTextNode('وزیر امور خارجه '),
        $createEntityMentionNode(entityId, EXPORTED.mentionText),
        $createTextNode(` گفت این توافق اجرا می${ZWNJ}شود و `),
        $createTextNode(`تحریم${ZWNJ}ها`).toggleFormat('bold'),
        $createTextNode(` برداشته می${ZWNJ}شود.`),
      );
      const list = $createListNode('bullet').append(
        ...EXPORTED.listItems.map((item) => $createListItemNode().append($createTextNode(item))),
      );
      const linked = $createParagraphNode().append(
        $createTextNode('پیشینه را در '),
        $createArticleLinkNode(targetId, EXPORTED.targetHeadline),
        $createTextNode(' بخوانید.'),
      );
      $getRoot().append(
        $createHeadingNode('h2').append($createTextNode(EXPORTED.subheading)),
        persian,
        $createParagraphNode().append($createTextNode(EXPORTED.latinParagraph)),
        list,
        linked,
      );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}

export function seedExportArticle(archive: Archive): ExportFixture {
  const { services } = archive;
  const entity = services.createEntity({ kind: 'person', canonical: 'محمدجواد ظریف', aliases: [{ name: 'ظریف' }] });
  const target = services.createArticle({ fields: { headline: EXPORTED.targetHeadline, datelineDate: '2017-12-13', status: 'published' } });
  const article = services.createArticle({
    fields: {
      headline: EXPORTED.headline,
      kicker: EXPORTED.kicker,
      lead: EXPORTED.lead,
      byline: EXPORTED.byline,
      desk: EXPORTED.desk,
      datelinePlace: EXPORTED.datelinePlace,
      datelineDate: EXPORTED.datelineDate,
      body: bodyWithReferences(entity.id, target.id),
    },
  });
  return { articleId: article.id, entityId: entity.id, targetId: target.id };
}

export interface SeededExportArchive {
  temp: TempArchive;
  fixture: ExportFixture;
}

/** For each test of the calling file, a fresh archive file holding the exported article. */
export function seedExportArchivePerTest(): Readonly<SeededExportArchive> {
  const seeded = {} as SeededExportArchive;
  beforeEach(() => {
    seeded.temp = openTempArchive();
    seeded.fixture = seedExportArticle(seeded.temp.archive);
  });
  afterEach(() => seeded.temp.cleanup());
  return seeded;
}
