import type { ContentMatch, NodeType } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { FIGURE_KINDS, FIGURE_LEVELS, HEADING_LEVELS, sectionSchema } from './schema.js';

/** An item's content, whatever its kind (Yjs does not export its base class). */
type Content = Y.Item['content'];

/** Any shared type: Yjs's types are generic in their event type, which these walks never read. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

/*
 * What a section's Y.XmlFragment may hold so that the editor can show it: y-prosemirror reads
 * each Y.XmlElement as the schema node of its name (attributes as node attributes) and each
 * Y.XmlText as text nodes (formatting attributes as marks). Anything else in the fragment (a
 * plain string, a number, a Y.Map, an embed, text at the top level...) makes its reader throw,
 * and the editor shows nothing.
 *
 * Checking each update as it arrives must not refuse one that an editor made, even merged with
 * others' concurrent edits. Each inserted item is checked on its own: what it is, and what its
 * parent (fixed at insertion: Yjs has no move) allows, which no merge can change. Order and
 * count (a list item starts with a paragraph, a list holds an item) are checked in elements the
 * update created or added to; not after deletions alone, since two people deleting at once can
 * empty a list that neither emptied (y-prosemirror shows it as it is). The one order rule a
 * merge of additions could break is a list item's first paragraph, when one person replaces it
 * while another adds a nested list at its start: rare, and the second edit is refused with
 * this reason, which its editor shows.
 */

/** Name of a mark as y-prosemirror stores it: marks that may overlap themselves get "--hash". */
export const markName = (key: string) => /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;

type ValueRule = (value: unknown) => boolean;
/** PostgreSQL cannot store NUL in text (the section's Markdown, revisions, sign-off copies). */
const storable = (text: string) => !text.includes('\0');
const textOrNull: ValueRule = (v) => v === null || (typeof v === 'string' && storable(v));
/** A code block's language is a word such as "js" or "c++": never a line break, which would end Markdown's fence. */
const languageOrNull: ValueRule = (v) => v === null || (typeof v === 'string' && /^[\w#+.-]{1,40}$/.test(v));
/** A link's address, but not one that runs or embeds something where the text is shown. */
const hrefOrNull: ValueRule = (v) => textOrNull(v) && !(typeof v === 'string' && /^\s*(?:javascript|vbscript|data):/i.test(v));

/**
 * How deep elements may nest (a list in a list item in a list... is 2 a level): far beyond what
 * anyone writes, far below what breaks. Every reader of a section's text (ProseMirror, Markdown,
 * the exports, Yjs itself when deleting) recurses once a level, and a few thousand levels
 * overflow their stack: the section, and every page that shows it, would fail for everyone.
 */
export const MAX_NESTING = 32;

/**
 * Attribute values by node and mark. The schema gives defaults, not types; a unit test checks
 * that these list exactly the schema's attributes, so a new extension cannot slip past.
 */
export const NODE_ATTRIBUTES: Record<string, Record<string, ValueRule>> = {
  heading: { level: (v) => (HEADING_LEVELS as readonly unknown[]).includes(v) },
  codeBlock: { language: languageOrNull },
  // A pasted <ol start="x"> gives NaN, which the editor shows as an ordinary list.
  orderedList: { start: (v) => typeof v === 'number', type: textOrNull },
};
/**
 * A suggestion's id: its author's user id, "~", and a random part (any of A-Z a-z 0-9 _ -).
 * The library also allows numbers, which say nobody; the live check (apps/server
 * live/suggestion-check.ts) compares the author with the sender.
 */
export const SUGGESTION_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})~[\w-]{1,64}$/;
const suggestionId: ValueRule = (v) => typeof v === 'string' && SUGGESTION_ID.test(v);
export const MARK_ATTRIBUTES: Record<string, Record<string, ValueRule>> = {
  link: { href: hrefOrNull, target: textOrNull, rel: textOrNull, class: textOrNull, title: textOrNull },
  insertion: { id: suggestionId },
  deletion: { id: suggestionId },
  figure: {
    metricId: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
    level: (v) => (FIGURE_LEVELS as readonly unknown[]).includes(v),
    // A group's name as the analysis gives it ("Black, Black British, Caribbean or African").
    group: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200 && storable(v),
    kind: (v) => (FIGURE_KINDS as readonly unknown[]).includes(v),
  },
  // Listed for the schema's sake; formatProblem refuses the mark itself (see there).
  modification: { id: suggestionId, type: textOrNull, attrName: textOrNull, previousValue: () => true, newValue: () => true },
};

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
const schemaNode = (name: string): NodeType | undefined => (has(sectionSchema.nodes, name) ? sectionSchema.nodes[name] : undefined);

/** Every node type that may stand anywhere in `type`'s content. */
function childTypesOf(type: NodeType): Set<NodeType> {
  const types = new Set<NodeType>();
  const seen = new Set<ContentMatch>();
  const visit = (match: ContentMatch) => {
    if (seen.has(match)) return;
    seen.add(match);
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      types.add(edge.type);
      visit(edge.next);
    }
  };
  visit(type.contentMatch);
  return types;
}

const childTypes = new Map(Object.values(sectionSchema.nodes).map((type) => [type, childTypesOf(type)]));

/** What an item's content is, for messages. */
function kindOf(content: Content): string {
  if (content instanceof Y.ContentAny) {
    const value = content.getContent()[0];
    return value === null ? 'a null value' : Array.isArray(value) ? 'a list of values' : `a plain ${typeof value} value`;
  }
  if (content instanceof Y.ContentString) return 'plain text';
  if (content instanceof Y.ContentEmbed) return 'an embedded object';
  if (content instanceof Y.ContentBinary) return 'binary data';
  if (content instanceof Y.ContentJSON) return 'a JSON value';
  if (content instanceof Y.ContentDoc) return 'a sub-document';
  if (content instanceof Y.ContentFormat) return `formatting (${content.key})`;
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlElement) return `a "${type.nodeName}" element`;
    if (type instanceof Y.XmlText) return 'text';
    if (type instanceof Y.XmlHook) return 'an XML hook';
    if (type instanceof Y.XmlFragment) return 'an XML fragment';
    if (type instanceof Y.Map) return 'a Y.Map';
    if (type instanceof Y.Array) return 'a Y.Array';
    if (type instanceof Y.Text) return 'a Y.Text';
  }
  return 'something unknown';
}

/** Where an item stands, for messages. */
function placeOf(parent: AnyYType): string {
  if (parent instanceof Y.XmlElement) return `a "${parent.nodeName}"`;
  if (parent._item === null) return "the section's top level";
  if (parent instanceof Y.XmlText) return 'text';
  return 'content the editor cannot show';
}

/** Why `value` cannot be the attribute `key` of a `nodeName` element, or null when it may. */
export function attributeProblem(nodeName: string, key: string, value: unknown): string | null {
  const rules = has(NODE_ATTRIBUTES, nodeName) ? NODE_ATTRIBUTES[nodeName] : {};
  if (!has(rules, key)) return `A "${nodeName}" has no attribute "${key}".`;
  return rules[key](value) ? null : `The "${key}" of a "${nodeName}" cannot be ${describe(value)}.`;
}

function checkAttribute(element: Y.XmlElement, key: string, content: Content): string | null {
  const values = content instanceof Y.ContentAny ? content.getContent() : [];
  const problem = attributeProblem(element.nodeName, key, values[0]);
  // One value exactly: Yjs and y-prosemirror read the last of several, so checking the first would not do.
  if (values.length !== 1) return (problem ?? `The "${key}" of a "${element.nodeName}" cannot be this.`).replace(/cannot be .*$/, `cannot be ${kindOf(content)}.`);
  return problem;
}

/** How many elements `type` stands in, counting itself; stops counting past MAX_NESTING. */
function nestingOf(type: AnyYType): number {
  let depth = 0;
  for (let current: AnyYType | null = type; current instanceof Y.XmlElement && depth <= MAX_NESTING; current = (current._item?.parent as AnyYType | undefined) ?? null) depth++;
  return depth;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Why formatting `key` (a mark's name) with `value` cannot stand in text of a `textblock`, or null. */
export function formatProblem(textblock: NodeType, key: string, value: unknown): string | null {
  const name = markName(key);
  const mark = has(sectionSchema.marks, name) ? sectionSchema.marks[name] : undefined;
  if (!mark) return `There is no "${name}" formatting.`;
  if (!textblock.allowsMarkType(mark)) return `Text in a "${textblock.name}" cannot be formatted as "${name}".`;
  // The library marks a suggested change of formatting on text as a deletion and an insertion;
  // a modification mark on text is not something it makes, and what it would revert to is not checked.
  if (name === 'modification') return 'Formatting suggestions are not kept: suggest the new wording instead.';
  // A suggestion mark excludes itself, so y-prosemirror never hashes it; a hashed one would be
  // read as a suggestion (views.ts) yet pass by checks that look for the plain key.
  if ((name === 'insertion' || name === 'deletion') && key !== name) return `The "${name}" formatting cannot be stored as "${key}".`;
  if (value === null) return null; // where the formatting ends
  if (typeof value !== 'object' || Array.isArray(value)) return `The "${name}" formatting needs its attributes as an object.`;
  const rules = has(MARK_ATTRIBUTES, name) ? MARK_ATTRIBUTES[name] : {};
  for (const [key, attr] of Object.entries(value)) {
    if (!has(rules, key)) return `The "${name}" formatting has no attribute "${key}".`;
    if (!rules[key](attr)) return `The "${key}" of "${name}" formatting cannot be ${describe(attr)}.`;
  }
  // An attribute with no default (a figure's source) must be there: y-prosemirror cannot make
  // the mark without it, and drops the whole run of text it is on, which the editor then deletes.
  const specAttrs: Record<string, { default?: unknown }> = mark.spec.attrs ?? {};
  const missing = Object.keys(specAttrs).find((key) => !has(specAttrs[key], 'default') && !has(value, key));
  if (missing) return `The "${name}" formatting needs its "${missing}".`;
  return null;
}

/**
 * Why `item` cannot stand where it is, or null when it may. Deleted items are checked too
 * (what an update inserts, even already deleted, is kept for revisions and snapshots) unless
 * garbage collection has emptied them.
 */
export function itemProblem(item: Y.Item): string | null {
  const { content } = item;
  if (content instanceof Y.ContentDeleted) return null;
  const parent = item.parent as AnyYType;
  if (parent instanceof Y.XmlElement) {
    const type = schemaNode(parent.nodeName);
    if (!type) return `Nothing may stand inside an unknown "${parent.nodeName}".`;
    if (item.parentSub !== null) return checkAttribute(parent, item.parentSub, content);
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      return type.inlineContent ? null : `Text cannot stand directly inside a "${parent.nodeName}": put it in a paragraph.`;
    }
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) {
      if (nestingOf(content.type) > MAX_NESTING) return `Blocks may nest at most ${MAX_NESTING} deep (a quote in a quote…, or a list in a list item in a list… counts two a level).`;
      return childProblem(content.type, type);
    }
    return `${capital(kindOf(content))} cannot stand inside a "${parent.nodeName}": only elements and text may.`;
  }
  if (parent instanceof Y.XmlText) {
    const element = parent._item?.parent;
    const type = element instanceof Y.XmlElement ? schemaNode(element.nodeName) : undefined;
    if (!type) return 'Text stands where the editor cannot show it.';
    if (item.parentSub !== null) return 'Text has no attributes.';
    if (content instanceof Y.ContentString) return storable(content.str) ? null : 'Text cannot hold a NUL character.';
    if (content instanceof Y.ContentFormat) return formatProblem(type, content.key, content.value);
    return `${capital(kindOf(content))} cannot stand inside text: only characters and formatting may.`;
  }
  if (parent instanceof Y.XmlFragment && parent._item === null) {
    if (item.parentSub !== null) return "The section's text has no attributes.";
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlText) {
      return "Text cannot stand at the section's top level: put it in a paragraph.";
    }
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return childProblem(content.type, sectionSchema.topNodeType);
    return `${capital(kindOf(content))} cannot stand in the section's text: only elements and text may.`;
  }
  return `${capital(kindOf(content))} stands inside ${placeOf(parent)}, which the editor cannot show.`;
}

function childProblem(child: Y.XmlElement, parentType: NodeType): string | null {
  const type = schemaNode(child.nodeName);
  if (!type || type.isText || type === sectionSchema.topNodeType) return `There is no "${child.nodeName}" element in a section's text.`;
  if (!childTypes.get(parentType)!.has(type)) {
    const where = parentType === sectionSchema.topNodeType ? "at the section's top level" : `inside a "${parentType.name}"`;
    return `A "${child.nodeName}" cannot stand ${where}.`;
  }
  return null;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why an element's live children, in order, do not fit its content expression (e.g. a list
 * with no item, or a list item that does not start with a paragraph), or null. Children's own
 * kinds are checked by itemProblem.
 */
export function orderProblem(element: Y.XmlElement): string | null {
  const type = schemaNode(element.nodeName);
  if (!type) return null;
  let match: ContentMatch | null = type.contentMatch;
  for (let item = element._start; item !== null && match; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText) {
      if (child.length > 0) match = match.matchType(sectionSchema.nodes.text);
    } else if (child instanceof Y.XmlElement) {
      const childType = schemaNode(child.nodeName);
      match = childType ? match.matchType(childType) : null;
    }
  }
  return match?.validEnd ? null : `A "${element.nodeName}" does not hold what it must (${type.spec.content ?? 'nothing'}), in that order.`;
}

/** A document's state vector as a map, to pass to contentProblemSince after an update. */
export function stateVectorOf(doc: Y.Doc): Map<number, number> {
  const state = new Map<number, number>();
  for (const [client, structs] of doc.store.clients) {
    const last = structs[structs.length - 1];
    state.set(client, last.id.clock + last.length);
  }
  return state;
}

/**
 * Why what was inserted into `doc` since `before` (stateVectorOf, taken before applying an
 * update) cannot be shown by the editor, or null. Costs what the update inserted, not the size
 * of the document: each new item is checked against its parent, and each element that the
 * update created or added a child to, against its content expression. Deletions are not
 * checked: they cannot make an item stand where it may not, and the usual race of two people
 * deleting at once can empty a list that neither emptied (it shows as an empty list).
 */
export function contentProblemSince(doc: Y.Doc, before: Map<number, number>): string | null {
  const grown = new Set<Y.XmlElement>();
  for (const [client, structs] of doc.store.clients) {
    const from = before.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (last.id.clock + last.length <= from) continue;
    for (let i = from === 0 ? 0 : Y.findIndexSS(structs, from); i < structs.length; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item)) continue; // GC and skips hold nothing
      const problem = itemProblem(struct);
      if (problem) return problem;
      if (struct.deleted) continue;
      if (struct.content instanceof Y.ContentType && struct.content.type instanceof Y.XmlElement) grown.add(struct.content.type);
      if (struct.parentSub === null && struct.parent instanceof Y.XmlElement) grown.add(struct.parent);
    }
  }
  for (const element of grown) {
    const problem = orderProblem(element);
    if (problem) return problem;
  }
  return null;
}

/**
 * The live items of the section's text (the `content` fragment) that the editor cannot show,
 * with why, in document order (not looking inside them): content stored before updates were
 * checked. Order and count are not checked, as honest concurrent edits can leave them off and
 * they still show.
 */
export function problemItems(fragment: Y.XmlFragment): { item: Y.Item; problem: string }[] {
  const found: { item: Y.Item; problem: string }[] = [];
  const visit = (item: Y.Item) => {
    if (item.deleted) return;
    const problem = itemProblem(item);
    if (problem) found.push({ item, problem });
    else if (item.content instanceof Y.ContentType) walk(item.content.type);
  };
  const walk = (type: AnyYType) => {
    type._map.forEach(visit);
    for (let item = type._start; item !== null; item = item.right) visit(item);
  };
  walk(fragment);
  return found;
}

/** Why the section's whole text cannot be shown by the editor (the first reason), or null. */
export function contentProblem(fragment: Y.XmlFragment): string | null {
  return problemItems(fragment)[0]?.problem ?? null;
}
