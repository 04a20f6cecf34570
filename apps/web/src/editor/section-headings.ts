import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/** How far down the page's outline the text's headings sit: under the section's title, an h2. */
const BELOW_SECTION_TITLE = 2;

/**
 * The text's headings, levels 1 to 3 in the document, shown as h3 to h5: the page keeps its
 * one h1, and its own h3s (criteria, sign-off, comments) do not seem to belong under them.
 * Only the display changes: the stored document, the Markdown and the exports keep levels
 * 1 to 3 (StarterKit's Heading in packages/section-content), and so does what is copied.
 */
export const SectionHeadings = Extension.create({
  name: 'sectionHeadings',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          nodeViews: {
            // No `update`: a heading whose level changes is drawn again, in its new element.
            heading: (node) => {
              const dom = document.createElement(`h${Number(node.attrs.level) + BELOW_SECTION_TITLE}`);
              return { dom, contentDOM: dom };
            },
          },
        },
      }),
    ];
  },
});
