import { describe, expect, it } from 'vitest';
import { Notification } from '../notifications/notification.entity.js';
import { codeOf } from '../test-support/api-client.js';
import { SignOff } from './sign-off.entity.js';
import { evidenceOfSections } from './evidence-digest.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { approveEverything } from '../test-support/review.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import {
  COMMENTS_REPLACE_CONTENT,
  DISCLOSURE_SET_VALUES,
  ENTRY_CRITERIA,
  EVIDENCE_ADD_TESTIMONIAL,
  EVIDENCE_CREATE_METRIC,
  EVIDENCE_LINK_CRITERION,
  EVIDENCE_TESTIMONIAL_UPDATE,
  SIGN_OFFS_NOW,
  SIGN_SEEN,
  SIGN_SEEN_SIGN_OFF,
  STATE,
  WORKFLOW_REQUEST_REVIEW,
} from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

// A sign-off covers the evidence its section presents (issue 11; sign-off/evidence-digest.ts).

const { server } = useTestServer();

const now = async (team: Team) => (await team.members.LEAD.client.ok(SIGN_OFFS_NOW, { id: team.entryId })).entry;

/** An entry in review whose section 1 presents a metric and section 3 a testimonial, every slot approved. */
async function approvedWithEvidence() {
  const team = await createTeam(server);
  const lead = team.members.LEAD.client;
  const analyst = team.members.ANALYST.client;
  await lead.ok(WORKFLOW_REQUEST_REVIEW, { i: { entryId: team.entryId } });
  const metric = (await lead.ok(EVIDENCE_CREATE_METRIC, { i: { entryId: team.entryId, name: 'Falls', definition: 'Inpatient falls.', kind: 'PROPORTION', direction: 'LOWER_IS_BETTER' } })).createMetric
    .metric;
  await analyst.ok(DISCLOSURE_SET_VALUES, { i: { metricId: metric.id, values: [{ period: '2023', ethnicCode: 'A', numerator: 40, denominator: 900 }] } });
  const testimonial = (await lead.ok(EVIDENCE_ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'The interpreter came every time.', source: 'PATIENT' } })).addTestimonial.testimonial;
  const sections = (await lead.ok(ENTRY_CRITERIA, { id: team.entryId })).entry.sections;
  await lead.ok(EVIDENCE_LINK_CRITERION, { i: { criterionId: sections[1].criteria[0].id, metricIds: [metric.id] } });
  await lead.ok(EVIDENCE_LINK_CRITERION, { i: { criterionId: sections[3].criteria[0].id, testimonialIds: [testimonial.id] } });
  await approveEverything(team);
  expect((await team.members.OBSERVER.client.ok(STATE, { id: team.entryId })).entry.state).toBe('APPROVED');
  return { team, metricId: metric.id, testimonialId: testimonial.id };
}

const staleNotices = (team: Team) => server.orm.em.fork().find(Notification, { entry: team.entryId, kind: 'SIGN_OFF_STALE' }, { orderBy: { createdAt: 'asc' } });

describe('a sign-off covers the evidence its section presents', () => {
  it('a metric value change stales the sign-offs of the section presenting it, says what changed without figures, moves the entry back to review and tells the signers', async () => {
    const { team, metricId } = await approvedWithEvidence();
    const before = await now(team);
    expect(before.sections.flatMap((s) => s.signOffs.nodes).every((s) => s.current && s.evidenceDigest)).toBe(true);

    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId, values: [{ period: '2023', ethnicCode: 'A', numerator: 3, denominator: 900 }] } });

    const after = await now(team);
    expect(after.state).toBe('IN_REVIEW');
    const [s0, s1, s2, s3, s4] = after.sections.map((s) => s.signOffs.nodes);
    expect(s1.length).toBe(2);
    for (const signOff of s1) {
      expect(signOff).toMatchObject({ stale: true, current: false, evidenceChangesSinceSigned: ['Metric “Falls”: its values or analysis changed.'] });
      expect(signOff.diffSinceSigned).toEqual([{ op: 'INSERT', text: 'Metric “Falls”: its values or analysis changed.' }]);
      // Suppression holds: the small count (3) appears nowhere in what any reader is shown.
      expect(JSON.stringify(signOff)).not.toMatch(/\b3\b/);
    }
    // Unrelated sections keep theirs.
    for (const signOff of [...s0, ...s2, ...s3, ...s4]) expect(signOff).toMatchObject({ stale: false, current: true, diffSinceSigned: [], evidenceChangesSinceSigned: [] });
    const notices = await staleNotices(team);
    // The nurse is told; the analyst who changed the figure is not told of their own change.
    expect(notices.map((n) => n.user.id)).toEqual([team.members.NURSE.user.id]);
    expect(notices[0].message).toContain('presents evidence that changed after you approved it');

    // Putting the figure back makes them current again (compared by digest, as text is by hash).
    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId, values: [{ period: '2023', ethnicCode: 'A', numerator: 40, denominator: 900 }] } });
    const restored = await now(team);
    expect(restored.state).toBe('APPROVED');
    expect(restored.sections[1].signOffs.nodes.every((s) => s.current)).toBe(true);
  });

  it('a testimonial wording change stales only the section presenting it', async () => {
    const { team, testimonialId } = await approvedWithEvidence();
    await team.members.LEAD.client.ok(EVIDENCE_TESTIMONIAL_UPDATE, { i: { testimonialId, quote: 'The interpreter came nearly every time.' } });
    const after = await now(team);
    expect(after.state).toBe('IN_REVIEW');
    after.sections.forEach((section, i) => {
      for (const signOff of section.signOffs.nodes) {
        if (i === 3) expect(signOff).toMatchObject({ stale: true, evidenceChangesSinceSigned: ['Testimonial “The interpreter came nearly every time.”: its wording or consent changed.'] });
        else expect(signOff).toMatchObject({ stale: false, current: true });
      }
    });
    expect((await staleNotices(team)).map((n) => n.section?.id)).toEqual(after.sections[3].signOffs.nodes.map(() => after.sections[3].id));
  });

  it('unlinking the evidence stales the sign-offs too', async () => {
    const { team } = await approvedWithEvidence();
    const sections = (await team.members.LEAD.client.ok(ENTRY_CRITERIA, { id: team.entryId })).entry.sections;
    await team.members.LEAD.client.ok(EVIDENCE_LINK_CRITERION, { i: { criterionId: sections[1].criteria[0].id, metricIds: [] } });
    const after = await now(team);
    expect(after.state).toBe('IN_REVIEW');
    expect(after.sections[1].signOffs.nodes[0].evidenceChangesSinceSigned).toEqual(['Metric “Falls” is no longer presented.']);
  });
});

describe('a sign-off is bound to what its signer saw', () => {
  /** An entry in review whose section 1 presents a metric with one value. */
  async function withMetric() {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    await lead.ok(WORKFLOW_REQUEST_REVIEW, { i: { entryId: team.entryId } });
    const metric = (await lead.ok(EVIDENCE_CREATE_METRIC, { i: { entryId: team.entryId, name: 'Falls', definition: 'Inpatient falls.', kind: 'PROPORTION', direction: 'LOWER_IS_BETTER' } }))
      .createMetric.metric;
    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId: metric.id, values: [{ period: '2023', ethnicCode: 'A', numerator: 40, denominator: 900 }] } });
    const sections = (await lead.ok(ENTRY_CRITERIA, { id: team.entryId })).entry.sections;
    await lead.ok(EVIDENCE_LINK_CRITERION, { i: { criterionId: sections[1].criteria[0].id, metricIds: [metric.id] } });
    return { team, metricId: metric.id };
  }
  const seen = async (team: Team, index: number) => (await team.members.NURSE.client.ok(SIGN_SEEN, { id: team.entryId })).entry.sections[index];
  const sign = (team: Team, index: number, shown: { contentHash: string; evidenceDigest?: string | null }, role: keyof Team['members'] = 'NURSE') =>
    team.members[role].client.request(SIGN_SEEN_SIGN_OFF, {
      i: { sectionId: team.sectionIds[index], meaning: 'APPROVE', password: TEST_PASSWORD, contentHash: shown.contentHash, evidenceDigest: shown.evidenceDigest },
    });
  const signOffsOf = async (team: Team, index: number) => (await now(team)).sections[index].signOffs.nodes;

  it('refuses (CONFLICT) a sign-off on evidence that changed between reading and signing, records nothing, and takes one on what is shown now', async () => {
    const { team, metricId } = await withMetric();
    const shown = await seen(team, 1);
    expect(shown.evidenceDigest).toMatch(/^[0-9a-f]{64}$/);
    // The analyst corrects a figure while the nurse reads.
    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId, values: [{ period: '2023', ethnicCode: 'A', numerator: 3, denominator: 900 }] } });
    const current = await seen(team, 1);
    expect(current.contentHash).toBe(shown.contentHash); // the text is unchanged: only the evidence moved
    expect(current.evidenceDigest).not.toBe(shown.evidenceDigest);

    const refused = await sign(team, 1, shown);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe('The evidence this section presents (its metrics or testimonials) has changed since you read it: read it again, then sign off what it shows now.');
    expect(refused.errors![0].extensions).toMatchObject({ currentEvidenceDigest: current.evidenceDigest });
    expect(await signOffsOf(team, 1)).toEqual([]);

    const taken = await sign(team, 1, current);
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.signOffSection.signOff).toMatchObject({ contentHash: current.contentHash, evidenceDigest: current.evidenceDigest, current: true });
    expect((await signOffsOf(team, 1)).map((s) => s.evidenceDigest)).toEqual([current.evidenceDigest]);
  });

  it('refuses (CONFLICT) a sign-off on text that changed between reading and signing, even with the evidence unchanged', async () => {
    const { team } = await withMetric();
    const shown = await seen(team, 1);
    await team.members.LEAD.client.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[1], markdown: 'Falls halved on the wards.', baseVersion: shown.version } });
    const refused = await sign(team, 1, shown);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe('The section has changed since you read it: read it again, then sign off what it says now.');
    expect(await signOffsOf(team, 1)).toEqual([]);
  });

  it('a section without evidence has a digest too (of nothing), which a sign-off records; a digest that is not one is BAD_USER_INPUT', async () => {
    const { team } = await withMetric();
    const shown = await seen(team, 4);
    expect(shown.evidenceDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(shown.evidenceDigest).not.toBe((await seen(team, 1)).evidenceDigest);
    const malformed = await sign(team, 4, { contentHash: shown.contentHash, evidenceDigest: 'not-a-digest' }, 'PATIENT_REP');
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(await signOffsOf(team, 4)).toEqual([]);
    const taken = await sign(team, 4, shown, 'PATIENT_REP');
    expect(taken.data!.signOffSection.signOff.evidenceDigest).toBe(shown.evidenceDigest);
  });

  it('shows the digest keyed by the server, so that it cannot be recomputed from guessed figures; the sign-off stores the plain one and shows the keyed one', async () => {
    const { team } = await withMetric();
    const shown = await seen(team, 1);
    const [plain] = await evidenceOfSections(server.orm.em.fork(), [team.sectionIds[1]]);
    expect(shown.evidenceDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(shown.evidenceDigest).not.toBe(plain.digest);
    const taken = await sign(team, 1, shown);
    expect(taken.data!.signOffSection.signOff.evidenceDigest).toBe(shown.evidenceDigest);
    const stored = await server.orm.em.fork().findOneOrFail(SignOff, taken.data!.signOffSection.signOff.id);
    expect(stored.evidenceDigest).toBe(plain.digest);
    // Read again, it is the same (the key is kept, not made per request).
    expect((await seen(team, 1)).evidenceDigest).toBe(shown.evidenceDigest);
    // Nothing a member reads carries the plain digest: not the sign-offs, not the audit log.
    expect(JSON.stringify(await now(team))).not.toContain(plain.digest);
    const audit = await server.orm.em.fork().getConnection().execute<{ data: unknown }[]>('select data from audit_events where entry_id = ?', [team.entryId]);
    expect(JSON.stringify(audit)).toContain(shown.evidenceDigest); // the sign-off's record, with the keyed digest
    expect(JSON.stringify(audit)).not.toContain(plain.digest);
  });

  it('left out, the evidence is taken as it is when the sign-off is recorded (API clients from before the field)', async () => {
    const { team, metricId } = await withMetric();
    const shown = await seen(team, 1);
    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, { i: { metricId, values: [{ period: '2023', ethnicCode: 'A', numerator: 41, denominator: 900 }] } });
    const taken = await sign(team, 1, { contentHash: shown.contentHash });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.signOffSection.signOff.evidenceDigest).toBe((await seen(team, 1)).evidenceDigest);
  });
});
