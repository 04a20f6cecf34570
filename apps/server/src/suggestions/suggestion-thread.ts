import * as Y from 'yjs';
import type { Context } from '../common/context.js';

/*
 * A suggestion's comment thread is an ordinary comment thread anchored on the suggestion's words
 * (the suggestions panel starts it so): which suggestion a thread hangs on is read from where its
 * anchor starts in the section's document, never stored.
 */

/** The suggestion (if any) whose marked text holds the position a comment anchor starts at: the suggestion its thread hangs on. */
export function suggestionAt(doc: Y.Doc, anchorStart: Uint8Array): string | null {
  let position: Y.AbsolutePosition | null;
  try {
    position = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(anchorStart), doc);
  } catch {
    return null;
  }
  if (!position || !(position.type instanceof Y.XmlText)) return null;
  let at = 0;
  for (const op of position.type.toDelta() as { insert: unknown; attributes?: Record<string, { id?: unknown } | undefined> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (position.index < at + length) {
      const id = op.attributes?.insertion?.id ?? op.attributes?.deletion?.id;
      return typeof id === 'string' ? id : null;
    }
    at += length;
  }
  return null;
}

/** The pending suggestion a thread anchored at `anchorStart` hangs on in the section as it is now, or null (none, or no anchor). */
export async function suggestionOfThread(ctx: Context, sectionId: string, anchorStart: Uint8Array | null | undefined): Promise<string | null> {
  if (!anchorStart) return null;
  const live = await ctx.app.live.store.current(ctx.em, sectionId);
  return suggestionAt(live.doc, anchorStart);
}
