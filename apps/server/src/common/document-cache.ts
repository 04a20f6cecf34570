import type { DocumentNode } from 'graphql';

/** Query text kept in all: far beyond the web app's own queries, far below what hurts a server. */
const BUDGET_CHARS = 4_000_000;

/**
 * Parsed queries, kept so that the same query is not parsed and validated again, bounded by the
 * length of their text. A parsed query holds its whole source text: counted by entries, or by
 * the size of the parsed tree alone (Apollo's default), a stream of large one-off queries from
 * anyone could fill the server's memory. The oldest go first.
 */
export class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();
  private chars = 0;

  get(key: string): DocumentNode | undefined {
    return this.documents.get(key);
  }

  set(key: string, document: DocumentNode): void {
    const size = sizeOf(document);
    if (size > BUDGET_CHARS / 10) return; // a query this large is no query worth keeping
    this.delete(key);
    this.documents.set(key, document);
    this.chars += size;
    for (const [oldest, old] of this.documents) {
      if (this.chars <= BUDGET_CHARS) break;
      this.documents.delete(oldest);
      this.chars -= sizeOf(old);
    }
  }

  delete(key: string): boolean {
    const document = this.documents.get(key);
    if (!document) return false;
    this.documents.delete(key);
    this.chars -= sizeOf(document);
    return true;
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

const sizeOf = (document: DocumentNode) => document.loc?.source.body.length ?? 1_000;
