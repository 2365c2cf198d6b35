import type { EditorThemeClasses } from 'lexical';

/**
 * Class names Lexical puts on what it renders; the look is in ArticleEditor.css. Underline has
 * no tag of its own, so without a class it would not show at all.
 */
export const articleEditorTheme: EditorThemeClasses = {
  paragraph: 'ae-paragraph',
  quote: 'ae-quote',
  heading: { h2: 'ae-h2', h3: 'ae-h3' },
  list: {
    ul: 'ae-ul',
    ol: 'ae-ol',
    listitem: 'ae-listitem',
    nested: { listitem: 'ae-listitem--nested' },
  },
  link: 'ae-link',
  text: {
    bold: 'ae-bold',
    italic: 'ae-italic',
    underline: 'ae-underline',
    strikethrough: 'ae-strikethrough',
    underlineStrikethrough: 'ae-underline-strikethrough',
  },
};
