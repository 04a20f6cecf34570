import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Query text kept in all: far beyond the web app's own queries, far below what hurts a server. */
const BUDGET_CHARS = 4_000_000;

/**
 * Parsed queries, kept so that the same query is not parsed and validated again (over HTTP and
 * the WebSocket), least recently used first out, bounded by the length of their text. A parsed
 * query holds its whole source text: counted by entries, or by the size of the parsed tree alone
 * (Apollo's default), a stream of large one-off queries from anyone could fill the server's memory.
 */
export class DocumentCache {
  private readonly documents = new LRUCache<string, DocumentNode>({
    maxSize: BUDGET_CHARS,
    // A query this large is no query worth keeping: it is not stored at all.
    maxEntrySize: BUDGET_CHARS / 10,
    sizeCalculation: (document) => document.loc?.source.body.length || 1_000,
  });

  get(key: string): DocumentNode | undefined {
    return this.documents.get(key);
  }

  set(key: string, document: DocumentNode): void {
    this.documents.set(key, document);
  }

  delete(key: string): boolean {
    return this.documents.delete(key);
  }

  /** The same, as Apollo Server's `documentStore` (a KeyValueCache) wants it. */
  forApollo() {
    return {
      get: async (key: string) => this.get(key),
      set: async (key: string, document: DocumentNode) => this.set(key, document),
      delete: async (key: string) => this.delete(key),
    };
  }
}
