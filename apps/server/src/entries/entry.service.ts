import type { EntityManager } from '@mikro-orm/postgresql';
import * as Y from 'yjs';
import type { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { findPage, type Page } from '../common/connection.js';
import { notFound } from '../common/errors.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { SectionDocument } from '../live/section-document.entity.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import type { CreateEntryInput } from './dto/entry.inputs.js';
import { Entry } from './entry.entity.js';
import { Membership } from './membership.entity.js';
import { inTransaction } from '../common/unit-of-work.js';

/** The state of an empty Yjs document. */
const EMPTY_DOCUMENT = Buffer.from(Y.encodeStateAsUpdate(new Y.Doc()));

/** Adds an entry with one section per template section, its creator as lead; the caller flushes. */
export function addEntryFromTemplate(em: EntityManager, template: Template, title: string, lead: User): Entry {
  const entry = em.create(Entry, { title: title.trim(), template, createdBy: lead });
  em.create(Membership, { entry, user: lead, role: 'LEAD' });
  template.definition.sections.forEach((s, position) => {
    const { criteria, ...fields } = s;
    const section = em.create(Section, { ...fields, entry, position });
    em.create(SectionDocument, { section, snapshot: EMPTY_DOCUMENT });
    criteria.forEach((text, i) => em.create(Criterion, { section, position: i, text }));
  });
  return entry;
}

export async function createEntry(ctx: Context, input: CreateEntryInput): Promise<Entry> {
  const { user } = requireViewer(ctx);
  const template = await ctx.em.findOne(Template, { id: input.templateId });
  if (!template) throw notFound('Template');
  return inTransaction(ctx, async ({ em }) => addEntryFromTemplate(em, template, input.title, user));
}

export async function getEntry(ctx: Context, id: string): Promise<Entry> {
  await authorizeEntry(ctx, id, 'entry.read');
  return ctx.em.findOneOrFail(Entry, { id });
}

/** The viewer's entries, newest first. */
export function listEntries(ctx: Context, first: number, after?: string): Promise<Page<Entry>> {
  const { user } = requireViewer(ctx);
  return findPage(ctx.em, Entry, { memberships: { user: user.id } }, first, after);
}
