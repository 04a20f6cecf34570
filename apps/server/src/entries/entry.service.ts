import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/connection.js';
import { checkId } from '../common/ids.js';
import { notFound } from '../common/errors.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import type { CreateEntryInput } from './dto/entry.inputs.js';
import { Entry } from './entry.entity.js';
import { Membership } from './membership.entity.js';

/** Adds an entry with one section per template section, its creator as lead; the caller flushes. */
export function addEntryFromTemplate(em: EntityManager, template: Template, title: string, lead: User): Entry {
  const entry = em.create(Entry, { title: title.trim(), template, createdBy: lead });
  em.create(Membership, { entry, user: lead, role: 'LEAD' });
  template.definition.sections.forEach((s, position) => {
    const { criteria, ...fields } = s;
    const section = em.create(Section, { ...fields, entry, position });
    criteria.forEach((text, i) => em.create(Criterion, { section, position: i, text }));
  });
  return entry;
}

export async function createEntry(ctx: Context, input: CreateEntryInput): Promise<Entry> {
  const { user } = requireViewer(ctx);
  const template = await ctx.em.findOne(Template, { id: input.templateId.toLowerCase() });
  if (!template) throw notFound('Template');
  const entry = addEntryFromTemplate(ctx.em, template, input.title, user);
  await ctx.em.flush(); // one flush, so one transaction: all of it or nothing
  return entry;
}

export async function getEntry(ctx: Context, id: string): Promise<Entry> {
  await authorizeEntry(ctx, checkId('id', id), 'entry.read');
  return ctx.em.findOneOrFail(Entry, { id: id.toLowerCase() });
}

/** The viewer's entries, newest first. */
export async function listEntries(ctx: Context, first: number, after?: string): Promise<Page<Entry>> {
  const { user } = requireViewer(ctx);
  const limit = pageSize(first);
  const mine = { memberships: { user: user.id } };
  const cursor = after ? decodeCursor(after) : undefined;
  const where = cursor
    ? { ...mine, $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] }
    : mine;
  const [rows, total] = await Promise.all([
    ctx.em.find(Entry, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 }),
    ctx.em.count(Entry, mine),
  ]);
  return toPage(rows, limit, total);
}
