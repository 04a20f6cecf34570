export { sectionSchema, sectionExtensions, HEADING_LEVELS } from './schema.js';
export { sectionDomSerializer } from './html.js';
export { contentProblem, contentProblemSince, stateVectorOf, itemProblem, orderProblem, NODE_ATTRIBUTES, MARK_ATTRIBUTES } from './content-check.js';
export { CONTENT_FIELD, type ContentSource, contentFragment, docFromUpdate, encodeDoc } from './ydoc.js';
export { decodeBase64Update, encodeBase64Update, validateUpdate, type UpdateCheck } from './update.js';
export { toProseMirrorDoc, toProseMirrorJSON, toPlainText, countWords, wordCount, canonicalJSON, contentHash } from './views.js';
export { sectionMarkdownParser, sectionMarkdownSerializer, markdownToProseMirrorJSON, toMarkdown, unsupportedMarkdown } from './markdown.js';
export { replaceContentUpdate, REPLACE_ORIGIN } from './write.js';
export { diffText, type DiffPart } from './diff.js';
