export { sectionSchema, sectionExtensions } from './schema.js';
export { CONTENT_FIELD, type ContentSource, contentFragment, docFromUpdate, encodeDoc } from './ydoc.js';
export { decodeBase64Update, encodeBase64Update, validateUpdate, type UpdateCheck } from './update.js';
export {
  toProseMirrorDoc,
  toProseMirrorJSON,
  toPlainText,
  countWords,
  wordCount,
  canonicalJSON,
  contentHash,
} from './views.js';
export {
  sectionMarkdownParser,
  sectionMarkdownSerializer,
  markdownToProseMirrorJSON,
  toMarkdown,
  unsupportedMarkdown,
} from './markdown.js';
export { replaceContentUpdate, REPLACE_ORIGIN } from './write.js';
export { diffText, type DiffPart } from './diff.js';
