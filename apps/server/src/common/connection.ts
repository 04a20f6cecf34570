import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

export const PAGE_MAX = 100;

@ObjectType({ description: 'Where a page of a connection stands.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows; ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `nodeType`, named `<name>Connection` with `<name>Edge`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} and its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor, for `after`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name}s (at most ${PAGE_MAX}).` })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The page’s edges, in order.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The page’s nodes, in order, for callers that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more follow, and from where.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many there are in all.' })
    totalCount!: number;
  }
  return Connection;
}

/** The arguments of a connection field, 20 to a page: `@Args(() => PageArgs) { first, after }: PageArgs`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}

/** Checks `first` (1 to PAGE_MAX). */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw badInput('first', `first must be between 1 and ${PAGE_MAX}.`);
  return first;
}

/**
 * Every page of the API is newest first, ties on the time broken by id (the audit log: by its
 * sequence number). Its cursors are MikroORM's (`Cursor.encode` of the row's values in that
 * order: base64url JSON), so the pages `em.findByCursor` serves and the ones assembled in SQL
 * (comment.loaders.ts, activity.service.ts) give out the same cursor for the same row and read
 * each other's.
 */
const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/** The cursor of the row at (createdAt, id), as `em.findByCursor` writes it for NEWEST_FIRST. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Cursor.encode([createdAt, id]);
}

/**
 * The values a client's `after` holds, if `valid` accepts them: the one place the API reads a
 * cursor. They go into SQL, so a cursor that is not exactly one this API wrote (one of another
 * list, or made up: a year PostgreSQL cannot hold, an id that is not a uuid, a NUL, a different
 * length) is refused here as BAD_USER_INPUT, not by MikroORM's decoding (which throws its own
 * errors, or ignores a cursor of the wrong length) or by the database.
 */
export function readCursor(cursor: string, valid: (values: unknown[]) => boolean): unknown[] {
  let values: unknown[] | undefined;
  try {
    values = Cursor.decode(cursor);
  } catch {
    // not base64url JSON of an array: refused below
  }
  // Written back, it must be the same text: this leaves only valid times (an invalid one writes
  // null, a year past 9999 is not read as a time) and values as the API writes them.
  if (values && valid(values) && Cursor.encode(values) === cursor) return values;
  throw badInput('after', 'after is not a cursor this API gave out.');
}

/** The ids of rows: what a cursor of findPage holds beside its time. */
export const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The time and id an encodeCursor cursor holds, with an id like `id` (readCursor refuses the rest). */
export function decodeCursor(cursor: string, id: RegExp = ROW_ID): { createdAt: Date; id: string } {
  const [createdAt, rowId] = readCursor(cursor, (v) => v.length === 2 && v[0] instanceof Date && typeof v[1] === 'string' && id.test(v[1]));
  return { createdAt: createdAt as Date, id: rowId as string };
}

/** Builds the page from `limit + 1` rows fetched NEWEST_FIRST (for pages findByCursor cannot fetch). */
export function toPage<T extends { createdAt: Date; id: string }>(rows: T[], limit: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.createdAt, node.id), node }));
  return { edges, nodes, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * One page of rows matching `where` in `orderBy` (which must end in a unique column), after a
 * cursor readCursor accepted, and the total: two statements (the rows, and a count).
 */
export async function findCursorPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  limit: number,
  after: string | undefined,
  orderBy: Record<string, 'asc' | 'desc'>,
): Promise<Page<T>> {
  const page = await em.findByCursor(entity, where, { first: limit, after, orderBy: orderBy as never, includeCount: true });
  const edges = page.items.map((node) => ({ cursor: page.from(node), node: node as T }));
  return { edges, nodes: edges.map((e) => e.node), totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}

/** One page of rows matching `where`, newest first, with keyset cursors and the total (two statements). */
export async function findPage<T extends { createdAt: Date; id: string }>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, first: number, after?: string): Promise<Page<T>> {
  const limit = pageSize(first);
  if (after) decodeCursor(after); // before MikroORM reads it: its own errors would be a 500
  return findCursorPage(em, entity, where, limit, after || undefined, NEWEST_FIRST);
}
