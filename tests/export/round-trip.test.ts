/**
 * Exported text read back by Lexical: the HTML file through `$generateNodesFromDOM` (what a
 * paste of it into the editor does) and the Markdown through `$convertFromMarkdownString`
 * give the same @mention and [[link]] nodes, with the same ids, names and formats.
 */
import { withDOM } from '@lexical/headless/dom';
import { $generateNodesFromDOM } from '@lexical/html';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../common/contract';
import { $isArticleLinkNode } from '../../common/editor/ArticleLinkNode';
import { $isEntityMentionNode } from '../../common/editor/EntityMentionNode';
import { createArticleEditor, readBody } from '../../db/editor/headless';
import { exportArticle } from '../../db/export/export-article';
import { ARTICLE_EXPORT_TRANSFORMERS } from '../../db/export/markdown-transformers';
import { bodyOf } from '../entities/support';
import { seedExportArchivePerTest } from '../support/export-fixture';

interface Reference {
  type: string;
  id: string;
  text: string;
  bold: boolean;
}

function $references(node: LexicalNode): Reference[] {
  if ($isEntityMentionNode(node)) return [{ type: 'mention', id: node.getEntityId(), text: node.getTextContent(), bold: node.hasFormat('bold') }];
  if ($isArticleLinkNode(node)) return [{ type: 'link', id: node.getArticleId(), text: node.getTextContent(), bold: node.hasFormat('bold') }];
  return $isElementNode(node) ? node.getChildren().flatMap($references) : [];
}

const referencesIn = (editor: LexicalEditor): Reference[] => editor.read(() => $references($getRoot()));

/** Pastes HTML into a fresh headless editor the way the editor's clipboard import does. */
function editorFromHtml(html: string, selector: string): LexicalEditor {
  const editor = createArticleEditor();
  withDOM((window) => {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    editor.update(() => $getRoot().append(...$generateNodesFromDOM(editor, document.querySelector(selector)!)), { discrete: true });
  });
  return editor;
}

const stateOf = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as SerializedBody;

const seeded = seedExportArchivePerTest();

describe('the exported HTML read back by Lexical', () => {
  it('restores the mention and the link nodes, and the text', () => {
    const article = seeded.temp.archive.articles.get(seeded.fixture.articleId);
    const original = createArticleEditor();
    original.setEditorState(original.parseEditorState(JSON.stringify(article.body)));

    const pasted = editorFromHtml(exportArticle(article, 'html').content, '.article-body');
    expect(referencesIn(pasted)).toEqual(referencesIn(original));
    expect(referencesIn(pasted).map(({ type, id }) => [type, id])).toEqual([
      ['mention', seeded.fixture.entityId],
      ['link', seeded.fixture.targetId],
    ]);
    // Every block, the bold word, the list and the half-spaces came back as written.
    expect(readBody(stateOf(pasted)).text).toBe(article.bodyText);
  });

  it('keeps a bold mention bold', () => {
    const body = bodyOf([{ mention: seeded.fixture.entityId, text: 'ظریف', format: 1 }, ' گفت.']);
    const article = seeded.temp.archive.services.createArticle({ fields: { headline: 'ظریف', body } });
    const html = exportArticle(seeded.temp.archive.articles.get(article.id), 'html').content;
    expect(html).toContain(`<b><span class="entity-mention" data-entity-id="${seeded.fixture.entityId}">ظریف</span></b>`);
    expect(referencesIn(editorFromHtml(html, '.article-body'))).toEqual([{ type: 'mention', id: seeded.fixture.entityId, text: 'ظریف', bold: true }]);
  });

  it('reads references pasted back with only their dabir:// address', () => {
    // What a program that drops data- attributes leaves of an exported mention and link.
    const html =
      `<p><a href="dabir://entity/${seeded.fixture.entityId.toUpperCase()}">ظریف</a> و ` +
      `<a href="dabir://article/${seeded.fixture.targetId}">نشست جاکارتا</a> و <a href="https://example.org/">وب</a></p>`;
    const editor = editorFromHtml(`<div id="pasted">${html}</div>`, '#pasted');
    expect(referencesIn(editor)).toEqual([
      { type: 'mention', id: seeded.fixture.entityId, text: 'ظریف', bold: false },
      { type: 'link', id: seeded.fixture.targetId, text: 'نشست جاکارتا', bold: false },
    ]);
    // An ordinary web link stays a web link.
    const webLinks = editor.read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.getParent()?.getType() === 'link')
        .map((node) => node.getTextContent()),
    );
    expect(webLinks).toEqual(['وب']);
  });
});

describe('the exported Markdown read back by Lexical', () => {
  it('restores the mention and the link nodes, brackets in their names included', () => {
    const article = seeded.temp.archive.articles.get(seeded.fixture.articleId);
    const renamed = { ...article, body: withBracketedLinkText(article.body!, 'نشست [فوق‌العاده] جاکارتا') };
    const markdown = exportArticle(renamed, 'markdown').content;
    expect(markdown).toContain(`[نشست \\[فوق‌العاده\\] جاکارتا](dabir://article/${seeded.fixture.targetId})`);

    const editor = createArticleEditor();
    const body = markdown.slice(markdown.indexOf('## '));
    editor.update(() => $convertFromMarkdownString(body, ARTICLE_EXPORT_TRANSFORMERS), { discrete: true });
    expect(referencesIn(editor)).toEqual([
      { type: 'mention', id: seeded.fixture.entityId, text: 'ظریف', bold: false },
      { type: 'link', id: seeded.fixture.targetId, text: 'نشست [فوق‌العاده] جاکارتا', bold: false },
    ]);
  });
});

/** The body with its [[link]] showing `text`, as after the target's headline changed. */
function withBracketedLinkText(body: SerializedBody, text: string): SerializedBody {
  const json = JSON.parse(JSON.stringify(body)) as { root: { children: Array<{ children?: Array<{ type: string; text?: string }> }> } };
  for (const block of json.root.children) {
    for (const child of block.children ?? []) if (child.type === 'article-link') child.text = text;
  }
  return json as unknown as SerializedBody;
}
