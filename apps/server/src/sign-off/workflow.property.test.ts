import { ROLES, type Role } from '@quorum/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { User } from '../auth/user.entity.js';
import { addEntryFromTemplate } from '../entries/entry.service.js';
import { Membership } from '../entries/membership.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import { codeOf } from '../test-support/api-client.js';
import { type Team } from '../test-support/factories.js';
import { sectionNow, signOff } from '../test-support/review.js';
import { useTestTeam } from '../test-support/test-team.js';
import { APPLY, COMMENTS_REPLACE_CONTENT, REQUEST_REVIEW, SYNC, WORKFLOW_PROPERTY_SET_SLOTS, WORKFLOW_PROPERTY_STATUS } from '../test-support/operations.js';

/*
 * Workflow property (issue 10, finding 3): random short sequences of edits (through the API
 * and live Yjs updates), reverts to earlier text, sign-offs (approvals and requests for
 * changes, which withdraw an approval), and slot changes, on a real server and database.
 * After every step the entry is APPROVED exactly when every slot of every section holds a
 * current approval and no change request is current, by a model of our own (checked against
 * the server's signOffStatus too), and every time a signer's latest sign-off went from current
 * to stale they were told exactly once, with one stale record, more often never.
 */

/** Texts the API writes: with three, going back to an earlier one happens often. */
const TEXTS = ['Sepsis screening rose to **92%**.', 'Sepsis screening rose.', 'Screening of Black patients now matches.'];
const SIGNERS = ['MEDIC', 'NURSE', 'PATIENT_REP', 'ANALYST'] as const satisfies readonly Role[];
type Slot = { key: string; label: string; roles: Role[] };
const clinician: Slot = { key: 'clinician', label: 'A clinician', roles: ['MEDIC', 'NURSE'] };
const patient: Slot = { key: 'patient', label: 'A patient representative', roles: ['PATIENT_REP'] };
const analyst: Slot = { key: 'analyst', label: 'An analyst', roles: ['ANALYST'] };
const SLOT_SETS: Slot[][] = [[], [clinician], [patient], [clinician, patient], [analyst, clinician]];
/** The two sections the steps work on start with these; the other three need no sign-off. */
const START_SLOTS = [1, 2];

type Step =
  | { kind: 'edit'; section: number; text: number }
  | { kind: 'live'; section: number }
  | { kind: 'sign'; section: number; signer: (typeof SIGNERS)[number]; approve: boolean }
  | { kind: 'slots'; section: number; set: number };

const section = fc.constantFrom(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), section, text: fc.integer({ min: 0, max: TEXTS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('live' as const), section }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sign' as const), section, signer: fc.constantFrom(...SIGNERS), approve: fc.constantFrom(true, true, false) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('slots' as const), section, set: fc.integer({ min: 0, max: SLOT_SETS.length - 1 }) }) },
);

/** A signer's latest sign-off on a section, as the model sees it. */
interface Given {
  id: string;
  role: Role;
  text: string;
  approve: boolean;
  slotKey: string;
  current: boolean;
}

class Model {
  text = ['as created', 'as created'];
  slots = START_SLOTS.map((i) => SLOT_SETS[i]);
  latest = [new Map<Role, Given>(), new Map<Role, Given>()];
  /** How many times each sign-off went from current to stale. */
  wentStale = new Map<string, number>();

  setText(s: number, text: string) {
    this.text[s] = text;
    for (const given of this.latest[s].values()) {
      const current = given.text === text;
      if (given.current && !current) this.wentStale.set(given.id, (this.wentStale.get(given.id) ?? 0) + 1);
      given.current = current;
    }
  }

  sectionApproved(s: number): boolean {
    const counting = [...this.latest[s].values()].filter((g) => g.current);
    return this.slots[s].every((slot) => counting.some((g) => g.approve && g.slotKey === slot.key && slot.roles.includes(g.role))) && !counting.some((g) => !g.approve);
  }
}

const { server, team: people } = useTestTeam();
let live = 0;

/** A new entry for each run, with the same people in the same roles (logging in is the slow part). */
async function freshEntry(): Promise<Team> {
  const em = server.orm.em.fork();
  const template = await em.findOneOrFail(Template, { key: 'psa-2021-minority-ethnic-outcomes' });
  const entry = addEntryFromTemplate(em, template, 'A property entry', em.getReference(User, people.members.LEAD.user.id));
  for (const role of ROLES.filter((r) => r !== 'LEAD')) em.create(Membership, { entry, user: em.getReference(User, people.members[role].user.id), role });
  await em.flush();
  const sections = await em.find(Section, { entry: entry.id }, { orderBy: { position: 'asc' } });
  const team = { ...people, entryId: entry.id, sectionIds: sections.map((s) => s.id) };
  const lead = team.members.LEAD.client;
  for (const [i, id] of team.sectionIds.entries()) {
    await lead.ok(WORKFLOW_PROPERTY_SET_SLOTS, { i: { sectionId: id, slots: i < START_SLOTS.length ? SLOT_SETS[START_SLOTS[i]] : [] } });
  }
  expect((await lead.ok(REQUEST_REVIEW, { i: { entryId: team.entryId } })).requestReview.entry.state).toBe('IN_REVIEW');
  return team;
}

/** The lead writes Markdown through the API (the lead signs nothing here, so every signer is told). */
async function edit(team: Team, s: number, markdown: string) {
  const lead = team.members.LEAD.client;
  const { version } = await sectionNow(lead, team, s);
  await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[s], markdown, baseVersion: version } });
}

/** The manager (no signer here either) adds a paragraph as the editor would: a Yjs update on top of the server's document. */
async function liveEdit(team: Team, s: number, words: string) {
  const manager = team.members.MANAGER.client;
  const sectionId = team.sectionIds[s];
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from((await manager.ok(SYNC, { s: sectionId })).sectionSync.update, 'base64'));
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').push([paragraph]);
  paragraph.insert(0, [new Y.XmlText(words)]);
  const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
  await manager.ok(APPLY, { i: { sectionId, update, clientId: `property-${doc.clientID}` } });
}

async function apply(team: Team, model: Model, step: Step) {
  const s = step.section;
  if (step.kind === 'edit') {
    if (model.text[s] === TEXTS[step.text]) return; // the same text: nothing is written
    await edit(team, s, TEXTS[step.text]);
    model.setText(s, TEXTS[step.text]);
  } else if (step.kind === 'live') {
    const words = `Live edit ${++live}.`;
    await liveEdit(team, s, words);
    model.setText(s, `${model.text[s]} + ${words}`); // text no other step writes
  } else if (step.kind === 'slots') {
    await team.members.LEAD.client.ok(WORKFLOW_PROPERTY_SET_SLOTS, { i: { sectionId: team.sectionIds[s], slots: SLOT_SETS[step.set] } });
    model.slots[s] = SLOT_SETS[step.set];
  } else {
    const result = await signOff(team, step.signer, s, { meaning: step.approve ? 'APPROVE' : 'REQUEST_CHANGES', note: step.approve ? '' : 'Not yet.' });
    if (!model.slots[s].some((slot) => slot.roles.includes(step.signer))) {
      expect(codeOf(result)).toBe('FORBIDDEN'); // no slot of the section is for this role
      return;
    }
    expect(codeOf(result)).toBe('OK');
    const { id, slotKey } = result.data!.signOffSection.signOff;
    model.latest[s].set(step.signer, { id, role: step.signer, text: model.text[s], approve: step.approve, slotKey, current: true });
  }
}

/** How many times each sign-off of the entry has a stale notice, and a stale record. */
async function staleCounts(entryId: string) {
  const em = server.orm.em.fork();
  const notices = await em.execute<{ sign_off_id: string; n: number }[]>(
    `select sign_off_id, count(*)::int as n from notifications where entry_id = ? and kind = 'SIGN_OFF_STALE' group by sign_off_id`,
    [entryId],
  );
  const records = await em.execute<{ sign_off_id: string; n: number }[]>(
    `select s.sign_off_id, count(*)::int as n from audit_events a, jsonb_array_elements_text(a.data->'signOffIds') as s(sign_off_id)
      where a.entry_id = ? and a.action = 'SIGN_OFF_STALE' group by s.sign_off_id`,
    [entryId],
  );
  const byId = (rows: { sign_off_id: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.sign_off_id, r.n]));
  return { notices: byId(notices), records: byId(records) };
}

async function expectInvariant(team: Team, model: Model, after: string) {
  const { entry } = await team.members.LEAD.client.ok(WORKFLOW_PROPERTY_STATUS, { id: team.entryId });
  const approvedByModel = [0, 1].map((s) => model.sectionApproved(s));
  const approvedByServer = entry.sections.slice(0, 2).map((s) => s.signOffStatus.approved);
  expect(approvedByServer, `sections' approval after ${after}`).toEqual(approvedByModel);
  expect(entry.sections.slice(2).every((s) => s.signOffStatus.approved)).toBe(true);
  expect(entry.state, `entry state after ${after}`).toBe(approvedByModel.every(Boolean) ? 'APPROVED' : 'IN_REVIEW');
  const expected = Object.fromEntries([...model.wentStale].filter(([, n]) => n > 0));
  const { notices, records } = await staleCounts(team.entryId);
  expect(notices, `stale notices after ${after}`).toEqual(expected);
  expect(records, `stale records after ${after}`).toEqual(expected);
}

/** Always run as well: the finding's reproduction (sign A, edit to B, back to A, settle, edit to C), and its live-edit twin. */
const EXAMPLES: Step[][] = [
  [
    { kind: 'edit', section: 0, text: 0 },
    { kind: 'sign', section: 0, signer: 'MEDIC', approve: true },
    { kind: 'sign', section: 1, signer: 'PATIENT_REP', approve: true },
    { kind: 'edit', section: 0, text: 1 },
    { kind: 'edit', section: 0, text: 0 },
    { kind: 'slots', section: 0, set: 1 },
    { kind: 'edit', section: 0, text: 2 },
  ],
  [
    { kind: 'sign', section: 0, signer: 'NURSE', approve: true },
    { kind: 'sign', section: 1, signer: 'PATIENT_REP', approve: true },
    { kind: 'live', section: 1 },
    { kind: 'edit', section: 1, text: 1 },
    { kind: 'sign', section: 1, signer: 'PATIENT_REP', approve: true },
    { kind: 'edit', section: 1, text: 2 },
    { kind: 'edit', section: 1, text: 1 },
    { kind: 'live', section: 1 },
  ],
];

it('APPROVED exactly when every slot holds a current approval; each approval going stale is told once', { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 8 }), async (steps) => {
      const team = await freshEntry();
      const model = new Model();
      for (const [i, s] of steps.entries()) {
        await apply(team, model, s);
        await expectInvariant(team, model, `step ${i + 1} of ${JSON.stringify(steps)}`);
      }
    }),
    { numRuns: Number(process.env.WORKFLOW_PROPERTY_RUNS ?? 20), endOnFailure: true, examples: EXAMPLES.map((steps) => [steps]) },
  );
});
