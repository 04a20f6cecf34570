import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, type Team } from '../test-support/factories.js';
import { codeOf } from '../test-support/api-client.js';
import { approveEverything } from '../test-support/review.js';
import { TestSmtp, linkIn, type ReceivedMail } from '../test-support/smtp.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server.js';
import { OutboxMail } from './outbox-mail.entity.js';
import { signUnsubscribe } from './unsubscribe-token.js';
import { editorUpdate } from '../test-support/suggesting.js';
import {
  ACCEPT_SUGGESTION,
  ADD_COMMENT,
  APPLY,
  LIMITS_LOG_IN,
  LIMITS_SIGN_OFF,
  MAIL_INVITE,
  MAIL_REPLACE,
  MAIL_REPLY,
  MAIL_REQUEST_REVIEW,
  MAIL_SECTIONS,
  ME_ID,
  MY_PREFERENCES,
  REJECT_SUGGESTIONS,
  REQUEST_RESET,
  RESET,
  SERVER_INFO,
  SET_CLOSING_DATE,
  SET_PREFERENCE,
  SUGGESTIONS,
  UNSUBSCRIBE,
} from '../test-support/operations.js';

/**
 * Email through a real SMTP server (smtp-server on loopback) from a real Quorum server: each kind
 * reaches the right person with the right link and none of the entry's content; digest and
 * never are honoured; refusals and an SMTP server that is down are retried, not lost; password
 * reset end to end. The worker reads the outbox every 30 ms here (QUORUM_MAIL_POLL_MS), and the
 * clock is moved (services.mail.clock) rather than waited for.
 */
const PUBLIC = 'http://quorum.example.nhs.uk';
/** Words that must never leave in an email: section text, a comment, a sign-off note. */
const SECTION_WORDS = 'Confidential section words about ward 7 outcomes';
const COMMENT_WORDS = 'Private comment words';
const NOTE_WORDS = 'Private note words';

let smtp: TestSmtp;
let server: TestServer;
let team: Team;

beforeAll(async () => {
  smtp = await TestSmtp.start();
  server = await startTestServer({
    QUORUM_SMTP_URL: smtp.url,
    QUORUM_MAIL_FROM: 'Quorum <quorum@example.nhs.uk>',
    QUORUM_MAIL_POLL_MS: '30',
    QUORUM_MAIL_RETRY_MS: '50',
    QUORUM_PUBLIC_URL: PUBLIC,
  });
  team = await createTeam(server);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const emailOf = (role: keyof Team['members']) => team.members[role].user.email;

/** What every email must be: the entry's title and a link, nothing of its content; text and accessible HTML. */
function expectWellFormed(mail: ReceivedMail, link: string, { resetLink = false } = {}) {
  expect(mail.text).toContain(link);
  for (const words of [SECTION_WORDS, COMMENT_WORDS, NOTE_WORDS]) expect(mail.text).not.toContain(words);
  expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
  expect(mail.raw).toMatch(/Content-Type: text\/html/i);
  expect(mail.text).toContain('<html lang="en">');
  expect(mail.text).toMatch(/<h1[^>]*>/);
  expect(mail.text).not.toMatch(/<img/i);
  if (resetLink) {
    // A reset cannot be turned off: no unsubscribe link that would only fail.
    expect(mail.text).not.toContain(`${PUBLIC}/unsubscribe/`);
    expect(mail.raw).not.toMatch(/^List-Unsubscribe:/im);
    expect(mail.text).toContain('only when someone asks for a reset link');
    return;
  }
  expect(linkIn(mail, `${PUBLIC}/unsubscribe/`)).toBeTruthy();
  expect(mail.raw).toMatch(/^List-Unsubscribe:/im);
}

async function sections() {
  return (await team.members.LEAD.client.ok(MAIL_SECTIONS, { id: team.entryId })).entry.sections;
}

async function outbox(where: Record<string, unknown>) {
  return server.orm.em.fork().find(OutboxMail, where, { orderBy: { createdAt: 'asc' } });
}

describe('each kind of mail', () => {
  it('an invitation goes to the address invited, with the accept link', async () => {
    const data = await team.members.LEAD.client.ok(MAIL_INVITE, { input: { entryId: team.entryId, email: 'New.Colleague@Example.nhs.uk', role: 'NURSE' } });
    expect(data.inviteMember.emailed).toBe(true);
    const [mail] = await smtp.waitFor('new.colleague@example.nhs.uk');
    expectWellFormed(mail, data.inviteMember.inviteUrl);
    expect(data.inviteMember.inviteUrl.startsWith(`${PUBLIC}/invitations/`)).toBe(true);
    expect(mail.text).toContain('A team entry');
    expect(mail.text).toContain('invited you');
    // The link's secret is not kept once it has gone (marked SENT just after the SMTP server accepted it).
    const until = Date.now() + 5000;
    let [row] = await outbox({ kind: 'MEMBER_INVITED', toAddress: 'new.colleague@example.nhs.uk' });
    while (row.status !== 'SENT' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
      [row] = await outbox({ kind: 'MEMBER_INVITED', toAddress: 'new.colleague@example.nhs.uk' });
    }
    expect(row.status).toBe('SENT');
    expect(row.data.path).toBeUndefined();
    // Its Message-ID is its outbox row's, the same at every attempt: a copy sent again after a crash is known as the same mail.
    expect(mail.raw).toMatch(new RegExp(`^Message-ID: <${row.id}@quorum\\.example\\.nhs\\.uk>$`, 'im'));
  });

  it('mentions, replies, review requests, change requests, stale approvals and readiness to submit reach whom they concern', async () => {
    const [first] = await sections();
    await team.members.LEAD.client.ok(MAIL_REPLACE, { input: { sectionId: first.id, baseVersion: first.version, markdown: SECTION_WORDS } });
    const sectionPath = `${PUBLIC}/entries/${team.entryId}/sections/${team.sectionIds[0]}`;

    const thread = await team.members.MEDIC.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[0], body: COMMENT_WORDS, mentionedUserIds: [team.members.NURSE.user.id] } });
    const [mention] = await smtp.waitFor(emailOf('NURSE'));
    expectWellFormed(mention, sectionPath);
    expect(mention.text).toContain('mentioned you');
    expect(mention.text).toContain('Test MEDIC');

    await team.members.NURSE.client.ok(MAIL_REPLY, { input: { commentId: thread.addComment.comment.id, body: COMMENT_WORDS } });
    const [reply] = await smtp.waitFor(emailOf('MEDIC'));
    expectWellFormed(reply, sectionPath);

    await team.members.LEAD.client.ok(MAIL_REQUEST_REVIEW, { input: { entryId: team.entryId } });
    const review = (await smtp.waitFor(emailOf('ANALYST')))[0];
    expectWellFormed(review, `${PUBLIC}/entries/${team.entryId}/review`);
    expect(smtp.to(emailOf('OBSERVER'))).toHaveLength(0);

    // The medic approves section 0; an edit then makes it stale.
    const now = await sections();
    await team.members.MEDIC.client.ok(LIMITS_SIGN_OFF, { input: { sectionId: team.sectionIds[0], meaning: 'APPROVE', contentHash: now[0].contentHash, password: TEST_PASSWORD } });
    await team.members.LEAD.client.ok(MAIL_REPLACE, { input: { sectionId: now[0].id, baseVersion: now[0].version, markdown: `${SECTION_WORDS}, changed` } });
    const stale = (await smtp.waitFor(emailOf('MEDIC'), 3)).find((m) => m.text.includes('no longer counts'))!;
    expectWellFormed(stale, `${PUBLIC}/entries/${team.entryId}/review/${team.sectionIds[0]}`);

    // The nurse asks for changes to section 1: the writers hear of it (not the note).
    const managerBefore = smtp.to(emailOf('MANAGER')).length;
    await team.members.NURSE.client.ok(LIMITS_SIGN_OFF, {
      input: { sectionId: team.sectionIds[1], meaning: 'REQUEST_CHANGES', contentHash: now[1].contentHash, password: TEST_PASSWORD, note: NOTE_WORDS },
    });
    const changes = (await smtp.waitFor(emailOf('MANAGER'), managerBefore + 1)).at(-1)!;
    expectWellFormed(changes, `${PUBLIC}/entries/${team.entryId}/review/${team.sectionIds[1]}`);
    expect(changes.text).toContain('asked for changes');

    // Every slot approved (the nurse's approval supersedes her request): the lead hears it is ready to submit.
    await approveEverything(team);
    const leadBefore = smtp.to(emailOf('LEAD')).filter((m) => m.text.includes('ready to submit')).length;
    expect(leadBefore).toBe(0);
    const until = Date.now() + 10_000;
    while (!smtp.to(emailOf('LEAD')).some((m) => m.text.includes('ready to submit')) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const ready = smtp.to(emailOf('LEAD')).find((m) => m.text.includes('ready to submit'));
    expect(ready).toBeDefined();
    expectWellFormed(ready!, `${PUBLIC}/entries/${team.entryId}/review`);

    for (const mail of smtp.received) for (const words of [SECTION_WORDS, COMMENT_WORDS, NOTE_WORDS]) expect(mail.text).not.toContain(words);
  });

  it('a suggestion accepted, rejected or commented on reaches its author, linked to the section (a comment: its thread), without the suggested words', async () => {
    const fresh = await createTeam(server);
    const [sectionId] = fresh.sectionIds;
    const { version } = (await fresh.members.LEAD.client.ok(MAIL_SECTIONS, { id: fresh.entryId })).entry.sections[0];
    await fresh.members.LEAD.client.ok(MAIL_REPLACE, { input: { sectionId, baseVersion: version, markdown: SECTION_WORDS } });
    const rep = fresh.members.PATIENT_REP;
    const suggest = async (words: string) =>
      rep.client.ok(APPLY, { i: { sectionId, update: await editorUpdate(rep.client, sectionId, (s) => s.tr.insertText(words, s.doc.content.size - 1), rep.user.id), clientId: 'rep' } });
    const SUGGESTED = ' and private suggested words';
    await suggest(SUGGESTED);
    const [suggestion] = (await fresh.members.LEAD.client.ok(SUGGESTIONS, { id: sectionId })).section!.suggestions.nodes;
    const sectionPath = `${PUBLIC}/entries/${fresh.entryId}/sections/${sectionId}`;

    const thread = await fresh.members.LEAD.client.ok(ADD_COMMENT, { input: { sectionId, body: COMMENT_WORDS, anchor: { quote: SUGGESTED.trim() } } });
    const [commented] = await smtp.waitFor(rep.user.email);
    expectWellFormed(commented, `${sectionPath}#thread-${thread.addComment.comment.id}`);
    expect(commented.text).toContain('Test LEAD commented on a change you suggested');

    await fresh.members.LEAD.client.ok(ACCEPT_SUGGESTION, { i: { sectionId, suggestionId: suggestion.id } });
    const accepted = (await smtp.waitFor(rep.user.email, 2))[1];
    expectWellFormed(accepted, sectionPath);
    expect(accepted.text).toContain('Test LEAD accepted changes you suggested');

    await suggest(' and more private words');
    await fresh.members.NURSE.client.ok(REJECT_SUGGESTIONS, { i: { sectionId } });
    const rejected = (await smtp.waitFor(rep.user.email, 3))[2];
    expectWellFormed(rejected, sectionPath);
    expect(rejected.text).toContain('Test NURSE rejected changes you suggested');
    // Nobody is emailed of their own doing; nothing said of the suggestions is in any email.
    expect(smtp.to(fresh.members.LEAD.user.email).filter((m) => m.text.includes('suggested'))).toHaveLength(0);
    for (const mail of smtp.to(rep.user.email)) for (const words of ['private suggested words', 'more private words']) expect(mail.text).not.toContain(words);
  });
});

describe('choices', () => {
  it('a daily digest gathers a kind into one email a day; never sends none; both are the person’s own choice', async () => {
    const analyst = team.members.ANALYST;
    await analyst.client.ok(SET_PREFERENCE, { input: { kind: 'MENTION', delivery: 'DAILY_DIGEST' } });
    const after = await analyst.client.ok(SET_PREFERENCE, { input: { kind: 'REPLY', delivery: 'NEVER' } });
    expect(after.setMailPreference.mailPreferences).toContainEqual({ kind: 'REPLY', delivery: 'NEVER' });
    expect(after.setMailPreference.mailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'DAILY_DIGEST' });
    expect(after.setMailPreference.mailPreferences.map((p) => p.kind)).not.toContain('PASSWORD_RESET'); // not a choice: it goes when asked for
    const before = smtp.to(analyst.user.email).length;
    const since = new Date();

    for (const index of [2, 3]) {
      await team.members.MEDIC.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[index], body: COMMENT_WORDS, mentionedUserIds: [analyst.user.id] } });
    }
    const own = await analyst.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[4], body: COMMENT_WORDS } });
    await team.members.MEDIC.client.ok(MAIL_REPLY, { input: { commentId: own.addComment.comment.id, body: COMMENT_WORDS } });
    await server.services.mail.runOnce();
    const rows = await outbox({ user: analyst.user.id, kind: { $in: ['MENTION', 'REPLY'] }, createdAt: { $gte: since } });
    expect(rows.map((r) => `${r.kind}:${r.status}`).sort()).toEqual(['MENTION:HELD', 'MENTION:HELD', 'REPLY:SKIPPED']);
    expect(smtp.to(analyst.user.email)).toHaveLength(before);

    // The next day, at the digest hour: one email with both.
    server.services.mail.clock.advance(24 * 3600_000);
    await server.services.mail.runOnce();
    const digest = (await smtp.waitFor(analyst.user.email, before + 1)).at(-1)!;
    expect(digest.text).toContain('Your Quorum digest: 2 updates');
    expectWellFormed(digest, `${PUBLIC}/entries/${team.entryId}/sections/${team.sectionIds[2]}`);
    expect(digest.text).toContain(`${PUBLIC}/entries/${team.entryId}/sections/${team.sectionIds[3]}`);
    await server.services.mail.runOnce();
    expect(smtp.to(analyst.user.email)).toHaveLength(before + 1);

    // The digest's own link stops the digest: what went to it is now never.
    const token = linkIn(digest, `${PUBLIC}/unsubscribe/`).split('/').pop()!;
    const stopped = await server.client().ok(UNSUBSCRIBE, { input: { token } });
    expect(stopped.unsubscribe.kinds).toEqual(['MENTION']);
    const mine = await analyst.client.ok(MY_PREFERENCES);
    expect(mine.me?.mailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'NEVER' });
  });

  it('an invitation held for the digest goes in it with its accept link, and afterwards no row of the outbox keeps that link’s secret', async () => {
    const invited = await createUser(server, 'Digest Reader');
    await invited.client.ok(SET_PREFERENCE, { input: { kind: 'MEMBER_INVITED', delivery: 'DAILY_DIGEST' } });
    const before = smtp.to(invited.user.email).length;
    const data = await team.members.LEAD.client.ok(MAIL_INVITE, { input: { entryId: team.entryId, email: invited.user.email, role: 'ANALYST' } });
    const secret = data.inviteMember.inviteUrl.split('/').pop()!;
    await server.services.mail.runOnce();
    expect((await outbox({ kind: 'MEMBER_INVITED', toAddress: invited.user.email })).map((r) => r.status)).toEqual(['HELD']);

    server.services.mail.clock.advance(24 * 3600_000);
    await server.services.mail.runOnce();
    const digest = (await smtp.waitFor(invited.user.email, before + 1)).at(-1)!;
    expect(digest.text).toContain(data.inviteMember.inviteUrl);
    // Marked SENT just after the SMTP server accepted it: then neither the invitation's row nor the digest's holds the secret.
    await expect.poll(async () => (await outbox({ kind: 'DIGEST', toAddress: invited.user.email })).map((r) => r.status), { timeout: 5000 }).toEqual(['SENT']);
    const rows = await server.orm.em.fork().getConnection().execute<{ data: string }[]>(`select data::text as data from mail_outbox`);
    expect(rows.filter((r) => r.data.includes(secret))).toEqual([]);
  });

  it('every email’s unsubscribe link turns its kind off without signing in; an altered one is refused', async () => {
    const [mention] = smtp.to(emailOf('NURSE'));
    const token = linkIn(mention, `${PUBLIC}/unsubscribe/`).split('/').pop()!;
    const tampered = await server.client().request(UNSUBSCRIBE, { input: { token: token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) } });
    expect(codeOf(tampered)).toBe('BAD_USER_INPUT');
    expect(tampered.errors?.[0].extensions?.field).toBe('input.token');
    const done = await server.client().ok(UNSUBSCRIBE, { input: { token } });
    expect(done.unsubscribe.kinds).toEqual(['MENTION']);
    const prefs = await team.members.NURSE.client.ok(MY_PREFERENCES);
    expect(prefs.me?.mailPreferences).toContainEqual({ kind: 'MENTION', delivery: 'NEVER' });
    const before = smtp.to(emailOf('NURSE')).length;
    await team.members.MEDIC.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[2], body: COMMENT_WORDS, mentionedUserIds: [team.members.NURSE.user.id] } });
    await server.services.mail.runOnce();
    expect(smtp.to(emailOf('NURSE'))).toHaveLength(before);
  });
});

describe('delivery', () => {
  it('a refusal (451) is retried with backoff until the SMTP server accepts, and the mail goes once', async () => {
    smtp.refuseWith = 451;
    try {
      await team.members.LEAD.client.ok(MAIL_INVITE, { input: { entryId: team.entryId, email: 'refused@example.nhs.uk', role: 'NURSE' } });
      const until = Date.now() + 10_000;
      let [pending] = await outbox({ toAddress: 'refused@example.nhs.uk' });
      while (!(pending.attempts >= 3 && pending.lastError) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
        [pending] = await outbox({ toAddress: 'refused@example.nhs.uk' });
      }
      expect(pending.status).toMatch(/PENDING|SENDING/);
      expect(pending.lastError).toContain('451');
      expect(smtp.to('refused@example.nhs.uk')).toHaveLength(0);
    } finally {
      smtp.refuseWith = undefined;
    }
    await smtp.waitFor('refused@example.nhs.uk');
    await server.services.mail.runOnce();
    expect(smtp.to('refused@example.nhs.uk')).toHaveLength(1);
    const [sent] = await outbox({ toAddress: 'refused@example.nhs.uk' });
    expect(sent.status).toBe('SENT'); // runOnce waited for the round that sent it
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
  });

  it('an SMTP server that is down is retried once it is back, not lost', async () => {
    await smtp.stop();
    try {
      await team.members.LEAD.client.ok(MAIL_INVITE, { input: { entryId: team.entryId, email: 'while.down@example.nhs.uk', role: 'NURSE' } });
      const until = Date.now() + 10_000;
      let row = (await outbox({ toAddress: 'while.down@example.nhs.uk' }))[0];
      while (!(row.attempts >= 2 && row.lastError) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 30));
        row = (await outbox({ toAddress: 'while.down@example.nhs.uk' }))[0];
      }
      expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    } finally {
      await smtp.listen();
    }
    await smtp.waitFor('while.down@example.nhs.uk');
    await server.services.mail.runOnce();
    expect(smtp.to('while.down@example.nhs.uk')).toHaveLength(1);
  });
});

describe('closing-date reminders', () => {
  it('go 14, 7 and 2 days before to those with something pending, each once', async () => {
    const fresh = await createTeam(server);
    const denied = await fresh.members.MEDIC.client.request(SET_CLOSING_DATE, { input: { entryId: fresh.entryId, closesAt: new Date().toISOString() } });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const closesAt = new Date(server.services.mail.clock.now().getTime() + 20 * 86400_000);
    const set = await fresh.members.LEAD.client.ok(SET_CLOSING_DATE, { input: { entryId: fresh.entryId, closesAt: closesAt.toISOString() } });
    expect(new Date(set.setEntryClosingDate.entry.closesAt as string).getTime()).toBe(closesAt.getTime());
    expect(set.setEntryClosingDate.entry.abilities.canSetClosingDate).toBe(true);

    const reminded = (role: keyof Team['members']) => smtp.to(fresh.members[role].user.email).filter((m) => m.text.includes('closes soon')).length;
    await server.services.mail.runOnce();
    expect(reminded('LEAD')).toBe(0);

    server.services.mail.clock.advance(6 * 86400_000 + 3600_000); // 13 days 23 hours left
    await server.services.mail.runOnce();
    await server.services.mail.runOnce();
    await smtp.waitFor(fresh.members.NURSE.user.email);
    // A draft: the lead and whoever may write it; not the patient representative or the observer.
    for (const role of ['LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST'] as const) expect(reminded(role)).toBe(1);
    expect(reminded('PATIENT_REP')).toBe(0);
    expect(reminded('OBSERVER')).toBe(0);
    const [mail] = smtp.to(fresh.members.LEAD.user.email);
    expectWellFormed(mail, `${PUBLIC}/entries/${fresh.entryId}`);

    server.services.mail.clock.advance(7 * 86400_000); // 6 days 23 hours left
    await server.services.mail.runOnce();
    await smtp.waitFor(fresh.members.LEAD.user.email, 2);
    server.services.mail.clock.advance(5 * 86400_000); // 1 day 23 hours left
    await server.services.mail.runOnce();
    await server.services.mail.runOnce();
    await smtp.waitFor(fresh.members.LEAD.user.email, 3);
    expect(reminded('LEAD')).toBe(3);
  });
});

describe('password reset', () => {
  it('the same answer for any address; a link by email, once, for 30 minutes; the new password ends every session', async () => {
    const { user, client: oldSession } = await createUser(server, 'Forgetful Person');
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await server.client().ok(REQUEST_RESET, { input: { email } });
      return { answer, ms: performance.now() - started };
    };
    const known = await timed(user.email.toUpperCase());
    const unknown = await timed('nobody.here@example.nhs.uk');
    expect(known.answer).toEqual(unknown.answer);
    // Both answer after the same floor (an account's reset costs a commit the other does not; about 9 ms against 3 without it).
    expect(known.ms).toBeGreaterThanOrEqual(195);
    expect(unknown.ms).toBeGreaterThanOrEqual(195);
    expect(known.answer.requestPasswordReset).toEqual({ requested: true, mailEnabled: true });
    const [mail] = await smtp.waitFor(user.email);
    expectWellFormed(mail, `${PUBLIC}/reset-password/`, { resetLink: true });
    await server.services.mail.runOnce();
    expect(smtp.to('nobody.here@example.nhs.uk')).toHaveLength(0);
    const token = linkIn(mail, `${PUBLIC}/reset-password/`).split('/').pop()!;

    const weak = await server.client().request(RESET, { input: { token, newPassword: 'passwordpassword' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions?.field).toBe('input.newPassword');

    const newPassword = 'a brand new kettle on the hill';
    expect((await server.client().ok(RESET, { input: { token, newPassword } })).resetPassword.passwordReset).toBe(true);
    expect((await oldSession.ok(ME_ID)).me).toBeNull();
    expect(codeOf(await server.client().request(LIMITS_LOG_IN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    await server.client().ok(LIMITS_LOG_IN, { input: { email: user.email, password: newPassword } });

    const reused = await server.client().request(RESET, { input: { token, newPassword: 'yet another kettle on the hill' } });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors?.[0].extensions?.field).toBe('input.token');

    await server.client().ok(REQUEST_RESET, { input: { email: user.email } });
    const second = (await smtp.waitFor(user.email, 2))[1];
    const late = linkIn(second, `${PUBLIC}/reset-password/`).split('/').pop()!;
    await server.orm.em.fork().execute(`update password_resets set expires_at = now() - interval '1 minute' where used_at is null`);
    expect(codeOf(await server.client().request(RESET, { input: { token: late, newPassword: 'yet another kettle on the hill' } }))).toBe('BAD_USER_INPUT');
  });

  it('is rate limited per address, whether or not it has an account', async () => {
    const ask = () => server.client().request(REQUEST_RESET, { input: { email: 'flooded@example.nhs.uk' } });
    for (let i = 0; i < 5; i++) expect(codeOf(await ask())).toBe('OK');
    expect(codeOf(await ask())).toBe('RATE_LIMITED');
  });

  it('cannot be turned off: no choice, no (old) unsubscribe link and no stored "never" stops the link the person asks for; its secret is not kept', async () => {
    const { user, client } = await createUser(server, 'Careful Person');
    const refused = await client.request(SET_PREFERENCE, { input: { kind: 'PASSWORD_RESET', delivery: 'NEVER' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect((await client.ok(MY_PREFERENCES)).me?.mailPreferences.map((p) => p.kind)).not.toContain('PASSWORD_RESET');
    await server.client().ok(REQUEST_RESET, { input: { email: user.email } });
    const [first] = await smtp.waitFor(user.email);
    expect(first.text).not.toContain(`${PUBLIC}/unsubscribe/`);
    // A reset mail sent before this rule carried an unsubscribe link: one made with the real key is refused.
    const token = signUnsubscribe(await server.services.mail.unsubscribeKey(), { address: user.email, kind: 'PASSWORD_RESET' });
    expect(codeOf(await server.client().request(UNSUBSCRIBE, { input: { token } }))).toBe('BAD_USER_INPUT');
    // A "never" written before this rule (or by hand) is not honoured for resets either.
    await server.orm.em.fork().execute(`insert into mail_preferences (id, address, kind, delivery, updated_at) values (gen_random_uuid(), ?, 'PASSWORD_RESET', 'NEVER', now())`, [user.email]);
    await server.client().ok(REQUEST_RESET, { input: { email: user.email } });
    await smtp.waitFor(user.email, 2);
    await server.services.mail.runOnce();
    const rows = await outbox({ kind: 'PASSWORD_RESET', toAddress: user.email });
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT']);
    for (const row of rows) expect(row.data.path).toBeUndefined();
  });

  it('someone who signs in through the identity provider is sent no reset link (the same answer as anyone): a password would get them past it', async () => {
    const { user } = await createUser(server, 'Provider Person');
    await server.orm.em
      .fork()
      .execute(`insert into sso_identities (id, user_id, issuer, subject, email, created_at, last_signed_in_at) values (gen_random_uuid(), ?, 'https://login.example', 'sub-1', ?, now(), now())`, [
        user.id,
        user.email,
      ]);
    expect((await server.client().ok(REQUEST_RESET, { input: { email: user.email } })).requestPasswordReset).toEqual({ requested: true, mailEnabled: true });
    await server.services.mail.runOnce();
    expect(await outbox({ kind: 'PASSWORD_RESET', toAddress: user.email })).toHaveLength(0);
  });

  it('a reset mail to an address that cannot receive mail is skipped without keeping its secret link', async () => {
    const { user } = await createUser(server, 'Unreachable Person');
    await server.orm.em.fork().execute(`update users set email = ? where id = ?`, ['unreachable@ward.invalid', user.id]);
    await server.client().ok(REQUEST_RESET, { input: { email: 'unreachable@ward.invalid' } });
    await server.services.mail.runOnce();
    const [row] = await outbox({ kind: 'PASSWORD_RESET', toAddress: 'unreachable@ward.invalid' });
    expect(row.status).toBe('SKIPPED');
    expect(row.data.path).toBeUndefined();
  });

  it('is refused where passwords are turned off (QUORUM_PASSWORD_LOGIN=false), as log-in is', async () => {
    const fresh = await createTeam(server);
    await fresh.members.LEAD.client.ok(MAIL_REQUEST_REVIEW, { input: { entryId: fresh.entryId } });
    const [section] = (await fresh.members.LEAD.client.ok(MAIL_SECTIONS, { id: fresh.entryId })).entry.sections;
    server.services.config.passwordLogin = false;
    try {
      expect(codeOf(await server.client().request(REQUEST_RESET, { input: { email: 'sso.only@example.nhs.uk' } }))).toBe('PASSWORD_LOGIN_DISABLED');
      expect(codeOf(await server.client().request(RESET, { input: { token: 'any', newPassword: 'a brand new kettle on the hill' } }))).toBe('PASSWORD_LOGIN_DISABLED');
      // Nor does a password kept from before vouch for a sign-off.
      const signed = await fresh.members.MEDIC.client.request(LIMITS_SIGN_OFF, {
        input: { sectionId: section.id, meaning: 'APPROVE', contentHash: section.contentHash, password: TEST_PASSWORD },
      });
      expect(codeOf(signed)).toBe('PASSWORD_LOGIN_DISABLED');
    } finally {
      server.services.config.passwordLogin = true;
    }
    expect(await server.orm.em.fork().count(OutboxMail, { toAddress: 'sso.only@example.nhs.uk' })).toBe(0);
  });
});

describe('without SMTP', () => {
  it('nothing is queued, and the API says links are shared by hand', async () => {
    const plain = await startTestServer();
    try {
      const lead = await createTeam(plain);
      expect((await plain.client().ok(SERVER_INFO)).serverInfo.mailEnabled).toBe(false);
      const data = await lead.members.LEAD.client.ok(MAIL_INVITE, { input: { entryId: lead.entryId, email: 'by.hand@example.nhs.uk', role: 'NURSE' } });
      expect(data.inviteMember.emailed).toBe(false);
      expect((await plain.client().ok(REQUEST_RESET, { input: { email: lead.members.NURSE.user.email } })).requestPasswordReset.mailEnabled).toBe(false);
      await lead.members.MEDIC.client.ok(ADD_COMMENT, { input: { sectionId: lead.sectionIds[0], body: 'Hello', mentionedUserIds: [lead.members.NURSE.user.id] } });
      expect(await plain.orm.em.fork().count(OutboxMail, {})).toBe(0);
      expect((await server.client().ok(SERVER_INFO)).serverInfo.mailEnabled).toBe(true);
    } finally {
      await plain.stop();
    }
  });
});
