/**
 * The little of a DOM `document` that ProseMirror's DOMSerializer calls (createElement,
 * createTextNode, createDocumentFragment, appendChild, setAttribute), and HTML out of it with
 * every text and attribute escaped. Written here because the server has no DOM: jsdom is only
 * the web app's test dependency, and this is smaller than adding one (e.g. linkedom) for it.
 */
import { esc } from '../common/html-escape.js';

/** Elements that have no end tag. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

class TextNode {
  readonly nodeType = 3;
  constructor(readonly text: string) {}
  get html(): string {
    return esc(this.text);
  }
}

class Fragment {
  readonly nodeType: number = 11;
  readonly children: (Element | TextNode | Fragment)[] = [];
  appendChild<T extends Element | TextNode | Fragment>(child: T): T {
    this.children.push(child);
    return child;
  }
  get html(): string {
    return this.children.map((child) => child.html).join('');
  }
}

class Element extends Fragment {
  override readonly nodeType = 1;
  private readonly attributes = new Map<string, string>();
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  override get html(): string {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${esc(value)}"`).join('');
    return VOID.has(this.tagName) ? `<${this.tagName}${attributes}>` : `<${this.tagName}${attributes}>${super.html}</${this.tagName}>`;
  }
}

/** A fresh stand-in document, for DOMSerializer's `document` option. */
export const htmlDocument = () => ({
  createElement: (tagName: string) => new Element(tagName),
  createTextNode: (text: string) => new TextNode(text),
  createDocumentFragment: () => new Fragment(),
});

/** The HTML of what the serializer built. */
export const htmlOf = (node: unknown) => (node as Fragment).html;
