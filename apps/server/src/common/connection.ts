import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

/** Checks `first` (1 to PAGE_MAX). */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) throw badInput('first', `first must be between 1 and ${PAGE_MAX}.`);
  return first;
}

/** Keyset cursors over (createdAt, id): stable while rows are added. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

/** The ids of rows: what a cursor of findPage holds beside its time. */
export const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A time as encodeCursor writes it (PostgreSQL's timestamptz holds every such year). */
const CURSOR_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The time and id a cursor holds. Both go into SQL, so a cursor that is not one encodeCursor
 * wrote with an id like `id` (one of another list, or made up: a year PostgreSQL cannot hold, an
 * id that is not a uuid, a NUL) is refused here as BAD_USER_INPUT, not by the database.
 */
export function decodeCursor(cursor: string, id: RegExp = ROW_ID): { createdAt: Date; id: string } {
  try {
    const [at, rowId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const createdAt = new Date(at as string);
    if (typeof at === 'string' && CURSOR_TIME.test(at) && !Number.isNaN(createdAt.getTime()) && typeof rowId === 'string' && id.test(rowId)) return { createdAt, id: rowId };
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'after is not a cursor this API gave out.');
}

/** Builds the page from `limit + 1` rows fetched in order. */
export function toPage<T extends { createdAt: Date; id: string }>(rows: T[], limit: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.createdAt, node.id), node }));
  return { edges, nodes, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** One page of rows matching `where`, newest first, with keyset cursors and the total. */
export async function findPage<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  first: number,
  after?: string,
): Promise<Page<T>> {
  const limit = pageSize(first);
  const cursor = after ? decodeCursor(after) : undefined;
  const page = cursor
    ? { $and: [where, { $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] }] }
    : where;
  const [rows, total] = await Promise.all([
    em.find(entity, page as FilterQuery<T>, { orderBy: { createdAt: 'desc', id: 'desc' } as never, limit: limit + 1 }),
    em.count(entity, where),
  ]);
  return toPage(rows, limit, total);
}
