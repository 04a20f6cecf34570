import { markdownToDoc } from '@quorum/section-content/markdown-parser';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Fragment, useMemo, type ReactNode } from 'react';

// A revision's Markdown is read by the section's own parser, into a document of the editor's
// schema (packages/section-content), so that it is laid out as the editor would hold it. The
// document becomes React elements, node by node: never HTML, so nothing in a revision can run.

const safeHref = (href: unknown) => (typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : undefined);

function markElement(mark: Mark, key: number, children: ReactNode[]): ReactNode {
  switch (mark.type.name) {
    case 'bold':
      return <strong key={key}>{children}</strong>;
    case 'italic':
      return <em key={key}>{children}</em>;
    case 'strike':
      return <s key={key}>{children}</s>;
    case 'code':
      return <code key={key}>{children}</code>;
    case 'underline':
      return <u key={key}>{children}</u>;
    case 'link':
      return (
        <a key={key} className="nhsuk-link" href={safeHref(mark.attrs.href)}>
          {children}
        </a>
      );
    default:
      return <Fragment key={key}>{children}</Fragment>;
  }
}

/**
 * Inline nodes, each mark they share wrapped around them once (a link with a bold word in it is
 * one link). Marks come in the schema's order on every node, so a shared one is at the same depth.
 */
function inlines(nodes: readonly PMNode[], depth = 0): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length;) {
    const mark = nodes[i].marks[depth];
    let end = i + 1;
    if (!mark) out.push(nodes[i].isText ? nodes[i].text : nodes[i].type.name === 'hardBreak' ? <br key={out.length} /> : null);
    else {
      while (end < nodes.length && nodes[end].marks[depth]?.eq(mark)) end++;
      out.push(markElement(mark, out.length, inlines(nodes.slice(i, end), depth + 1)));
    }
    i = end;
  }
  return out;
}

function block(node: PMNode, key: number): ReactNode {
  const inner = () => node.children.map(block);
  switch (node.type.name) {
    case 'paragraph':
      return <p key={key}>{inlines(node.children)}</p>;
    case 'heading': {
      // Below the revision's own h3, so that the page's outline stays in order.
      const level = Math.min(Math.max(Number(node.attrs.level) || 1, 1), 3);
      const Heading = `h${level + 3}` as 'h4' | 'h5' | 'h6';
      return (
        <Heading key={key} className={`app-preview-h${level}`}>
          {inlines(node.children)}
        </Heading>
      );
    }
    case 'bulletList':
      return <ul key={key}>{inner()}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={Number(node.attrs.start) || 1}>
          {inner()}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{inner()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{inner()}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{node.textContent}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return node.isTextblock ? <p key={key}>{inlines(node.children)}</p> : <Fragment key={key}>{inner()}</Fragment>;
  }
}

/** A revision's text, laid out as the editor shows it. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const doc = useMemo(() => markdownToDoc(markdown), [markdown]);
  return <>{doc.children.map(block)}</>;
}
