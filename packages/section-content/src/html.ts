import { DOMSerializer, type DOMOutputSpec, type Mark, type Node } from '@tiptap/pm/model';
import { sectionSchema } from './schema.js';

/**
 * ProseMirror's DOM serializer for section content (each node and mark rendered as the
 * editor's schema says), with some rendered otherwise by the caller, e.g. an export that
 * shifts headings under its own. Give it a `document` to serialize outside a browser.
 */
export function sectionDomSerializer(
  overrides: {
    nodes?: Record<string, (node: Node) => DOMOutputSpec>;
    marks?: Record<string, (mark: Mark, inline: boolean) => DOMOutputSpec>;
  } = {},
): DOMSerializer {
  const base = DOMSerializer.fromSchema(sectionSchema);
  return new DOMSerializer({ ...base.nodes, ...overrides.nodes }, { ...base.marks, ...overrides.marks });
}
