import { ROLES, type Role } from '@quorum/domain';
import { hashPassword } from '../auth/secrets.js';
import { User } from '../auth/user.entity.js';
import { addEntryFromTemplate } from '../entries/entry.service.js';
import { Membership } from '../entries/membership.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import type { ApiClient } from './api-client.js';
import { TEST_PASSWORD, type TestServer } from './test-server.js';
import { LIMITS_LOG_IN } from './operations.js';

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A user written straight to the database (faster than signing up), then logged in over HTTP. */
export async function createUser(server: TestServer, name: string): Promise<{ user: User; client: ApiClient }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const em = server.orm.em.fork();
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${++counter}.${Date.now()}@example.nhs.uk`;
  const user = em.create(User, { email, name, passwordHash: await passwordHash });
  await em.flush();
  const client = server.client();
  await client.ok(LIMITS_LOG_IN, { input: { email, password: TEST_PASSWORD } });
  return { user, client };
}

export interface Team {
  entryId: string;
  sectionIds: string[];
  /** One signed-in member per role. */
  members: Record<Role, { user: User; client: ApiClient; membershipId: string }>;
  /** Signed in, but not a member of the entry. */
  outsider: { user: User; client: ApiClient };
}

/** An entry from the built-in template with a member in every role, and an outsider. */
export async function createTeam(server: TestServer): Promise<Team> {
  const people = await Promise.all(ROLES.map((role) => createUser(server, `Test ${role}`)));
  const outsider = await createUser(server, 'Outsider');
  const em = server.orm.em.fork();
  const template = await em.findOneOrFail(Template, { key: 'psa-2021-minority-ethnic-outcomes' });
  const entry = addEntryFromTemplate(em, template, 'A team entry', em.getReference(User, people[0].user.id));
  const memberships = ROLES.slice(1).map((role, i) => em.create(Membership, { entry, user: em.getReference(User, people[i + 1].user.id), role }));
  await em.flush();
  const lead = await em.findOneOrFail(Membership, { entry, role: 'LEAD' });
  const members = Object.fromEntries(ROLES.map((role, i) => [role, { ...people[i], membershipId: i === 0 ? lead.id : memberships[i - 1].id }])) as Team['members'];
  return { entryId: entry.id, sectionIds: await sectionIdsOf(server, entry.id), members, outsider };
}

async function sectionIdsOf(server: TestServer, entryId: string): Promise<string[]> {
  const sections = await server.orm.em.fork().find(Section, { entry: entryId }, { orderBy: { position: 'asc' } });
  return sections.map((s) => s.id);
}

/** Adds a member in a role straight to the database, e.g. as a target to remove. */
export async function addMember(server: TestServer, entryId: string, role: Role, name = `Extra ${role}`) {
  const person = await createUser(server, name);
  const em = server.orm.em.fork();
  const membership = em.create(Membership, { entry: entryId, user: person.user.id, role });
  await em.flush();
  return { ...person, membershipId: membership.id };
}
