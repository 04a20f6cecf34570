import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';

// Why not `import { updateYFragment } from 'y-prosemirror'`: that entry also loads the cursor
// plugin, which imports y-prosemirror's peer dependency y-protocols, and this workspace does not
// install peers by itself (autoInstallPeers: false). Until y-protocols is a listed dependency,
// load the sync-plugin module, which holds updateYFragment and needs no y-protocols, by its path.
// Once it is listed, this whole file becomes that one-line import.
const entry = createRequire(import.meta.url).resolve('y-prosemirror'); // .../dist/y-prosemirror.cjs
const syncPlugin = await import(new URL('../src/plugins/sync-plugin.js', pathToFileURL(entry)).href);

interface BindingMetadata {
  mapping: Map<unknown, unknown>;
  isOMark: Map<unknown, boolean>;
}

/** y-prosemirror's updateYFragment: edit `fragment` until it equals `node`, keeping what matches. */
export const updateYFragment = syncPlugin.updateYFragment as (
  y: Y.Doc,
  fragment: Y.XmlFragment,
  node: PMNode,
  meta: BindingMetadata,
) => void;
