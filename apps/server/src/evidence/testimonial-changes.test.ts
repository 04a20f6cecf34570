import { describe, expect, it } from 'vitest';
import { codeOf, queryText } from '../test-support/api-client.js';
import { addTestimonialRow, firstCriterionOf } from '../test-support/evidence-factories.js';
import { createTeam } from '../test-support/factories.js';
import type { UpdateTestimonialInput } from '../test-support/gql/graphql.js';
import { useTestTeam } from '../test-support/test-team.js';
import { EntryState } from '../common/enums.js';
import { Entry } from '../entries/entry.entity.js';
import { CriterionLink } from './criterion-link.entity.js';
import { Testimonial } from './testimonial.entity.js';
import { ADD_TESTIMONIAL, AUDIT, EVIDENCE_TESTIMONIAL_CONSENT, EVIDENCE_TESTIMONIAL_DELETE, EVIDENCE_TESTIMONIAL_UPDATE, EXPORTABLE, LINK } from '../test-support/operations.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const { server, team } = useTestTeam();
const em = () => server.orm.em.fork();
const lead = () => team.members.LEAD.client;

/** Everything stored about a testimonial, to show that a refused change changed nothing. */
async function row(id: string) {
  const t = await em().findOne(Testimonial, id);
  return (
    t && {
      quote: t.quote,
      source: t.source,
      attribution: t.attribution,
      anonymised: t.anonymised,
      consentStatus: t.consentStatus,
      consentDate: t.consentDate,
      consentNote: t.consentNote,
      consentRecordedBy: t.consentRecordedBy?.id ?? null,
    }
  );
}

/** A testimonial with consent given, recorded by the lead. */
async function consented(fields: Record<string, unknown> = {}): Promise<string> {
  const id = await addTestimonialRow(server, team);
  if (Object.keys(fields).length) await em().nativeUpdate(Testimonial, { id }, fields);
  await lead().ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-03-14', note: 'Signed form, filed with PALS' } });
  return id;
}

describe('changing a testimonial', () => {
  it('corrects the quote, which resets consent given: it is no longer exported until recorded again', async () => {
    const id = await consented();
    const updated = (await team.members.PATIENT_REP.client.ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: '  The nurse explained everything in my own language.  ' } }))
      .updateTestimonial;
    expect(updated.consentReset).toBe(true);
    expect(updated.testimonial).toMatchObject({
      quote: 'The nurse explained everything in my own language.',
      source: 'PATIENT',
      consentStatus: 'NOT_RECORDED',
      consentDate: null,
      consentNote: null,
      consentRecordedAt: null,
      consentRecordedBy: null,
      exportable: false,
    });
    expect((await lead().ok(EXPORTABLE, { id: team.entryId })).entry.testimonials.map((t) => t.id)).not.toContain(id);
  });

  it('keeps consent when the words and the naming stay the same', async () => {
    const id = await consented({ attribution: 'Mrs A. Khan' });
    const sameWords = (await lead().ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'The nurse explained everything in my language. ', source: 'FAMILY', attribution: 'Mrs Khan' } }))
      .updateTestimonial;
    expect(sameWords.consentReset).toBe(false);
    // Still anonymised: the attribution is not cited, so the entry reads as before bar the source.
    expect(sameWords.testimonial).toMatchObject({ source: 'FAMILY', attribution: 'Mrs Khan', citedAs: 'A family member', consentStatus: 'GIVEN', consentDate: '2025-03-14', exportable: true });
  });

  it('resets consent when the entry would name the person, but not when it stops naming them', async () => {
    const id = await consented({ attribution: 'Mrs A. Khan' });
    const named = (await lead().ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, anonymised: false } })).updateTestimonial;
    expect(named).toMatchObject({ consentReset: true, testimonial: { citedAs: 'Mrs A. Khan', consentStatus: 'NOT_RECORDED', exportable: false } });

    await lead().ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-03-15' } });
    const renamed = (await lead().ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, attribution: 'Aisha Khan' } })).updateTestimonial;
    expect(renamed).toMatchObject({ consentReset: true, testimonial: { citedAs: 'Aisha Khan', consentStatus: 'NOT_RECORDED' } });

    await lead().ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-03-16' } });
    const anonymous = (await lead().ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, anonymised: true, attribution: null } })).updateTestimonial;
    expect(anonymous).toMatchObject({ consentReset: false, testimonial: { citedAs: 'A patient', attribution: null, consentStatus: 'GIVEN', exportable: true } });
  });

  it('leaves withdrawn consent withdrawn', async () => {
    const id = await addTestimonialRow(server, team);
    await lead().ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'WITHDRAWN', date: '2025-04-01' } });
    const updated = (await lead().ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Different words.' } })).updateTestimonial;
    expect(updated).toMatchObject({ consentReset: false, testimonial: { quote: 'Different words.', consentStatus: 'WITHDRAWN', consentDate: '2025-04-01', exportable: false } });
  });

  it('refuses bad input naming the field, other roles and outsiders, and changes nothing', async () => {
    const id = await consented({ attribution: 'Ward 7 sister' });
    const before = await row(id);
    const bad = async (input: Partial<UpdateTestimonialInput>) => (await lead().request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, ...input } })).errors![0].extensions;
    expect(await bad({ quote: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quote' });
    // Blank after trimming, sent with a good change: refused whole.
    expect(await bad({ quote: '   ', source: 'STAFF' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quote' });
    expect(await bad({ quote: 'x'.repeat(3001) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quote' });
    expect(await bad({ quote: 'New words.', attribution: 'y'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attribution' });
    expect(await bad({ testimonialId: 'nope' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.testimonialId' });
    // A source the schema lacks: sent as the document's text, with the wrongly typed variable.
    expect(codeOf(await lead().request(queryText(EVIDENCE_TESTIMONIAL_UPDATE), { i: { testimonialId: id, source: 'NURSE' } }))).toBe('BAD_USER_INPUT');
    expect(await bad({ testimonialId: UNKNOWN_ID })).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await team.members.OBSERVER.client.request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Observed.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Outside.' } }))).toBe('NOT_FOUND');
    const other = await createTeam(server);
    expect(codeOf(await other.members.LEAD.client.request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Another entry’s lead.' } }))).toBe('NOT_FOUND');
    expect(await row(id)).toEqual(before);
  });
});

describe('deleting a testimonial', () => {
  it('deletes it for good with its criteria links, by a role that adds testimonials', async () => {
    const id = await consented();
    const criterionId = await firstCriterionOf(server, team.sectionIds[1]);
    await lead().ok(LINK, { i: { criterionId, testimonialIds: [id] } });
    expect(await em().count(CriterionLink, { testimonial: id })).toBe(1);

    const deleted = (await team.members.PATIENT_REP.client.ok(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } })).deleteTestimonial;
    expect(deleted.deletedTestimonialId).toBe(id);
    expect(deleted.entry.id).toBe(team.entryId);
    expect(deleted.entry.testimonials.map((t) => t.id)).not.toContain(id);
    expect(await row(id)).toBeNull();
    expect(await em().count(CriterionLink, { testimonial: id })).toBe(0);
    expect(codeOf(await lead().request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } }))).toBe('NOT_FOUND');
  });

  it('refuses observers, outsiders and bad ids, deleting nothing', async () => {
    const id = await addTestimonialRow(server, team);
    const count = () => em().count(Testimonial, { entry: team.entryId });
    const before = await count();
    expect(codeOf(await team.members.OBSERVER.client.request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } }))).toBe('NOT_FOUND');
    expect((await lead().request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: 'nope' } })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.testimonialId' });
    expect(codeOf(await lead().request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: UNKNOWN_ID } }))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    expect(await row(id)).not.toBeNull();
  });
});

describe('a submitted entry', () => {
  it('refuses changes and deletions with CONFLICT, changing nothing', async () => {
    const submitted = await createTeam(server);
    const id = await addTestimonialRow(server, submitted);
    await em().nativeUpdate(Entry, { id: submitted.entryId }, { state: EntryState.SUBMITTED });
    const before = await row(id);
    const boss = submitted.members.LEAD.client;
    const update = await boss.request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Too late.' } });
    expect(codeOf(update)).toBe('CONFLICT');
    expect(update.errors![0].message).toMatch(/submitted/);
    expect(codeOf(await boss.request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } }))).toBe('CONFLICT');
    expect(await row(id)).toEqual(before);
  });
});

describe('the audit log', () => {
  const TESTIMONIAL_ACTIONS = ['TESTIMONIAL_ADDED', 'TESTIMONIAL_CHANGED', 'CONSENT_RECORDED', 'TESTIMONIAL_DELETED'];

  it('records who added, corrected, recorded consent for and deleted a testimonial, and when, without its words or whom it names', async () => {
    const own = await createTeam(server);
    const rep = own.members.PATIENT_REP;
    const boss = own.members.LEAD;
    const quote = 'Nobody had asked me in Sylheti before.';
    const added = await rep.client.ok(ADD_TESTIMONIAL, { i: { entryId: own.entryId, quote, source: 'PATIENT', attribution: 'Mrs Ayesha Begum', anonymised: false } });
    const id = added.addTestimonial.testimonial.id;
    await boss.client.ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2025-03-14', note: 'Form filed with PALS' } });
    await rep.client.ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: 'Nobody had asked me in Sylheti before this.' } });
    await rep.client.ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, source: 'PATIENT' } }); // nothing changes: nothing recorded
    await boss.client.ok(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'WITHDRAWN', date: '2025-03-20' } });
    await boss.client.ok(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } });

    const log = (await boss.client.ok(AUDIT, { id: own.entryId })).entry.auditLog.nodes.reverse();
    const records = log.filter((r) => TESTIMONIAL_ACTIONS.includes(r.action));
    const rn = rep.user.name;
    const bn = boss.user.name;
    expect(records.map((r) => [r.action, r.actorName, r.summary])).toEqual([
      ['TESTIMONIAL_ADDED', rn, `${rn} added a testimonial from a patient.`],
      ['CONSENT_RECORDED', bn, `${bn} recorded that consent was given on 2025-03-14 for a testimonial from a patient.`],
      ['TESTIMONIAL_CHANGED', rn, `${rn} corrected a testimonial from a patient (the quote): the consent recorded for it no longer counts.`],
      ['CONSENT_RECORDED', bn, `${bn} recorded that consent was withdrawn on 2025-03-20 for a testimonial from a patient.`],
      ['TESTIMONIAL_DELETED', bn, `${bn} deleted a testimonial from a patient.`],
    ]);
    expect(JSON.parse(records[2].data)).toEqual({ testimonialId: id, source: 'PATIENT', changed: ['quote'], consentReset: true });
    expect(JSON.parse(records[3].data)).toEqual({ testimonialId: id, source: 'PATIENT', consentStatus: 'WITHDRAWN', consentDate: '2025-03-20' });
    const everything = JSON.stringify(log);
    for (const kept of ['Sylheti', 'Ayesha', 'Begum', 'PALS']) expect(everything).not.toContain(kept);
  });

  it('records nothing for a refused change', async () => {
    const own = await createTeam(server);
    const id = await addTestimonialRow(server, own);
    const count = async () => (await own.members.LEAD.client.ok(AUDIT, { id: own.entryId })).entry.auditLog.nodes.filter((r) => TESTIMONIAL_ACTIONS.includes(r.action)).length;
    const before = await count();
    expect(codeOf(await own.members.OBSERVER.client.request(EVIDENCE_TESTIMONIAL_DELETE, { i: { testimonialId: id } }))).toBe('FORBIDDEN');
    expect(codeOf(await own.members.LEAD.client.request(EVIDENCE_TESTIMONIAL_CONSENT, { i: { testimonialId: id, status: 'GIVEN', date: '2999-01-01' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await own.members.LEAD.client.request(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId: id, quote: '   ' } }))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});
