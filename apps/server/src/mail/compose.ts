import { esc } from '../common/html-escape.js';
import { DIGEST, MAIL_SUBJECTS, type MailKind } from './mail-kinds.js';

/** What an email may say. Information governance: an entry's title and a link, never its sections' text, figures or testimonials. */
export interface MailFacts {
  kind: MailKind | typeof DIGEST;
  entryTitle: string | null;
  actorName: string | null;
  /** Absolute link to act on it. */
  link: string;
  /** Absolute link that turns this kind off without signing in; none for a password reset, which goes only when asked for (mail.service.ts). */
  unsubscribeLink: string | null;
  /** A digest's items, each already with its absolute link. */
  items?: { kind: MailKind; entryTitle: string | null; link: string }[];
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const RESET_MINUTES = 30;
export { RESET_MINUTES };

/** The body's sentences, the same for the text and the HTML. */
function sentences(facts: MailFacts): { lead: string; action: string; after?: string } {
  const entry = facts.entryTitle ? `“${facts.entryTitle}”` : 'an entry';
  const who = facts.actorName ?? 'Someone';
  switch (facts.kind) {
    case 'MEMBER_INVITED':
      return {
        lead: `${who} invited you to join the team writing ${entry} in Quorum.`,
        action: 'Accept the invitation',
        after: 'The link works for 14 days. If you were not expecting it, ignore this email.',
      };
    case 'PASSWORD_RESET':
      return {
        lead: 'Someone asked to reset the password of the Quorum account for this address.',
        action: 'Choose a new password',
        after: `The link works once, for ${RESET_MINUTES} minutes. If it was not you, ignore this email: your password has not changed.`,
      };
    case 'MENTION':
      return { lead: `${who} mentioned you in a comment on ${entry}.`, action: 'Read the comment' };
    case 'REPLY':
      return { lead: `${who} replied in a comment thread on ${entry} you took part in.`, action: 'Read the reply' };
    case 'REVIEW_REQUESTED':
      return { lead: `${who} asked you to review and sign off ${entry}.`, action: 'Review the entry' };
    case 'CHANGES_REQUESTED':
      return { lead: `${who} asked for changes to a section of ${entry}.`, action: 'See the request' };
    case 'SIGN_OFF_STALE':
      return { lead: `A section of ${entry} you signed off has changed since: your sign-off no longer counts.`, action: 'Review the section again' };
    case 'ENTRY_APPROVED':
      return { lead: `Every sign-off of ${entry} is in: it is ready to submit.`, action: 'Submit the entry' };
    case 'SUGGESTION_ACCEPTED':
      return { lead: `${who} accepted changes you suggested to a section of ${entry}: the text now holds them.`, action: 'See the section' };
    case 'SUGGESTION_REJECTED':
      return { lead: `${who} rejected changes you suggested to a section of ${entry}: the text stays as it was.`, action: 'See the section' };
    case 'SUGGESTION_COMMENTED':
      return { lead: `${who} commented on a change you suggested to a section of ${entry}.`, action: 'Read the comment' };
    case 'CLOSING_DATE_NEAR':
      return { lead: `${entry} closes soon, and something of yours in it is still pending.`, action: 'Open the entry' };
    case DIGEST:
      return { lead: 'What happened in your Quorum entries since the last digest:', action: 'Open Quorum' };
  }
}

export function subjectOf(facts: Pick<MailFacts, 'kind' | 'entryTitle' | 'items'>): string {
  if (facts.kind === DIGEST) return `Your Quorum digest: ${facts.items?.length ?? 0} update${facts.items?.length === 1 ? '' : 's'}`;
  const said = MAIL_SUBJECTS[facts.kind];
  return facts.entryTitle && facts.kind !== 'PASSWORD_RESET' ? `${said}: ${facts.entryTitle}` : said;
}

/**
 * Plain text and HTML saying the same. The HTML is accessible: a language, a real heading,
 * links whose words say where they go, no images; a screen reader or a text-only client loses nothing.
 */
export function composeMail(facts: MailFacts): ComposedMail {
  const subject = subjectOf(facts);
  const { lead, action, after } = sentences(facts);
  const items = facts.items ?? [];
  const unsubscribe = facts.kind === DIGEST ? 'Stop these digests' : 'Stop emails of this kind';
  const asked = 'You get this email only when someone asks for a reset link for this address.';
  const text = [
    subject,
    '',
    lead,
    ...items.map((item) => `- ${subjectOf({ kind: item.kind, entryTitle: item.entryTitle })}\n  ${item.link}`),
    '',
    `${action}: ${facts.link}`,
    ...(after ? ['', after] : []),
    '',
    '--',
    ...(facts.unsubscribeLink ? [`${unsubscribe} (no need to sign in): ${facts.unsubscribeLink}`, 'Or choose which emails you get on your account page in Quorum.'] : [asked]),
    '',
  ].join('\n');
  const list = items.length ? `<ul>${items.map((item) => `<li><a href="${esc(item.link)}">${esc(subjectOf({ kind: item.kind, entryTitle: item.entryTitle }))}</a></li>`).join('')}</ul>` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(subject)}</title>
</head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #212b32;">
<main>
<h1 style="font-size: 22px;">${esc(subject)}</h1>
<p>${esc(lead)}</p>
${list}
<p><a href="${esc(facts.link)}" style="color: #005eb8;">${esc(action)}</a></p>
${after ? `<p>${esc(after)}</p>` : ''}
</main>
<footer>
<p style="font-size: 14px;">${
    facts.unsubscribeLink
      ? `<a href="${esc(facts.unsubscribeLink)}" style="color: #005eb8;">${esc(unsubscribe)}</a> (no need to sign in), or choose which emails you get on your account page in Quorum.`
      : esc(asked)
  }</p>
</footer>
</body>
</html>
`;
  return { subject, text, html };
}
