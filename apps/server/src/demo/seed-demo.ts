import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@quorum/domain';
import { hashPassword } from '../auth/secrets.js';
import { User } from '../auth/user.entity.js';
import { addEntryFromTemplate } from '../entries/entry.service.js';
import { Membership } from '../entries/membership.entity.js';
import { Template } from '../templates/template.entity.js';
import { DEMO_PASSWORD } from './demo-password.js';

export interface DemoLogin {
  name: string;
  email: string;
  password: string;
  role: Role;
}

export { DEMO_PASSWORD };

export const DEMO_TEAM: Omit<DemoLogin, 'password'>[] = [
  { name: 'Amara Okafor', email: 'lead@demo.quorum.test', role: 'LEAD' },
  { name: 'Tom Reid', email: 'manager@demo.quorum.test', role: 'MANAGER' },
  { name: 'Dr Sunil Mehta', email: 'medic@demo.quorum.test', role: 'MEDIC' },
  { name: 'Grace Mensah', email: 'nurse@demo.quorum.test', role: 'NURSE' },
  { name: 'Hannah Li', email: 'physio@demo.quorum.test', role: 'ALLIED_HEALTH' },
  { name: 'Yusuf Rahman', email: 'analyst@demo.quorum.test', role: 'ANALYST' },
  { name: 'Joy Campbell', email: 'patient@demo.quorum.test', role: 'PATIENT_REP' },
  { name: 'Mark Evans', email: 'observer@demo.quorum.test', role: 'OBSERVER' },
];

export const DEMO_TEMPLATE_KEY = 'psa-2021-minority-ethnic-outcomes';
export const DEMO_ENTRY_TITLE = 'Closing the gap in sepsis recognition for minority ethnic patients';

/**
 * Seeds the demo team and one entry into a database that has no accounts yet, so that a
 * newcomer can open the entry as a lead, a nurse and a patient representative at once.
 * Returns the log-ins when it seeded, undefined when the database already had accounts.
 */
export async function seedDemo(em: EntityManager): Promise<DemoLogin[] | undefined> {
  if ((await em.count(User, {})) > 0) return undefined;
  const template = await em.findOneOrFail(Template, { key: DEMO_TEMPLATE_KEY }, { orderBy: { version: 'desc' } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = DEMO_TEAM.map((person) => em.create(User, { email: person.email, name: person.name, passwordHash }));
  const entry = addEntryFromTemplate(em, template, DEMO_ENTRY_TITLE, users[0]);
  DEMO_TEAM.slice(1).forEach((person, i) => em.create(Membership, { entry, user: users[i + 1], role: person.role }));
  await em.flush();
  return DEMO_TEAM.map((person) => ({ ...person, password: DEMO_PASSWORD }));
}

/** Whether any demo account (public password) is in the database: the server then listens on loopback unless HOST is set. */
export async function demoAccountsExist(em: EntityManager): Promise<boolean> {
  return (await em.count(User, { email: { $in: DEMO_TEAM.map((person) => person.email) } })) > 0;
}

// The demo entry, if it is still as seeding left it: no section edited, no evidence, no comment.
const BLANK_DEMO_ENTRY = `
  select e.id from entries e join users u on u.id = e.created_by_id
   where e.title = ? and u.email = ?
     and not exists (select 1 from sections s join section_documents d on d.section_id = s.id where s.entry_id = e.id and d.version > 0)
     and not exists (select 1 from metrics m where m.entry_id = e.id)
     and not exists (select 1 from testimonials t where t.entry_id = e.id)
     and not exists (select 1 from sections s join comments c on c.section_id = s.id where s.entry_id = e.id)`;

/**
 * Whether the demo entry still waits for its content: a first start that stopped after
 * seeding the team but before writing the content (a crash, a bad setting) writes it at the
 * next start instead of leaving the newcomer an empty entry.
 */
export async function demoEntryAwaitsContent(em: EntityManager): Promise<boolean> {
  const rows = await em.execute(BLANK_DEMO_ENTRY, [DEMO_ENTRY_TITLE, DEMO_TEAM[0].email]);
  return rows.length > 0;
}
