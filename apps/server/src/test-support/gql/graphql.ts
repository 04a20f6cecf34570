/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** Accept an invitation. */
export type AcceptInvitationInput = {
  /** The secret from the invitation link. */
  token: Scalars['String']['input'];
};

/** What an item of an entry’s activity history records. */
export type ActivityKind =
  /** A comment thread was opened (`commentId` is its opening comment). */
  | 'COMMENT_ADDED'
  /** A resolved thread (`commentId`) was reopened; only its latest reopening is kept. */
  | 'COMMENT_REOPENED'
  /** A reply (`commentId`) in a thread (`threadId`). */
  | 'COMMENT_REPLIED'
  /** A thread (`commentId`) was resolved; only its latest resolution is kept, and a reopened thread shows none. */
  | 'COMMENT_RESOLVED'
  /** The entry was started (`actor` is who started it). */
  | 'ENTRY_CREATED'
  /** Someone was invited to the team (their address is not shown here). */
  | 'MEMBER_INVITED'
  /** Someone joined the team by invitation. */
  | 'MEMBER_JOINED'
  /** A member left the team. */
  | 'MEMBER_LEFT'
  /** The lead removed a member. */
  | 'MEMBER_REMOVED'
  /** A member’s role changed. */
  | 'MEMBER_ROLE_CHANGED'
  /** A metric was added to the evidence. */
  | 'METRIC_ADDED'
  /** Values of a metric were entered, imported or changed (`valueChanges` names the cells; their figures show only to those who may see every value). */
  | 'METRIC_VALUES_CHANGED'
  /** A saved revision of a section’s text: `authors` wrote the edits it holds since the revision before. */
  | 'SECTION_EDITED'
  /** An earlier revision of a section was brought back. */
  | 'SECTION_RESTORED'
  /** A section was signed off (`signOffId`): approved, or changes requested. */
  | 'SIGNED_OFF'
  /** The lead changed the sign-offs a section needs. */
  | 'SIGN_OFF_SLOTS_CHANGED'
  /** An edit changed a section after sign-offs were given: they no longer count. */
  | 'SIGN_OFF_STALE'
  /** Suggestions in a section were accepted: the text now holds them (`actor` accepted; the summary says whose). */
  | 'SUGGESTION_ACCEPTED'
  /** Suggestions in a section were rejected: the text stays as it was (`actor` rejected; the summary says whose). */
  | 'SUGGESTION_REJECTED'
  /** A testimonial was added to the evidence (its words are not quoted here). */
  | 'TESTIMONIAL_ADDED'
  /** The entry moved in its workflow (by the lead, or automatically when `actor` is null). */
  | 'WORKFLOW_MOVED';

/** A new comment thread on a section. */
export type AddCommentInput = {
  /** The quoted passage the comment is about; none for the section as a whole. */
  anchor?: InputMaybe<CommentAnchorInput>;
  /** The comment, 1 to 10,000 characters of plain text; write @mentions as text and list who they are in `mentionedUserIds`. */
  body: Scalars['String']['input'];
  /** Members mentioned (user ids, at most 20): each gets a notification. */
  mentionedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The section. */
  sectionId: Scalars['ID']['input'];
};

/** A new testimonial. It is anonymised unless you say otherwise, and exported only once consent is recorded. */
export type AddTestimonialInput = {
  /** Cite without naming the person (default true). */
  anonymised?: Scalars['Boolean']['input'];
  /** Who said it, e.g. "Mrs A. Khan" or "Ward 7 sister": for the team; cited only when not anonymised. */
  attribution?: InputMaybe<Scalars['String']['input']>;
  /** The entry. */
  entryId: Scalars['ID']['input'];
  /** The quote, in the person’s own words. */
  quote: Scalars['String']['input'];
  /** Who gave it. */
  source: TestimonialSource;
};

/** An edit to a section’s Yjs document. */
export type ApplySectionUpdateInput = {
  /** Identifies the sending editor instance (e.g. its Yjs clientID), echoed to subscribers. */
  clientId: Scalars['String']['input'];
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** Base64 (standard alphabet, padded) Yjs update; at most 1 MB decoded unless configured otherwise. */
  update: Scalars['String']['input'];
};

/** What an audit record records. */
export type AuditAction =
  /** A member created a personal API token (recorded in each of their entries). */
  | 'API_TOKEN_CREATED'
  /** A member revoked a personal API token (recorded in each of their entries). */
  | 'API_TOKEN_REVOKED'
  /** Consent for a testimonial was recorded as given or withdrawn, with its date. */
  | 'CONSENT_RECORDED'
  /** A member logged in (recorded in each of their entries). */
  | 'LOGGED_IN'
  /** Someone was invited. */
  | 'MEMBER_INVITED'
  /** Someone joined by invitation. */
  | 'MEMBER_JOINED'
  /** A member left the entry. */
  | 'MEMBER_LEFT'
  /** The lead removed a member. */
  | 'MEMBER_REMOVED'
  /** A member’s role changed. */
  | 'MEMBER_ROLE_CHANGED'
  /** Values of a metric were entered, imported or changed: which cells (the figures only for those who may see every value). */
  | 'METRIC_VALUES_CHANGED'
  /** A section was signed off (approved or changes requested). */
  | 'SIGNED_OFF'
  /** The lead changed the sign-offs a section needs. */
  | 'SIGN_OFF_SLOTS_CHANGED'
  /** An edit made sign-offs of a section stale. */
  | 'SIGN_OFF_STALE'
  /** Someone who may edit a section accepted suggestions in it: whose, and what they inserted and deleted. */
  | 'SUGGESTION_ACCEPTED'
  /** Someone who may edit a section rejected suggestions in it: whose, and what they would have inserted and deleted. */
  | 'SUGGESTION_REJECTED'
  /** A testimonial was added (the record keeps neither its words nor whom it names). */
  | 'TESTIMONIAL_ADDED'
  /** A testimonial was corrected: which parts, and whether that reset its consent. */
  | 'TESTIMONIAL_CHANGED'
  /** A testimonial was deleted. */
  | 'TESTIMONIAL_DELETED'
  /** The entry moved in its workflow (by the lead, or automatically). */
  | 'WORKFLOW_MOVED';

/** Change a member’s role. */
export type ChangeMemberRoleInput = {
  /** The membership (see `Entry.members`). */
  membershipId: Scalars['ID']['input'];
  /** The new role. */
  role: Role;
};

/** How a group’s value changed between baseline and follow-up, at the metric’s confidence level. */
export type ChangeVerdict =
  /** Moved the better way, beyond chance (the interval excludes zero). */
  | 'IMPROVED'
  /** The interval includes zero: the change could be due to chance. */
  | 'NO_CLEAR_CHANGE'
  /** Not enough data at one of the periods. */
  | 'NO_DATA'
  /** Hidden from you: it rests on a small number (disclosure control). */
  | 'SUPPRESSED'
  /** Moved the worse way, beyond chance. */
  | 'WORSENED';

/** The passage a comment is about: either `quote` (text as it appears in `Section.text`; if not found as given, case, spacing and the kind of quote marks and dashes are ignored), or `start` and `end` (Yjs relative positions from an editor). */
export type CommentAnchorInput = {
  /** Base64 `Y.encodeRelativePosition` of the passage’s end (assoc -1, attached to its last character). */
  end?: InputMaybe<Scalars['String']['input']>;
  /** Which appearance of `quote` is meant, from 0 (the first). */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The passage as in `Section.text` (may span paragraphs, separated by a blank line). Case, spacing and the kind of quote marks and dashes need not match. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Base64 `Y.encodeRelativePosition` of the passage’s start, in a Y.XmlText of the section’s `content` fragment (assoc 0). */
  start?: InputMaybe<Scalars['String']['input']>;
};

/** The two-sided level of a metric’s confidence intervals, and so of its verdicts (OHID Fingertips uses both). */
export type ConfidenceLevel =
  /** 95%: the usual level for a single comparison. */
  | 'PERCENT_95'
  /** 99.8%: stricter, for many comparisons at once (Fingertips’ outer funnel limits, about 3 standard errors). */
  | 'PERCENT_99_8';

/** Whether the person quoted agreed to the quote being used in the entry. */
export type ConsentStatus =
  /** Consent given: the testimonial may be exported. */
  | 'GIVEN'
  /** No consent recorded yet: never exported. */
  | 'NOT_RECORDED'
  /** Consent withdrawn: never exported. */
  | 'WITHDRAWN';

/** A new personal API token. */
export type CreateApiTokenInput = {
  /** A name to recognise it by, e.g. "Analytics notebook". */
  name: Scalars['String']['input'];
  /** READ for queries only; READ_WRITE to make changes too. */
  scope: TokenScope;
};

/** A new entry, created from a template. */
export type CreateEntryInput = {
  /** The template to start from (see `templates`). */
  templateId: Scalars['ID']['input'];
  /** Working title, e.g. "Safer maternity care for Black women in Leeds". */
  title: Scalars['String']['input'];
};

/** A new metric for an entry. */
export type CreateMetricInput = {
  /** The period to compare as baseline (default: the earliest, when the labels tell; an unclear order compares nothing until chosen). In an update, null returns to the default. */
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  /** The level of every interval and verdict: PERCENT_95 (default) or PERCENT_99_8. */
  confidenceLevel?: InputMaybe<ConfidenceLevel>;
  /** Where the data come from, e.g. "Trust EPR, sepsis audit". In an update, null clears it. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  /** Exactly what is counted: the denominator and the numerator, or what is averaged. */
  definition: Scalars['String']['input'];
  /** Which way is better. */
  direction: MetricDirection;
  /** The entry. */
  entryId: Scalars['ID']['input'];
  /** The period to compare as follow-up (default: the latest, when the labels tell). In an update, null returns to the default. */
  followUpPeriod?: InputMaybe<Scalars['String']['input']>;
  /** Proportion, rate per N or mean; fixed once created. */
  kind: MetricKind;
  /** Short name, used in sentences, e.g. "sepsis screening within one hour". */
  name: Scalars['String']['input'];
  /** Who is counted, as sentences should say it (default "patients"). */
  population?: InputMaybe<Scalars['String']['input']>;
  /** For a RATE only: per how many (default 1000). */
  ratePer?: InputMaybe<Scalars['Int']['input']>;
  /** Periods from which the SPC chart’s limits are calculated afresh (recalculation points), e.g. the month a change was made. In an update, replaces the list; [] clears it. */
  recalculationPeriods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ethnic category code of the reference group, A to S (default A, White British). */
  referenceCode?: InputMaybe<Scalars['String']['input']>;
  /** Round counts shown to those who see small numbers suppressed, and in exports, to the nearest 5. Roles that may change values (analysts). */
  roundToFive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hide counts below this from everyone but analysts: 5 (default) to 100. */
  suppressionThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** A target for the SPC chart’s assurance icon, on the estimate’s scale (0.9 for 90%; a rate as a fraction, e.g. 0.004 for 4 per 1,000). In an update, null clears it. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of a mean, e.g. "minutes". In an update, null clears it. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A passage that answers a criterion: `id` keeps one already linked as it is (wherever its text has moved); otherwise `sectionId` and `anchor` link new words, anchored as a comment’s passage is. */
export type CriterionPassageInput = {
  /** Where the new passage is in that section’s text: a quote, or Yjs relative positions from an editor. */
  anchor?: InputMaybe<CommentAnchorInput>;
  /** A passage already linked to this criterion (`Criterion.passages`), kept. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The section of the same entry whose text holds the new passage. */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A data quality problem in how ethnicity was recorded. */
export type DataQualityKind =
  /** An ONS group’s make-up changed between baseline and follow-up by more than 20 points (e.g. mostly Indian, then mostly Pakistani). */
  | 'GROUP_MAKE_UP_CHANGED'
  /** More than 10% of people at a period have ethnicity not stated or not known (code Z). */
  | 'NOT_STATED_HIGH'
  /** The share not stated moved by more than 5 percentage points from the period before. */
  | 'NOT_STATED_MOVED';

/** One of your comments to delete; it stays as a tombstone. */
export type DeleteCommentInput = {
  /** The comment (yours). */
  commentId: Scalars['ID']['input'];
};

/** A metric to delete, with its values and criteria links. */
export type DeleteMetricInput = {
  /** The metric. */
  metricId: Scalars['ID']['input'];
};

/** A testimonial to delete, with its links to judging criteria. */
export type DeleteTestimonialInput = {
  /** The testimonial. */
  testimonialId: Scalars['ID']['input'];
};

/** One part of a word-level text diff. */
export type DiffOp =
  /** Text removed since. */
  | 'DELETE'
  /** Unchanged text. */
  | 'EQUAL'
  /** Text added since. */
  | 'INSERT';

/** New text for one of your comments. */
export type EditCommentInput = {
  /** The comment, 1 to 10,000 characters of plain text; write @mentions as text and list who they are in `mentionedUserIds`. */
  body: Scalars['String']['input'];
  /** The comment (yours). */
  commentId: Scalars['ID']['input'];
  /** Members mentioned (user ids, at most 20): each gets a notification. Only members newly mentioned are notified. */
  mentionedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened in an entry. */
export type EntryEventKind =
  /** A new comment thread (`commentId` is its opening comment). */
  | 'COMMENT_ADDED'
  /** A comment was deleted (it stays as a tombstone). */
  | 'COMMENT_DELETED'
  /** A comment was edited. */
  | 'COMMENT_EDITED'
  /** A thread was reopened. */
  | 'COMMENT_REOPENED'
  /** A reply (`commentId`) in a thread (`threadId`). */
  | 'COMMENT_REPLIED'
  /** A thread was resolved. */
  | 'COMMENT_RESOLVED'
  /** Someone (`userId`) joined. */
  | 'MEMBER_JOINED'
  /** A member (`userId`) was removed or left; their subscription ends with this event. */
  | 'MEMBER_REMOVED'
  /** A member’s role changed. */
  | 'MEMBER_ROLE_CHANGED'
  /** A section was signed off (`signOffId`). */
  | 'SIGNED_OFF'
  /** The sign-offs a section needs changed. */
  | 'SIGN_OFF_SLOTS_CHANGED'
  /** An edit made sign-offs of a section stale. */
  | 'SIGN_OFF_STALE'
  /** A suggestion (`suggestionId`; null when several) was accepted: the section’s text changed. */
  | 'SUGGESTION_ACCEPTED'
  /** Someone (`actorId`) made a suggestion (`suggestionId`) in a section: read `Section.suggestions`. */
  | 'SUGGESTION_MADE'
  /** A suggestion (`suggestionId`; null when several) was rejected. */
  | 'SUGGESTION_REJECTED'
  /** The entry moved to `state`. */
  | 'WORKFLOW_MOVED';

/** Where an entry is in its workflow. */
export type EntryState =
  /** Every sign-off slot of every section holds a current approval. */
  | 'APPROVED'
  /** Being written. */
  | 'DRAFT'
  /** The lead has asked for review and sign-off. */
  | 'IN_REVIEW'
  /** Submitted to the award: content is frozen. */
  | 'SUBMITTED';

/** A file format an entry can be exported in. */
export type ExportFormat =
  /** A Word document (.docx). */
  | 'DOCX'
  /** A self-contained, print-ready web page (.html): print it to PDF from a browser. */
  | 'HTML'
  /** Markdown text (.md). */
  | 'MARKDOWN'
  /** The evidence pack (.pdf): the appendix, charts and testimonials. */
  | 'PDF';

/** One figure in a section’s text, as it was read (`Section.figures`). */
export type FigureInput = {
  /** `SectionFigure.group`. */
  group: Scalars['String']['input'];
  /** `SectionFigure.kind`. */
  kind: FigureKind;
  /** `SectionFigure.level`. */
  level: GroupLevel;
  /** The figure’s metric (`SectionFigure.metric.id`). */
  metricId: Scalars['ID']['input'];
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** The words as read (`SectionFigure.text`): if they have changed since (someone typed in them), CONFLICT, so that what is replaced is what was read. */
  text: Scalars['String']['input'];
};

/** Which sentence of a metric’s analysis a figure in the text is. */
export type FigureKind =
  /** A group’s change from baseline to follow-up (`GroupAnalysis.changeSentence`). */
  | 'CHANGE'
  /** How a group’s gap with the reference group changed (`GroupAnalysis.gapSentence`). */
  | 'GAP';

/** Whether a figure in the text still says what the evidence says. */
export type FigureStatus =
  /** The words read as the analysis words them now. */
  | 'CURRENT'
  /** The analysis words it otherwise now (its values changed, or someone edited the words): `currentWording` is what it says now, and `updateFigure` puts it in. */
  | 'STALE'
  /** The analysis no longer gives this sentence (the metric was deleted, the group has no data, or its figures are now withheld): keep the words as written (`unlinkFigure`) or delete them. */
  | 'UNAVAILABLE';

/** Where a group stands against the reference group at one period, given the metric’s direction. */
export type GapPosition =
  /** Better than the reference group, beyond chance. */
  | 'BETTER'
  /** The difference could be due to chance. */
  | 'NO_CLEAR_DIFFERENCE'
  /** Not enough data for one of the two groups. */
  | 'NO_DATA'
  /** Hidden from you: it rests on a small number (disclosure control). */
  | 'SUPPRESSED'
  /** Worse than the reference group, beyond chance. */
  | 'WORSE';

/** How the gap between a group and the reference group changed, at the metric’s confidence level. */
export type GapVerdict =
  /** Moved towards zero beyond chance, without being clearly the other way at follow-up. */
  | 'NARROWED'
  /** The change in the gap could be due to chance. */
  | 'NO_CLEAR_CHANGE'
  /** Not enough data for one of the groups at one of the periods. */
  | 'NO_DATA'
  /** Moved beyond chance and is now clearly the other way. */
  | 'REVERSED'
  /** Hidden from you: it rests on a small number (disclosure control). */
  | 'SUPPRESSED'
  /** Moved away from zero beyond chance. */
  | 'WIDENED';

/** How finely ethnic groups are told apart in an analysis. */
export type GroupLevel =
  /** The detailed NHS ethnic category codes, as entered. */
  | 'ETHNIC_CATEGORY'
  /** The five ONS high-level groups (and Not stated), values rolled up from the detailed codes. */
  | 'ONS_GROUP';

/** Values as CSV text, checked all together: one bad row and nothing is written. */
export type ImportMetricValuesInput = {
  /** CSV with a header line: `period,ethnic_code,numerator,denominator` (proportions and rates) or `period,ethnic_code,mean,sd,n` (means), and `age_band` for a rate by age band; other columns are ignored. At most 1 MB. */
  csv: Scalars['String']['input'];
  /** The metric. */
  metricId: Scalars['ID']['input'];
  /** True: the file replaces all the metric’s values. False: it adds to them, replacing only the same period and code. */
  replace?: Scalars['Boolean']['input'];
};

/** A file of values with the column mapping. All or nothing: any bad row imports nothing. */
export type ImportValuesFileInput = {
  /** The file’s bytes, base64-encoded; at most 1 MB of file. */
  file: Scalars['String']['input'];
  /** The file’s name, e.g. “screening.xlsx”: its extension tells the format when `format` is not given. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The format; by default from the file name, else from the file’s first bytes. */
  format?: InputMaybe<ValuesFileFormat>;
  /** Which column holds what (see previewValuesFile’s suggestedMapping). */
  mapping: ValuesColumnMappingInput;
  /** The metric the values are for (its kind decides the columns suggested). */
  metricId: Scalars['ID']['input'];
  /** True: the file replaces all the metric’s values. False: it adds to them, replacing only the same period and category. */
  replace?: Scalars['Boolean']['input'];
};

/** A pending invitation (see `Entry.pendingInvitations`). */
export type InvitationIdInput = {
  /** The invitation. */
  invitationId: Scalars['ID']['input'];
};

/** Invite someone to an entry. */
export type InviteMemberInput = {
  /** Their email address; only an account with this address can accept. */
  email: Scalars['String']['input'];
  /** The entry. */
  entryId: Scalars['ID']['input'];
  /** Their role in the entry. */
  role: Role;
};

/** What answers a judging criterion. Each list given replaces the criterion’s links of that kind; an omitted list leaves them as they are. */
export type LinkCriterionInput = {
  /** The criterion (see `Section.criteria`). */
  criterionId: Scalars['ID']['input'];
  /** Metrics of the same entry that answer it. */
  metricIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Passages of the text that answer it: replaces its passages (list those to keep by `id`). */
  passages?: InputMaybe<Array<CriterionPassageInput>>;
  /** Sections of the same entry that answer it. */
  sectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Testimonials of the same entry that answer it. */
  testimonialIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Email and password. */
export type LogInInput = {
  /** Email address of the account. */
  email: Scalars['String']['input'];
  /** The account password. */
  password: Scalars['String']['input'];
};

/** How to log out. */
export type LogOutInput = {
  /** End every session of this account, on every device, not only this one. */
  everywhere?: Scalars['Boolean']['input'];
};

/** How you want one kind of email. */
export type MailDelivery =
  /** An email as soon as it happens (the default). */
  | 'AT_ONCE'
  /** Gathered into one email a day. */
  | 'DAILY_DIGEST'
  /** No email (the in-app notification stays). */
  | 'NEVER';

/** A kind of email Quorum sends. */
export type MailKind =
  /** Changes were requested in a section */
  | 'CHANGES_REQUESTED'
  /** The entry closes soon and something of yours is pending */
  | 'CLOSING_DATE_NEAR'
  /** Every sign-off is in: the entry is ready to submit */
  | 'ENTRY_APPROVED'
  /** You are invited to join the team writing an award entry */
  | 'MEMBER_INVITED'
  /** You were mentioned in a comment */
  | 'MENTION'
  /** Reset your Quorum password */
  | 'PASSWORD_RESET'
  /** A reply in a comment thread you took part in */
  | 'REPLY'
  /** Your review and sign-off are asked for */
  | 'REVIEW_REQUESTED'
  /** A section you signed off has changed: your sign-off no longer counts */
  | 'SIGN_OFF_STALE'
  /** Your suggested changes to a section were accepted */
  | 'SUGGESTION_ACCEPTED'
  /** A comment on your suggested change */
  | 'SUGGESTION_COMMENTED'
  /** Your suggested changes to a section were rejected */
  | 'SUGGESTION_REJECTED';

/** Notifications to mark read: some by id, or all of them. */
export type MarkNotificationsReadInput = {
  /** True: mark every unread notification of yours read. */
  all?: Scalars['Boolean']['input'];
  /** Your notifications to mark read (at most 100). */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Which way the metric should move. */
export type MetricDirection =
  /** A rise is an improvement, e.g. screening uptake. */
  | 'HIGHER_IS_BETTER'
  /** A fall is an improvement, e.g. time to antibiotics, or harm. */
  | 'LOWER_IS_BETTER';

/** What a metric measures, which decides the values it takes and the statistics used. */
export type MetricKind =
  /** An average, from mean, standard deviation and n per group (Student’s t interval; Welch for differences). */
  | 'MEAN'
  /** A share of people: numerator out of denominator, e.g. patients screened out of patients eligible (Wilson and Newcombe intervals). */
  | 'PROPORTION'
  /** Events per N (see `ratePer`) of person-time or population, from a count of events and a denominator; may exceed 1 per person (exact Poisson interval under 10 events, Byar’s from 10; rate ratios). */
  | 'RATE';

/** One group’s figures at one period: numerator and denominator for proportions and rates; mean, sd and n for means. */
export type MetricValueInput = {
  /** RATE metrics only: the age band of the 2013 European Standard Population, "0-4" to "85-89" or "90+", for age-standardised rates. Omitted or null: a value for all ages. A period and code are all by age band or not at all. */
  ageBand?: InputMaybe<Scalars['String']['input']>;
  /** Denominator: people eligible, or the exposure for a rate. */
  denominator?: InputMaybe<Scalars['Int']['input']>;
  /** NHS ethnic category code, A to S, or Z for not stated. */
  ethnicCode: Scalars['String']['input'];
  /** Mean. */
  mean?: InputMaybe<Scalars['Float']['input']>;
  /** Number of people. */
  n?: InputMaybe<Scalars['Int']['input']>;
  /** Numerator: people with the outcome, or events. */
  numerator?: InputMaybe<Scalars['Int']['input']>;
  /** The period, e.g. "2023-Q1", "2023-04" or "Baseline"; periods sort naturally. */
  period: Scalars['String']['input'];
  /** Sample standard deviation. */
  sd?: InputMaybe<Scalars['Float']['input']>;
};

/** A name for a saved revision, e.g. "Sent to the patient panel". */
export type NameSectionRevisionInput = {
  /** The name, up to 120 characters, shown in the history; empty or null removes it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The revision (see `Section.revisions`). */
  revisionId: Scalars['ID']['input'];
};

/** Why you were notified. */
export type NotificationKind =
  /** Someone signed off a section with a request for changes. */
  | 'CHANGES_REQUESTED'
  /** The entry closes soon and something of yours is still pending (sent 14, 7 and 2 days before its closing date). */
  | 'CLOSING_DATE_NEAR'
  /** Every sign-off slot is held: the entry is ready to submit (sent to leads). */
  | 'ENTRY_APPROVED'
  /** Someone @mentioned you in a comment. */
  | 'MENTION'
  /** Someone replied in a comment thread you took part in. */
  | 'REPLY'
  /** The lead asked for review and sign-off. */
  | 'REVIEW_REQUESTED'
  /** A section you signed off has changed since: your sign-off no longer counts. */
  | 'SIGN_OFF_STALE'
  /** Someone accepted suggestions of yours in a section: the text now holds them (one notification for all of yours they accepted at once). */
  | 'SUGGESTION_ACCEPTED'
  /** Someone commented on a suggestion of yours (in its thread; `commentId` is the thread). */
  | 'SUGGESTION_COMMENTED'
  /** Someone rejected suggestions of yours in a section: the text stays as it was (one notification for all of yours they rejected at once). */
  | 'SUGGESTION_REJECTED';

/** How the baseline and follow-up of an analysis were settled. */
export type PeriodOrder =
  /** Chosen by the analyst (the metric’s baselinePeriod and followUpPeriod). */
  | 'CHOSEN'
  /** Read from the period labels: dates, quarters, months, financial years, or Pre/Post, Baseline/Follow-up, Before/After. */
  | 'DETECTED'
  /** The labels do not say which period came first: nothing is compared until the baseline and follow-up are chosen. */
  | 'UNCLEAR';

/** A file of values to look at before importing it. */
export type PreviewValuesFileInput = {
  /** The file’s bytes, base64-encoded; at most 1 MB of file. */
  file: Scalars['String']['input'];
  /** The file’s name, e.g. “screening.xlsx”: its extension tells the format when `format` is not given. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The format; by default from the file name, else from the file’s first bytes. */
  format?: InputMaybe<ValuesFileFormat>;
  /** The metric the values are for (its kind decides the columns suggested). */
  metricId: Scalars['ID']['input'];
};

/** The consent given (or withdrawn) for a testimonial. */
export type RecordConsentInput = {
  /** The date the person gave or withdrew consent, YYYY-MM-DD; not in the future. */
  date: Scalars['String']['input'];
  /** How consent was obtained or where the form is kept. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** GIVEN or WITHDRAWN. */
  status: ConsentStatus;
  /** The testimonial. */
  testimonialId: Scalars['ID']['input'];
};

/** Remove a member from an entry (or leave it yourself). */
export type RemoveMemberInput = {
  /** The membership (see `Entry.members`). */
  membershipId: Scalars['ID']['input'];
};

/** A resolved thread to reopen. */
export type ReopenCommentInput = {
  /** The thread’s opening comment, or any reply in it. */
  commentId: Scalars['ID']['input'];
};

/** A submitted entry to reopen, and why. */
export type ReopenEntryInput = {
  /** The entry. */
  entryId: Scalars['ID']['input'];
  /** Why it is reopened (recorded in the audit log), 1 to 1,000 characters. */
  reason: Scalars['String']['input'];
};

/** New content for a section, in Markdown, for tools that do not speak Yjs. */
export type ReplaceSectionContentInput = {
  /** The `Section.version` the content was based on; if the section has changed since, the write is refused with CONFLICT. */
  baseVersion: Scalars['Int']['input'];
  /** The whole new content as Markdown (CommonMark): paragraphs, headings (levels 1-3; deeper ones become 3), bold, italic, ~~strike~~, inline code, links, lists, quotes, code blocks and rules. Tables and images are refused (BAD_USER_INPUT); raw HTML stays text. */
  markdown: Scalars['String']['input'];
  /** The section. */
  sectionId: Scalars['ID']['input'];
};

/** A reply in a thread. */
export type ReplyToCommentInput = {
  /** The comment, 1 to 10,000 characters of plain text; write @mentions as text and list who they are in `mentionedUserIds`. */
  body: Scalars['String']['input'];
  /** The thread’s opening comment, or any reply in it (replies do not nest). */
  commentId: Scalars['ID']['input'];
  /** Members mentioned (user ids, at most 20): each gets a notification. */
  mentionedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ask for a password reset link by email. */
export type RequestPasswordResetInput = {
  /** The account’s email address. The answer is the same whether or not it has an account. */
  email: Scalars['String']['input'];
};

/** An entry to send for review. */
export type RequestReviewInput = {
  /** The entry. */
  entryId: Scalars['ID']['input'];
};

/** Choose a new password with a reset link. */
export type ResetPasswordInput = {
  /** The new password: 15 to 200 characters, as at sign-up. */
  newPassword: Scalars['String']['input'];
  /** The secret from the reset link. */
  token: Scalars['String']['input'];
};

/** A thread to resolve. */
export type ResolveCommentInput = {
  /** The thread’s opening comment, or any reply in it. */
  commentId: Scalars['ID']['input'];
};

/** One suggestion in a section. */
export type ResolveSuggestionInput = {
  /** The words it deletes as read (`Suggestion.deletedText`), checked as `insertedText` is. */
  deletedText?: InputMaybe<Scalars['String']['input']>;
  /** The words it inserts as read (`Suggestion.insertedText`). When given and the suggestion has changed since (its author typed on), it is refused with CONFLICT, so that what is accepted is what was read. */
  insertedText?: InputMaybe<Scalars['String']['input']>;
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** The suggestion (`Suggestion.id`). */
  suggestionId: Scalars['String']['input'];
};

/** Every pending suggestion in a section, or every one of one person’s. */
export type ResolveSuggestionsInput = {
  /** Only this person’s suggestions; all when left out. */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** The section. */
  sectionId: Scalars['ID']['input'];
};

/** A revision to bring back. */
export type RestoreSectionRevisionInput = {
  /** The revision (see `Section.revisions`). */
  revisionId: Scalars['ID']['input'];
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** Id of one of your tokens. */
  tokenId: Scalars['ID']['input'];
};

/** A member’s role within one entry. Roles are per entry, not per person. */
export type Role =
  /** Allied health professional */
  | 'ALLIED_HEALTH'
  /** Data analyst */
  | 'ANALYST'
  /** Lead */
  | 'LEAD'
  /** Manager */
  | 'MANAGER'
  /** Medic */
  | 'MEDIC'
  /** Nurse */
  | 'NURSE'
  /** Observer */
  | 'OBSERVER'
  /** Patient representative */
  | 'PATIENT_REP';

/** What a `sectionRelay` event brings. */
export type SectionRelayKind =
  /** An edit, checked and being committed: apply its update. */
  | 'EDIT'
  /** Edits relayed before could not be committed (the database failed, or the entry was submitted meanwhile): the text you have may hold words the server does not. Read the section again from nothing (`sectionSync` without a state vector) and start from that; edits committed after it come again. */
  | 'WITHDRAWN';

/** When an entry closes. */
export type SetEntryClosingDateInput = {
  /** When it closes (the award’s deadline); null to clear it. */
  closesAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The entry. */
  entryId: Scalars['ID']['input'];
};

/** How you want one kind of email. */
export type SetMailPreferenceInput = {
  /** At once, in a daily digest, or never. */
  delivery: MailDelivery;
  /** The kind of email. */
  kind: MailKind;
};

/** Values to write, checked all together: one bad value and nothing is written. */
export type SetMetricValuesInput = {
  /** The metric. */
  metricId: Scalars['ID']['input'];
  /** True: these values replace all the metric’s values. False: they add to them, replacing only the same period and code. */
  replace?: Scalars['Boolean']['input'];
  /** Up to 5000 values, one per period and ethnic code. */
  values: Array<MetricValueInput>;
};

/** A section’s new word limit. */
export type SetSectionWordLimitInput = {
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** Words allowed, 1 to 10,000. */
  wordLimit: Scalars['Int']['input'];
};

/** The sign-offs a section needs, replacing the ones it had. */
export type SetSignOffSlotsInput = {
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** Up to 10 slots; none means the section needs no sign-off. */
  slots: Array<SignOffSlotInput>;
};

/** How the signer was confirmed to be themselves when they signed off. */
export type SignOffConfirmation =
  /** They typed their Quorum password again. */
  | 'PASSWORD'
  /** Their identity provider (single sign-on) made them sign in again just before (`prompt=login`, a fresh `auth_time`). */
  | 'SINGLE_SIGN_ON';

/** What a sign-off says about the section’s content. */
export type SignOffMeaning =
  /** Approved as it stands: fills a sign-off slot while the content is unchanged. */
  | 'APPROVE'
  /** Changes are needed: holds the entry back from APPROVED until the content changes or the signer signs again. */
  | 'REQUEST_CHANGES';

/** A sign-off of a section in your role, re-checked with your password (or a fresh sign-in at your identity provider). */
export type SignOffSectionInput = {
  /** Instead of a password, for someone who signs in with single sign-on: the confirmation from a fresh sign-in at the identity provider (`/auth/sso/confirm` sends you back with `#sso-confirmation=<it>`); good once, in the same session, for 10 minutes. */
  confirmation?: InputMaybe<Scalars['String']['input']>;
  /** The `Section.contentHash` of the content you read and are signing; if the section has changed since, CONFLICT. */
  contentHash: Scalars['String']['input'];
  /** The `Section.evidenceDigest` of the evidence you were shown with that content: if a metric, its values or a testimonial the section presents has changed since, CONFLICT. Left out, the sign-off covers the evidence as it is when it is recorded (as before this field existed); the web app always gives it. */
  evidenceDigest?: InputMaybe<Scalars['String']['input']>;
  /** Approve, or request changes. */
  meaning: SignOffMeaning;
  /** A note, up to 2,000 characters; say what should change when requesting changes. */
  note?: Scalars['String']['input'];
  /** Your password, again: a sign-off is a deliberate act by you. Or, if you sign in with single sign-on, `confirmation` instead. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The section. */
  sectionId: Scalars['ID']['input'];
  /** The slot you sign for (see `Section.signOffStatus`); by default the first one your role fills, preferring one not yet held. */
  slotKey?: InputMaybe<Scalars['String']['input']>;
};

/** A sign-off a section needs. */
export type SignOffSlotInput = {
  /** Stable key within the section: lower-case letters, digits and dashes, e.g. "clinician". */
  key: Scalars['String']['input'];
  /** What the slot means, e.g. "A clinician (medic or nurse)". */
  label: Scalars['String']['input'];
  /** Roles any one of which can fill it. */
  roles: Array<Role>;
};

/** A new account. */
export type SignUpInput = {
  /** Email address; used to log in and to match invitations. */
  email: Scalars['String']['input'];
  /** Name as shown to the team. */
  name: Scalars['String']['input'];
  /** Password: 15 to 200 characters, any you like (spaces too), not a common password, a repeat or run of keys, nor your email or name. */
  password: Scalars['String']['input'];
};

/** Making Data Count’s assurance icon: whether the process will meet the target, from the latest limits. */
export type SpcAssurance =
  /** The target is outside the limits, on the worse side: the process will meet it every time unless it changes. */
  | 'CONSISTENTLY_HIT'
  /** The target is outside the limits, on the better side: the process will miss it every time unless it changes. */
  | 'CONSISTENTLY_MISSED'
  /** The target is between the limits: the process will sometimes meet it and sometimes miss it. */
  | 'HIT_AND_MISS'
  /** No target is set for the metric. */
  | 'NO_TARGET';

/** The kind of SPC chart, as NHS England’s Making Data Count chooses it. */
export type SpcChartType =
  /** p-chart, for proportions: limits per period from its own denominator, p̄ ± 3√(p̄(1−p̄)/n). */
  | 'P'
  /** XmR (individuals) chart, for measures (means and rates): limits at the mean ± 2.66 × the mean moving range. */
  | 'XMR';

/** Which side of the mean a signal lies. */
export type SpcSide =
  /** Above the mean, or increasing. */
  | 'HIGH'
  /** Below the mean, or decreasing. */
  | 'LOW';

/** Making Data Count’s variation icon: what kind of variation a point shows. */
export type SpcVariation =
  /** Common cause: no rule holds; the variation is what the process gives anyway. */
  | 'COMMON_CAUSE'
  /** Special cause of a concerning nature: a rule holds on the worse side. */
  | 'SPECIAL_CAUSE_CONCERNING'
  /** Special cause of an improving nature: a rule holds, on the better side. */
  | 'SPECIAL_CAUSE_IMPROVING';

/** An approved entry to submit. */
export type SubmitEntryInput = {
  /** The entry. */
  entryId: Scalars['ID']['input'];
};

/** What a suggestion does to the text. */
export type SuggestionKind =
  /** It removes `deletedText`. */
  | 'DELETE'
  /** It changes the formatting of `text` only (the same words removed and added formatted otherwise). */
  | 'FORMAT'
  /** It adds `insertedText` (and, when `deletedText` is not empty, replaces that with it). */
  | 'INSERT';

/** Why a cell of a metric is hidden by disclosure control. */
export type SuppressionMark =
  /** A small count: below the metric’s threshold (or its complement is). */
  | 'PRIMARY'
  /** Not small itself, but hidden so that a shown total cannot give a small count away. */
  | 'SECONDARY'
  /** Hidden from you; which hidden cells are small is not said, so that primary and secondary suppression look alike. */
  | 'WITHHELD';

/** Who gave a testimonial. */
export type TestimonialSource =
  /** A patient’s family member or carer. */
  | 'FAMILY'
  /** A patient. */
  | 'PATIENT'
  /** A member of staff. */
  | 'STAFF'
  /** A partner or stakeholder, e.g. a community organisation or commissioner. */
  | 'STAKEHOLDER';

/** Which threads to list. */
export type ThreadState =
  /** Open and resolved. */
  | 'ALL'
  /** Not resolved. */
  | 'OPEN'
  /** Resolved. */
  | 'RESOLVED';

/** What a personal API token may do. */
export type TokenScope =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations, within the owner’s own permissions. */
  | 'READ_WRITE';

/** Stop a kind of email with the link it came with (no need to sign in). */
export type UnsubscribeInput = {
  /** The token from the email’s unsubscribe link. */
  token: Scalars['String']['input'];
};

/** Changes to a metric; its kind cannot change. */
export type UpdateMetricInput = {
  /** The period to compare as baseline (default: the earliest, when the labels tell; an unclear order compares nothing until chosen). In an update, null returns to the default. */
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  /** The level of every interval and verdict: PERCENT_95 (default) or PERCENT_99_8. */
  confidenceLevel?: InputMaybe<ConfidenceLevel>;
  /** Where the data come from, e.g. "Trust EPR, sepsis audit". In an update, null clears it. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  /** New definition. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** Which way is better. */
  direction?: InputMaybe<MetricDirection>;
  /** The period to compare as follow-up (default: the latest, when the labels tell). In an update, null returns to the default. */
  followUpPeriod?: InputMaybe<Scalars['String']['input']>;
  /** The metric. */
  metricId: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who is counted, as sentences should say it (default "patients"). */
  population?: InputMaybe<Scalars['String']['input']>;
  /** For a RATE only: per how many (default 1000). */
  ratePer?: InputMaybe<Scalars['Int']['input']>;
  /** Periods from which the SPC chart’s limits are calculated afresh (recalculation points), e.g. the month a change was made. In an update, replaces the list; [] clears it. */
  recalculationPeriods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ethnic category code of the reference group, A to S (default A, White British). */
  referenceCode?: InputMaybe<Scalars['String']['input']>;
  /** Round counts shown to those who see small numbers suppressed, and in exports, to the nearest 5. Roles that may change values (analysts). */
  roundToFive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hide counts below this from everyone but analysts: 5 (default) to 100. */
  suppressionThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** A target for the SPC chart’s assurance icon, on the estimate’s scale (0.9 for 90%; a rate as a fraction, e.g. 0.004 for 4 per 1,000). In an update, null clears it. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of a mean, e.g. "minutes". In an update, null clears it. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Where you are in an entry, sent when it changes and every few seconds while you are there. */
export type UpdatePresenceInput = {
  /** Base64 y-protocols awareness update (at most 64 KB). */
  awareness?: Scalars['String']['input'];
  /** Your editor instance. */
  clientId: Scalars['String']['input'];
  /** The entry. */
  entryId: Scalars['ID']['input'];
  /** True when leaving, so others see you go at once. */
  leaving?: Scalars['Boolean']['input'];
  /** The section you are in, if any. */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a testimonial; omitted fields stay as they are. Changing the words, or how the entry names the person, resets consent given to NOT_RECORDED (see `updateTestimonial`). */
export type UpdateTestimonialInput = {
  /** Cite without naming the person. Turning this off for a testimonial with an attribution names them, which resets consent given. */
  anonymised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who said it, for the team; cited only when not anonymised. Null or empty clears it. */
  attribution?: InputMaybe<Scalars['String']['input']>;
  /** The corrected quote, in the person’s own words. Any change to the words resets consent given. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Who gave it. */
  source?: InputMaybe<TestimonialSource>;
  /** The testimonial. */
  testimonialId: Scalars['ID']['input'];
};

/** Which column of the file holds what, by the header names as the file writes them (any case). Give the figures the metric’s kind takes. */
export type ValuesColumnMappingInput = {
  /** Rates by age band (optional): the column of age bands, e.g. “Age group” holding 0-4 to 85-89 and 90+ (2013 European Standard Population). */
  ageBand?: InputMaybe<Scalars['String']['input']>;
  /** Proportions and rates: the column of denominators. */
  denominator?: InputMaybe<Scalars['String']['input']>;
  /** The column of ethnic categories: NHS codes (A to S, Z or 99 for not known) or names in the NHS or ONS wording. */
  ethnicity: Scalars['String']['input'];
  /** Means: the column of means. */
  mean?: InputMaybe<Scalars['String']['input']>;
  /** Means: the column of the number of people. */
  n?: InputMaybe<Scalars['String']['input']>;
  /** Proportions and rates: the column of numerators (events). */
  numerator?: InputMaybe<Scalars['String']['input']>;
  /** The column of periods, e.g. “Month” or “Reporting period”. */
  period: Scalars['String']['input'];
  /** Means: the column of standard deviations. */
  sd?: InputMaybe<Scalars['String']['input']>;
};

/** The format of a file of metric values. */
export type ValuesFileFormat =
  /** Comma-, semicolon- or tab-separated text (UTF-8, or Windows-1252 as Excel saves it). */
  | 'CSV'
  /** An Excel workbook: its first sheet with values is read. */
  | 'XLSX';

/** Why something is waiting for you. */
export type WaitingKind =
  /** A section changed after you approved it: your approval no longer counts until you sign it off again. */
  | 'APPROVAL_STALE'
  /** Someone mentioned you in an open comment thread, and you have not written in it since. */
  | 'MENTIONED'
  /** A section you may edit is over its word limit. */
  | 'OVER_WORD_LIMIT'
  /** Someone else wrote last in an open comment thread you took part in. */
  | 'REPLY_AWAITED'
  /** A section in review needs a sign-off your role can give, and you have not given yours on it as it now reads. */
  | 'SIGN_OFF_NEEDED'
  /** Others’ suggestions wait in the text of a section you may edit, to be accepted or rejected. */
  | 'SUGGESTIONS_PENDING';

export type IdsSectionInCapitalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdsSectionInCapitalsQuery = { section: { id: string } };

export type RequestLimitsInviteMemberMutationVariables = Exact<{
  i: InviteMemberInput;
}>;


export type RequestLimitsInviteMemberMutation = { inviteMember: { token: string } };

export type StorableStringsTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type StorableStringsTemplatesQuery = { templates: Array<{ id: string }> };

export type StorableStringsOddTokenNameMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type StorableStringsOddTokenNameMutation = { createApiToken: { secret: string } };

export type InvitationsAcceptMutationVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type InvitationsAcceptMutation = { acceptInvitation: { membership: { role: Role } } };

export type DurabilityLogInMutationVariables = Exact<{ [key: string]: never; }>;


export type DurabilityLogInMutation = { logIn: { user: { id: string } } };

export type DurabilitySectionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DurabilitySectionIdsQuery = { entries: { nodes: Array<{ sections: Array<{ id: string }> }> } };

export type DurabilityApplyMutationVariables = Exact<{
  i: ApplySectionUpdateInput;
}>;


export type DurabilityApplyMutation = { applySectionUpdate: { version: number } };

export type DurabilityStoredQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DurabilityStoredQuery = { sectionSync: { version: number }, entries: { nodes: Array<{ sections: Array<{ id: string, text: string }> }> } };

export type RedisOutageApplyMutationVariables = Exact<{
  i: ApplySectionUpdateInput;
}>;


export type RedisOutageApplyMutation = { applySectionUpdate: { version: number } };

export type PolicyMatrixTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixTemplatesQuery = { templates: Array<{ id: string }> };

export type PolicyMatrixEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixEntriesQuery = { entries: { totalCount: number } };

export type PolicyMatrixCreateEntryMutationVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type PolicyMatrixCreateEntryMutation = { createEntry: { entry: { id: string } } };

export type PolicyMatrixCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixCreateApiTokenMutation = { createApiToken: { secret: string } };

export type PolicyMatrixRevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixRevokeApiTokenMutation = { revokeApiToken: { token: { id: string } } };

export type PolicyMatrixAcceptInvitationMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixAcceptInvitationMutation = { acceptInvitation: { entry: { id: string } } };

export type PolicyMatrixEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixEntryQuery = { entry: { id: string } };

export type PolicyMatrixEntryPendingInvitationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixEntryPendingInvitationsQuery = { entry: { pendingInvitations: Array<{ id: string }> } };

export type PolicyMatrixInviteMemberMutationVariables = Exact<{
  i: InviteMemberInput;
}>;


export type PolicyMatrixInviteMemberMutation = { inviteMember: { token: string } };

export type PolicyMatrixInviteToChangeMutationVariables = Exact<{
  i: InviteMemberInput;
}>;


export type PolicyMatrixInviteToChangeMutation = { inviteMember: { invitation: { id: string } } };

export type PolicyMatrixWithdrawInvitationMutationVariables = Exact<{
  i: InvitationIdInput;
}>;


export type PolicyMatrixWithdrawInvitationMutation = { withdrawInvitation: { invitation: { id: string } } };

export type PolicyMatrixResendInvitationMutationVariables = Exact<{
  i: InvitationIdInput;
}>;


export type PolicyMatrixResendInvitationMutation = { resendInvitation: { token: string } };

export type PolicyMatrixChangeMemberRoleMutationVariables = Exact<{
  i: ChangeMemberRoleInput;
}>;


export type PolicyMatrixChangeMemberRoleMutation = { changeMemberRole: { membership: { role: Role } } };

export type PolicyMatrixRemoveMemberMutationVariables = Exact<{
  i: RemoveMemberInput;
}>;


export type PolicyMatrixRemoveMemberMutation = { removeMember: { removedMembershipId: string } };

export type PolicyMatrixSectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixSectionQuery = { section: { id: string, title: string } };

export type PolicyMatrixSectionSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type PolicyMatrixSectionSyncQuery = { sectionSync: { version: number } };

export type PolicyMatrixApplySectionUpdateMutationVariables = Exact<{
  i: ApplySectionUpdateInput;
}>;


export type PolicyMatrixApplySectionUpdateMutation = { applySectionUpdate: { version: number } };

export type PolicyMatrixAcceptSuggestionMutationVariables = Exact<{
  i: ResolveSuggestionInput;
}>;


export type PolicyMatrixAcceptSuggestionMutation = { acceptSuggestion: { suggestionIds: Array<string> } };

export type PolicyMatrixRejectSuggestionMutationVariables = Exact<{
  i: ResolveSuggestionInput;
}>;


export type PolicyMatrixRejectSuggestionMutation = { rejectSuggestion: { suggestionIds: Array<string> } };

export type PolicyMatrixAcceptSuggestionsMutationVariables = Exact<{
  i: ResolveSuggestionsInput;
}>;


export type PolicyMatrixAcceptSuggestionsMutation = { acceptSuggestions: { suggestionIds: Array<string> } };

export type PolicyMatrixRejectSuggestionsMutationVariables = Exact<{
  i: ResolveSuggestionsInput;
}>;


export type PolicyMatrixRejectSuggestionsMutation = { rejectSuggestions: { suggestionIds: Array<string> } };

export type PolicyMatrixUpdateFigureMutationVariables = Exact<{
  i: FigureInput;
}>;


export type PolicyMatrixUpdateFigureMutation = { updateFigure: { section: { id: string } } };

export type PolicyMatrixUnlinkFigureMutationVariables = Exact<{
  i: FigureInput;
}>;


export type PolicyMatrixUnlinkFigureMutation = { unlinkFigure: { section: { id: string } } };

export type PolicyMatrixReplaceSectionContentVersionQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type PolicyMatrixReplaceSectionContentVersionQuery = { sectionSync: { version: number } };

export type PolicyMatrixReplaceSectionContentMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type PolicyMatrixReplaceSectionContentMutation = { replaceSectionContent: { section: { id: string } } };

export type PolicyMatrixRestoreSectionRevisionMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type PolicyMatrixRestoreSectionRevisionMutation = { restoreSectionRevision: { section: { id: string } } };

export type PolicyMatrixNameSectionRevisionMutationVariables = Exact<{
  i: NameSectionRevisionInput;
}>;


export type PolicyMatrixNameSectionRevisionMutation = { nameSectionRevision: { revision: { id: string } } };

export type PolicyMatrixUpdatePresenceMutationVariables = Exact<{
  i: UpdatePresenceInput;
}>;


export type PolicyMatrixUpdatePresenceMutation = { updatePresence: { presence: { userName: string } } };

export type PolicyMatrixSetSectionWordLimitMutationVariables = Exact<{
  i: SetSectionWordLimitInput;
}>;


export type PolicyMatrixSetSectionWordLimitMutation = { setSectionWordLimit: { section: { id: string } } };

export type PolicyMatrixEthnicCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixEthnicCategoriesQuery = { ethnicCategories: Array<{ code: string }> };

export type PolicyMatrixCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type PolicyMatrixCreateMetricMutation = { createMetric: { metric: { id: string } } };

export type PolicyMatrixUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type PolicyMatrixUpdateMetricMutation = { updateMetric: { metric: { id: string } } };

export type PolicyMatrixDeleteMetricMutationVariables = Exact<{
  i: DeleteMetricInput;
}>;


export type PolicyMatrixDeleteMetricMutation = { deleteMetric: { deletedMetricId: string } };

export type PolicyMatrixSetMetricValuesMutationVariables = Exact<{
  i: SetMetricValuesInput;
}>;


export type PolicyMatrixSetMetricValuesMutation = { setMetricValues: { written: number } };

export type PolicyMatrixImportMetricValuesMutationVariables = Exact<{
  i: ImportMetricValuesInput;
}>;


export type PolicyMatrixImportMetricValuesMutation = { importMetricValues: { written: number } };

export type PolicyMatrixPreviewValuesFileMutationVariables = Exact<{
  i: PreviewValuesFileInput;
}>;


export type PolicyMatrixPreviewValuesFileMutation = { previewValuesFile: { headerRow: number } };

export type PolicyMatrixImportValuesFileMutationVariables = Exact<{
  i: ImportValuesFileInput;
}>;


export type PolicyMatrixImportValuesFileMutation = { importValuesFile: { written: number } };

export type PolicyMatrixAddTestimonialMutationVariables = Exact<{
  i: AddTestimonialInput;
}>;


export type PolicyMatrixAddTestimonialMutation = { addTestimonial: { testimonial: { id: string } } };

export type PolicyMatrixRecordConsentMutationVariables = Exact<{
  i: RecordConsentInput;
}>;


export type PolicyMatrixRecordConsentMutation = { recordConsent: { testimonial: { id: string } } };

export type PolicyMatrixUpdateTestimonialMutationVariables = Exact<{
  i: UpdateTestimonialInput;
}>;


export type PolicyMatrixUpdateTestimonialMutation = { updateTestimonial: { testimonial: { id: string } } };

export type PolicyMatrixDeleteTestimonialMutationVariables = Exact<{
  i: DeleteTestimonialInput;
}>;


export type PolicyMatrixDeleteTestimonialMutation = { deleteTestimonial: { deletedTestimonialId: string } };

export type PolicyMatrixLinkCriterionMutationVariables = Exact<{
  i: LinkCriterionInput;
}>;


export type PolicyMatrixLinkCriterionMutation = { linkCriterion: { criterion: { covered: boolean } } };

export type PolicyMatrixEntryEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixEntryEvidenceQuery = { entry: { metrics: Array<{ values: Array<{ suppressed: SuppressionMark | null }>, analysis: { hasData: boolean } }>, testimonials: Array<{ citedAs: string }>, readiness: { ready: boolean } } };

export type PolicyMatrixExportEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixExportEntryQuery = { exportEntry: { filename: string } };

export type PolicyMatrixAddCommentMutationVariables = Exact<{
  i: AddCommentInput;
}>;


export type PolicyMatrixAddCommentMutation = { addComment: { comment: { id: string } } };

export type PolicyMatrixReplyToCommentMutationVariables = Exact<{
  i: ReplyToCommentInput;
}>;


export type PolicyMatrixReplyToCommentMutation = { replyToComment: { comment: { id: string } } };

export type PolicyMatrixEditCommentMutationVariables = Exact<{
  i: EditCommentInput;
}>;


export type PolicyMatrixEditCommentMutation = { editComment: { comment: { id: string } } };

export type PolicyMatrixDeleteCommentMutationVariables = Exact<{
  i: DeleteCommentInput;
}>;


export type PolicyMatrixDeleteCommentMutation = { deleteComment: { comment: { id: string } } };

export type PolicyMatrixResolveCommentMutationVariables = Exact<{
  i: ResolveCommentInput;
}>;


export type PolicyMatrixResolveCommentMutation = { resolveComment: { comment: { id: string } } };

export type PolicyMatrixReopenCommentMutationVariables = Exact<{
  i: ReopenCommentInput;
}>;


export type PolicyMatrixReopenCommentMutation = { reopenComment: { comment: { id: string } } };

export type PolicyMatrixSetSignOffSlotsMutationVariables = Exact<{
  i: SetSignOffSlotsInput;
}>;


export type PolicyMatrixSetSignOffSlotsMutation = { setSignOffSlots: { section: { id: string } } };

export type PolicyMatrixRequestReviewMutationVariables = Exact<{
  i: RequestReviewInput;
}>;


export type PolicyMatrixRequestReviewMutation = { requestReview: { entry: { state: EntryState } } };

export type PolicyMatrixSubmitEntryMutationVariables = Exact<{
  i: SubmitEntryInput;
}>;


export type PolicyMatrixSubmitEntryMutation = { submitEntry: { entry: { state: EntryState } } };

export type PolicyMatrixReopenEntryMutationVariables = Exact<{
  i: ReopenEntryInput;
}>;


export type PolicyMatrixReopenEntryMutation = { reopenEntry: { entry: { state: EntryState } } };

export type PolicyMatrixSetMailPreferenceMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixSetMailPreferenceMutation = { setMailPreference: { mailPreferences: Array<{ kind: MailKind }> } };

export type PolicyMatrixSetEntryClosingDateMutationVariables = Exact<{
  i: SetEntryClosingDateInput;
}>;


export type PolicyMatrixSetEntryClosingDateMutation = { setEntryClosingDate: { entry: { closesAt: string | null } } };

export type PolicyMatrixMarkNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixMarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type PolicyMatrixVerifyAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixVerifyAuditLogQuery = { verifyAuditLog: { valid: boolean } };

export type PolicyMatrixEntryAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixEntryAuditLogQuery = { entry: { auditLog: { totalCount: number } } };

export type PolicyMatrixSectionReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixSectionReviewQuery = { entry: { sections: Array<{ comments: { nodes: Array<{ anchor: { currentText: string } | null, replies: Array<{ id: string }> }> }, signOffs: { nodes: Array<{ stale: boolean }> }, signOffStatus: { approved: boolean } }> } };

export type PolicyMatrixMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixMeIdQuery = { me: { id: string } | null };

export type PolicyMatrixSetupTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixSetupTemplatesQuery = { templates: Array<{ id: string }> };

export type PolicyMatrixSetupReplaceSectionContentMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type PolicyMatrixSetupReplaceSectionContentMutation = { replaceSectionContent: { section: { id: string } } };

export type PolicyMatrixSetupEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyMatrixSetupEntryQuery = { entry: { sections: Array<{ revisions: { nodes: Array<{ id: string }> } }> } };

export type PolicyMatrixSetupTokenMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type PolicyMatrixSetupTokenMutation = { createApiToken: { secret: string } };

export type PolicyMatrixAskSectionQueryVariables = Exact<{
  i: Scalars['ID']['input'];
}>;


export type PolicyMatrixAskSectionQuery = { section: { id: string } };

export type PolicyMatrixAskSectionSyncQueryVariables = Exact<{
  i: Scalars['ID']['input'];
}>;


export type PolicyMatrixAskSectionSyncQuery = { sectionSync: { version: number } };

export type PolicyMatrixAskApplySectionUpdateMutationVariables = Exact<{
  i: ApplySectionUpdateInput;
}>;


export type PolicyMatrixAskApplySectionUpdateMutation = { applySectionUpdate: { version: number } };

export type PolicyMatrixAskAddCommentMutationVariables = Exact<{
  i: AddCommentInput;
}>;


export type PolicyMatrixAskAddCommentMutation = { addComment: { comment: { id: string } } };

export type PolicyMatrixAskResolveCommentMutationVariables = Exact<{
  i: ResolveCommentInput;
}>;


export type PolicyMatrixAskResolveCommentMutation = { resolveComment: { comment: { id: string } } };

export type PolicyMatrixAskUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type PolicyMatrixAskUpdateMetricMutation = { updateMetric: { metric: { id: string } } };

export type PolicyMatrixAskDeleteTestimonialMutationVariables = Exact<{
  i: DeleteTestimonialInput;
}>;


export type PolicyMatrixAskDeleteTestimonialMutation = { deleteTestimonial: { deletedTestimonialId: string } };

export type PolicyMatrixAskLinkCriterionMutationVariables = Exact<{
  i: LinkCriterionInput;
}>;


export type PolicyMatrixAskLinkCriterionMutation = { linkCriterion: { criterion: { covered: boolean } } };

export type PolicyMatrixAskRestoreSectionRevisionMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type PolicyMatrixAskRestoreSectionRevisionMutation = { restoreSectionRevision: { section: { id: string } } };

export type ActivityOfEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityOfEntryQuery = { entry: { activity: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ id: string, kind: ActivityKind, at: string, summary: string, commentId: string | null, threadId: string | null, signOffId: string | null, actor: { id: string, name: string } | null, authors: Array<{ name: string }>, section: { id: string, title: string } | null }> } } };

export type ActivityAddCommentMutationVariables = Exact<{
  i: AddCommentInput;
}>;


export type ActivityAddCommentMutation = { addComment: { comment: { id: string } } };

export type ActivityReplyMutationVariables = Exact<{
  i: ReplyToCommentInput;
}>;


export type ActivityReplyMutation = { replyToComment: { comment: { id: string } } };

export type ActivityReplaceContentMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type ActivityReplaceContentMutation = { replaceSectionContent: { section: { id: string } } };

export type ActivitySectionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivitySectionsQuery = { entry: { sections: Array<{ id: string, title: string, version: number, signOffSlots: Array<{ key: string, label: string }> }> } };

export type ActivityInviteMutationVariables = Exact<{
  i: InviteMemberInput;
}>;


export type ActivityInviteMutation = { inviteMember: { token: string } };

export type ActivityChangeRoleMutationVariables = Exact<{
  i: ChangeMemberRoleInput;
}>;


export type ActivityChangeRoleMutation = { changeMemberRole: { membership: { role: Role } } };

export type ActivityDeleteCommentMutationVariables = Exact<{
  i: DeleteCommentInput;
}>;


export type ActivityDeleteCommentMutation = { deleteComment: { comment: { id: string } } };

export type ActivityResolveMutationVariables = Exact<{
  i: ResolveCommentInput;
}>;


export type ActivityResolveMutation = { resolveComment: { comment: { id: string } } };

export type ActivityReopenMutationVariables = Exact<{
  i: ReopenCommentInput;
}>;


export type ActivityReopenMutation = { reopenComment: { comment: { id: string } } };

export type ActivityRequestReviewMutationVariables = Exact<{
  i: RequestReviewInput;
}>;


export type ActivityRequestReviewMutation = { requestReview: { entry: { state: EntryState } } };

export type ActivityCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type ActivityCreateMetricMutation = { createMetric: { metric: { id: string } } };

export type ActivityAddTestimonialMutationVariables = Exact<{
  i: AddTestimonialInput;
}>;


export type ActivityAddTestimonialMutation = { addTestimonial: { testimonial: { id: string } } };

export type ActivityLogInMutationVariables = Exact<{
  i: LogInInput;
}>;


export type ActivityLogInMutation = { logIn: { user: { id: string } } };

export type ActivityAuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityAuditLogQuery = { entry: { auditLog: { nodes: Array<{ id: string, action: AuditAction, summary: string }> } } };

export type AuditKeyLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditKeyLogQuery = { entry: { auditLog: { nodes: Array<{ seq: number, hash: string, keyId: string | null }> } } };

export type AuditKeyVerifyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditKeyVerifyQuery = { verifyAuditLog: { valid: boolean, checkedCount: number, headSeq: number, headHash: string, brokenAtSeq: number | null, problem: string | null, keyId: string | null, unvouchedCount: number } };

export type AuditKeyExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditKeyExportQuery = { exportEntry: { base64: string } };

export type AuditLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogQuery = { entry: { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, seq: number, action: AuditAction, actorId: string | null, actorName: string | null, summary: string, data: string, createdAt: string, prevHash: string, hash: string }> } } };

export type AuditVerifyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditVerifyQuery = { verifyAuditLog: { valid: boolean, checkedCount: number, headSeq: number, headHash: string, brokenAtSeq: number | null, brokenEventId: string | null, problem: string | null } };

export type AuditRevokeApiTokenMutationVariables = Exact<{
  i: RevokeApiTokenInput;
}>;


export type AuditRevokeApiTokenMutation = { revokeApiToken: { token: { id: string } } };

export type AuditRemoveMemberMutationVariables = Exact<{
  i: RemoveMemberInput;
}>;


export type AuditRemoveMemberMutation = { removeMember: { removedMembershipId: string } };

export type LimitsLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LimitsLogInMutation = { logIn: { user: { id: string } } };

export type LimitsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type LimitsSignUpMutation = { signUp: { user: { id: string } } };

export type LimitsSectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsSectionsQuery = { entries: { nodes: Array<{ sections: Array<{ id: string, contentHash: string }> }> } };

export type LimitsSignOffMutationVariables = Exact<{
  input: SignOffSectionInput;
}>;


export type LimitsSignOffMutation = { signOffSection: { signOff: { id: string } } };

export type AuthSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AuthSignUpMutation = { signUp: { user: { id: string, email: string, name: string } } };

export type AuthLogOutMutationVariables = Exact<{
  input: LogOutInput;
}>;


export type AuthLogOutMutation = { logOut: { loggedOut: boolean } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { id: string, email: string } | null };

export type AuthMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeIdQuery = { me: { id: string } | null };

export type AuthEntriesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthEntriesCountQuery = { entries: { totalCount: number } };

export type AuthTemplateIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTemplateIdsQuery = { templates: Array<{ id: string }> };

export type AuthCreateEntryMutationVariables = Exact<{
  t: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type AuthCreateEntryMutation = { createEntry: { entry: { id: string } } };

export type CreateApiTokenMutationVariables = Exact<{
  i: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, scope: TokenScope, prefix: string } } };

export type AuthRevokeTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type AuthRevokeTokenMutation = { revokeApiToken: { token: { id: string, revokedAt: string | null } } };

export type SignUpNewAccountMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpNewAccountMutation = { signUp: { user: { id: string, name: string } } };

export type SsoMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoMeQuery = { me: { id: string, email: string, name: string, signOffConfirmation: SignOffConfirmation } | null };

export type SsoLoginOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoLoginOptionsQuery = { loginOptions: { passwordLogin: boolean, singleSignOn: { label: string, startPath: string, confirmPath: string } | null } };

export type SsoInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type SsoInviteMutation = { inviteMember: { token: string } };

export type SsoSectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SsoSectionQuery = { section: { contentHash: string } };

export type SsoSignOffMutationVariables = Exact<{
  input: SignOffSectionInput;
}>;


export type SsoSignOffMutation = { signOffSection: { signOff: { id: string, confirmedWith: SignOffConfirmation, meaning: SignOffMeaning } } };

export type CommentsAddMutationVariables = Exact<{
  i: AddCommentInput;
}>;


export type CommentsAddMutation = { addComment: { comment: { id: string, body: string, threadId: string | null, anchor: { quote: string, currentText: string, deleted: boolean, changed: boolean, from: number | null, to: number | null, start: string, end: string } | null } } };

export type CommentsReplyMutationVariables = Exact<{
  i: ReplyToCommentInput;
}>;


export type CommentsReplyMutation = { replyToComment: { comment: { id: string, threadId: string | null, body: string } } };

export type CommentsEditMutationVariables = Exact<{
  i: EditCommentInput;
}>;


export type CommentsEditMutation = { editComment: { comment: { id: string, body: string, editedAt: string | null, mentions: Array<{ id: string }> } } };

export type CommentsDeleteMutationVariables = Exact<{
  i: DeleteCommentInput;
}>;


export type CommentsDeleteMutation = { deleteComment: { comment: { id: string, body: string, deleted: boolean } } };

export type CommentsResolveMutationVariables = Exact<{
  i: ResolveCommentInput;
}>;


export type CommentsResolveMutation = { resolveComment: { comment: { id: string, resolved: boolean, resolvedBy: { id: string } | null } } };

export type CommentsReopenMutationVariables = Exact<{
  i: ReopenCommentInput;
}>;


export type CommentsReopenMutation = { reopenComment: { comment: { id: string, resolved: boolean, resolvedBy: { id: string } | null } } };

export type CommentsThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  state?: InputMaybe<ThreadState>;
}>;


export type CommentsThreadsQuery = { entry: { sections: Array<{ id: string, text: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, body: string, deleted: boolean, resolved: boolean, replyCount: number, author: { id: string, name: string }, mentions: Array<{ id: string }>, replies: Array<{ id: string, body: string, deleted: boolean, threadId: string | null, author: { name: string } }>, anchor: { quote: string, currentText: string, deleted: boolean, changed: boolean, from: number | null, to: number | null } | null }> } }> } };

export type CommentsNotificationsQueryVariables = Exact<{
  unread?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CommentsNotificationsQuery = { me: { unreadNotificationCount: number, notifications: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, message: string, commentId: string | null, sectionId: string | null, entryId: string, read: boolean, actor: { id: string } | null }> } } | null };

export type CommentsMarkReadMutationVariables = Exact<{
  i: MarkNotificationsReadInput;
}>;


export type CommentsMarkReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type CommentsReplaceContentMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type CommentsReplaceContentMutation = { replaceSectionContent: { section: { version: number } } };

export type CommentsMembersUnreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommentsMembersUnreadQuery = { entry: { members: Array<{ user: { id: string, unreadNotificationCount: number } }> } };

export type ConnectionThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConnectionThreadsQuery = { section: { comments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ConnectionEntriesPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConnectionEntriesPageQuery = { entries: { totalCount: number, nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null } } };

export type ConnectionPagedEntriesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ConnectionPagedEntriesQuery = { entries: { totalCount: number } };

export type ConnectionPagedNotificationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ConnectionPagedNotificationsQuery = { me: { notifications: { totalCount: number } } | null };

export type ConnectionPagedCommentsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  section: Scalars['ID']['input'];
}>;


export type ConnectionPagedCommentsQuery = { section: { comments: { totalCount: number } } };

export type ConnectionPagedSignOffsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  section: Scalars['ID']['input'];
}>;


export type ConnectionPagedSignOffsQuery = { section: { signOffs: { totalCount: number } } };

export type ConnectionPagedRevisionsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  section: Scalars['ID']['input'];
}>;


export type ConnectionPagedRevisionsQuery = { section: { revisions: { totalCount: number } } };

export type ConnectionPagedActivityQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  entry: Scalars['ID']['input'];
}>;


export type ConnectionPagedActivityQuery = { entry: { activity: { totalCount: number } } };

export type ConnectionPagedAuditLogQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  entry: Scalars['ID']['input'];
}>;


export type ConnectionPagedAuditLogQuery = { entry: { auditLog: { totalCount: number } } };

export type CursorsEntriesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CursorsEntriesQuery = { entries: { nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null } } };

export type CursorsActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CursorsActivityQuery = { entry: { activity: { nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null } } } };

export type CursorsNotificationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CursorsNotificationsQuery = { me: { notifications: { totalCount: number } } | null };

export type IdsEntryWithIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdsEntryWithIdsQuery = { entry: { id: string, viewerRole: Role, sections: Array<{ id: string }>, members: Array<{ id: string }> } };

export type IdsAddCommentWithMentionMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type IdsAddCommentWithMentionMutation = { addComment: { comment: { sectionId: string, mentions: Array<{ id: string }> } } };

export type LogAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type LogAddCommentMutation = { addComment: { comment: { id: string } } };

export type LogEntryIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LogEntryIdQuery = { entry: { id: string } };

export type WebSocketMeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSocketMeNameQuery = { me: { name: string } | null };

export type WebSocketMeIdNameQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSocketMeIdNameQuery = { me: { id: string, name: string } | null };

export type WebSocketCreateEntryBadTemplateMutationVariables = Exact<{ [key: string]: never; }>;


export type WebSocketCreateEntryBadTemplateMutation = { createEntry: { entry: { id: string } } };

export type WebSocketMissingEntryQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSocketMissingEntryQuery = { entry: { id: string } };

export type WebSocketSectionUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WebSocketSectionUpdatedSubscription = { sectionUpdated: { version: number } };

export type DemoContentEntryQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoContentEntryQuery = { entries: { nodes: Array<{ sections: Array<{ title: string, wordCount: number, comments: { nodes: Array<{ body: string, anchor: { quote: string } | null, replies: Array<{ body: string }> }> } }>, metrics: Array<{ name: string, analysis: { sentences: Array<string> } }>, testimonials: Array<{ quote: string, consentStatus: ConsentStatus }> }> } };

export type DemoContentWordCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoContentWordCountsQuery = { entries: { nodes: Array<{ sections: Array<{ wordCount: number, version: number }>, metrics: Array<{ id: string }> }> } };

export type ConcurrentRemovalChangeRoleMutationVariables = Exact<{
  i: ChangeMemberRoleInput;
}>;


export type ConcurrentRemovalChangeRoleMutation = { changeMemberRole: { membership: { id: string } } };

export type ConcurrentRemovalDeleteMetricMutationVariables = Exact<{
  i: DeleteMetricInput;
}>;


export type ConcurrentRemovalDeleteMetricMutation = { deleteMetric: { deletedMetricId: string } };

export type ConcurrentRemovalSetValuesMutationVariables = Exact<{
  i: SetMetricValuesInput;
}>;


export type ConcurrentRemovalSetValuesMutation = { setMetricValues: { metric: { id: string } } };

export type EntriesCreateMutationVariables = Exact<{
  input: CreateEntryInput;
}>;


export type EntriesCreateMutation = { createEntry: { entry: { id: string, title: string, state: EntryState, viewerRole: Role, sections: Array<{ key: string, title: string, wordLimit: number, criteria: Array<{ text: string }>, signOffSlots: Array<{ key: string, roles: Array<Role> }> }>, members: Array<{ role: Role, user: { name: string } }> } } };

export type EntriesEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntriesEntryQuery = { entry: { id: string, title: string, members: Array<{ id: string, role: Role, user: { id: string, email: string } }> } };

export type EntriesInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type EntriesInviteMutation = { inviteMember: { token: string, inviteUrl: string, invitation: { id: string, email: string, role: Role } } };

export type EntriesAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type EntriesAcceptMutation = { acceptInvitation: { membership: { id: string, role: Role }, entry: { id: string, title: string } } };

export type EntriesChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type EntriesChangeRoleMutation = { changeMemberRole: { membership: { id: string, role: Role } } };

export type EntriesRemoveMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type EntriesRemoveMutation = { removeMember: { removedMembershipId: string, entry: { id: string } | null } };

export type EntriesTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntriesTemplatesQuery = { templates: Array<{ id: string, key: string }> };

export type EntriesPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntriesPageQuery = { entries: { totalCount: number, nodes: Array<{ title: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EntriesTooLongPageQueryVariables = Exact<{ [key: string]: never; }>;


export type EntriesTooLongPageQuery = { entries: { totalCount: number } };

export type EntriesGarbageCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type EntriesGarbageCursorQuery = { entries: { totalCount: number } };

export type EntriesInvitationQueryVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type EntriesInvitationQuery = { invitation: { entryTitle: string, role: Role, email: string, invitedByName: string } };

export type EntriesSetWordLimitMutationVariables = Exact<{
  input: SetSectionWordLimitInput;
}>;


export type EntriesSetWordLimitMutation = { setSectionWordLimit: { section: { id: string, wordLimit: number } } };

export type InvitationsInviteMutationVariables = Exact<{
  i: InviteMemberInput;
}>;


export type InvitationsInviteMutation = { inviteMember: { token: string, invitation: { id: string, expiresAt: string } } };

export type InvitationsWithdrawMutationVariables = Exact<{
  i: InvitationIdInput;
}>;


export type InvitationsWithdrawMutation = { withdrawInvitation: { invitation: { id: string } } };

export type InvitationsResendMutationVariables = Exact<{
  i: InvitationIdInput;
}>;


export type InvitationsResendMutation = { resendInvitation: { token: string, inviteUrl: string, invitation: { id: string, expiresAt: string } } };

export type InvitationsPreviewQueryVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type InvitationsPreviewQuery = { invitation: { email: string } };

export type InvitationsPendingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitationsPendingQuery = { entry: { pendingInvitations: Array<{ id: string, expiresAt: string }> } };

export type InvitationsNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InvitationsNotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, entryId: string, commentId: string | null, read: boolean, actor: { name: string } | null } };

export type EvidenceConcurrentLinkMutationVariables = Exact<{
  i: LinkCriterionInput;
}>;


export type EvidenceConcurrentLinkMutation = { linkCriterion: { criterion: { id: string } } };

export type EvidenceConcurrentSectionCriteriaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceConcurrentSectionCriteriaQuery = { section: { criteria: Array<{ id: string }> } };

export type EvidenceConcurrentDeleteTestimonialMutationVariables = Exact<{
  i: DeleteTestimonialInput;
}>;


export type EvidenceConcurrentDeleteTestimonialMutation = { deleteTestimonial: { deletedTestimonialId: string } };

export type EvidencePageOfEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidencePageOfEntryQuery = { entry: { metrics: Array<{ id: string, periods: Array<string>, values: Array<{ numerator: number | null, suppressed: SuppressionMark | null }>, analysis: { hasData: boolean, groups: Array<{ group: string, gapVerdict: GapVerdict | null }>, timeSeries: Array<{ period: string }> } }>, testimonials: Array<{ citedAs: string, attribution: string | null, addedBy: { name: string }, consentRecordedBy: { name: string } | null }>, sections: Array<{ criteria: Array<{ covered: boolean, linkedSections: Array<{ id: string }>, linkedMetrics: Array<{ name: string }>, linkedTestimonials: Array<{ quote: string }> }> }>, readiness: { ready: boolean, uncoveredCriteria: Array<{ id: string }>, missingQuantitativeEvidence: Array<{ message: string, metric: { id: string } | null }> } } };

export type EvidenceQueriesEntryCriteriaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceQueriesEntryCriteriaQuery = { entry: { sections: Array<{ criteria: Array<{ id: string }> }> } };

export type EvidenceQueriesImportValuesMutationVariables = Exact<{
  i: ImportMetricValuesInput;
}>;


export type EvidenceQueriesImportValuesMutation = { importMetricValues: { written: number } };

export type EvidenceQueriesRecordConsentMutationVariables = Exact<{
  i: RecordConsentInput;
}>;


export type EvidenceQueriesRecordConsentMutation = { recordConsent: { testimonial: { id: string } } };

export type EvidenceCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type EvidenceCreateMetricMutation = { createMetric: { metric: { id: string, name: string, kind: MetricKind, direction: MetricDirection, ratePer: number | null, population: string, referenceCode: string, suppressionThreshold: number, dataSource: string | null } } };

export type EvidenceUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type EvidenceUpdateMetricMutation = { updateMetric: { metric: { id: string, name: string, dataSource: string | null, baselinePeriod: string | null, ratePer: number | null } } };

export type EvidenceDeleteMetricMutationVariables = Exact<{
  i: DeleteMetricInput;
}>;


export type EvidenceDeleteMetricMutation = { deleteMetric: { deletedMetricId: string, entry: { metrics: Array<{ id: string }> } } };

export type EvidenceImportValuesMutationVariables = Exact<{
  i: ImportMetricValuesInput;
}>;


export type EvidenceImportValuesMutation = { importMetricValues: { written: number, metric: { periods: Array<string>, values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null, suppressed: SuppressionMark | null }> } } };

export type EvidenceSetValuesMutationVariables = Exact<{
  i: SetMetricValuesInput;
}>;


export type EvidenceSetValuesMutation = { setMetricValues: { written: number, metric: { values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null }> } } };

export type EstimateFieldsFragment = { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null };

export type EvidenceAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  level?: InputMaybe<GroupLevel>;
}>;


export type EvidenceAnalysisQuery = { entry: { metrics: Array<{ id: string, name: string, analysis: { hasData: boolean, message: string | null, baselinePeriod: string | null, followUpPeriod: string | null, referenceGroup: string, suppressionApplied: boolean, sentences: Array<string>, notes: Array<string>, groups: Array<{ group: string, code: string | null, isReference: boolean, suppressed: boolean, changeVerdict: ChangeVerdict, gapVerdict: GapVerdict | null, narrowedBeyondChance: boolean, gapSentence: string | null, changeSentence: string | null, baseline: { numerator: number | null, denominator: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }, followUp: { numerator: number | null, denominator: number | null, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }, change: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, gapBefore: { position: GapPosition, difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } | null, gapAfter: { position: GapPosition, difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } | null, gapChange: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } | null }>, timeSeries: Array<{ period: string, groups: Array<{ group: string, figures: { numerator: number | null, suppressed: boolean }, gapToReference: { available: boolean } | null }> }> }, values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null, suppressed: SuppressionMark | null }> }> } };

export type EvidenceAddTestimonialMutationVariables = Exact<{
  i: AddTestimonialInput;
}>;


export type EvidenceAddTestimonialMutation = { addTestimonial: { testimonial: { id: string, quote: string, source: TestimonialSource, anonymised: boolean, attribution: string | null, citedAs: string, consentStatus: ConsentStatus, exportable: boolean, addedBy: { name: string } } } };

export type EvidenceRecordConsentMutationVariables = Exact<{
  i: RecordConsentInput;
}>;


export type EvidenceRecordConsentMutation = { recordConsent: { testimonial: { id: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, consentRecordedAt: string | null, exportable: boolean, consentRecordedBy: { name: string } | null } } };

export type EvidenceLinkCriterionMutationVariables = Exact<{
  i: LinkCriterionInput;
}>;


export type EvidenceLinkCriterionMutation = { linkCriterion: { criterion: { id: string, covered: boolean, linkedSections: Array<{ id: string }>, linkedMetrics: Array<{ id: string }>, linkedTestimonials: Array<{ id: string }> } } };

export type EvidenceReadinessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceReadinessQuery = { entry: { readiness: { ready: boolean, checksNotRun: Array<string>, uncoveredCriteria: Array<{ id: string }>, sectionsOverWordLimit: Array<{ wordCount: number, wordLimit: number, section: { id: string } }>, missingSignOffs: Array<{ slotKey: string }>, missingQuantitativeEvidence: Array<{ message: string, metric: { id: string } | null }>, figuresOutOfStep: Array<{ section: { id: string }, figure: { status: FigureStatus, text: string } }> } } };

export type EvidenceTestimonialsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  c?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EvidenceTestimonialsQuery = { entry: { testimonials: Array<{ id: string, attribution: string | null, citedAs: string }> } };

export type EvidenceSetWordLimitMutationVariables = Exact<{
  i: SetSectionWordLimitInput;
}>;


export type EvidenceSetWordLimitMutation = { setSectionWordLimit: { section: { id: string } } };

export type EvidenceTestimonialUpdateMutationVariables = Exact<{
  i: UpdateTestimonialInput;
}>;


export type EvidenceTestimonialUpdateMutation = { updateTestimonial: { consentReset: boolean, testimonial: { id: string, quote: string, source: TestimonialSource, anonymised: boolean, attribution: string | null, citedAs: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, consentRecordedAt: string | null, exportable: boolean, consentRecordedBy: { name: string } | null } } };

export type EvidenceTestimonialDeleteMutationVariables = Exact<{
  i: DeleteTestimonialInput;
}>;


export type EvidenceTestimonialDeleteMutation = { deleteTestimonial: { deletedTestimonialId: string, entry: { id: string, testimonials: Array<{ id: string }> } } };

export type EvidenceTestimonialConsentMutationVariables = Exact<{
  i: RecordConsentInput;
}>;


export type EvidenceTestimonialConsentMutation = { recordConsent: { testimonial: { consentStatus: ConsentStatus } } };

export type EvidenceTestimonialExportableQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceTestimonialExportableQuery = { entry: { testimonials: Array<{ id: string }> } };

export type DisclosureSetValuesMutationVariables = Exact<{
  i: SetMetricValuesInput;
}>;


export type DisclosureSetValuesMutation = { setMetricValues: { written: number } };

export type DisclosureUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type DisclosureUpdateMetricMutation = { updateMetric: { metric: { id: string } } };

export type DisclosureReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisclosureReadQuery = { entry: { abilities: { canEditEvidence: boolean, canEditValues: boolean }, metrics: Array<{ id: string, values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null }>, analysis: { groups: Array<{ group: string, baseline: { numerator: number | null, denominator: number | null } }> } }> } };

export type DisclosureHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisclosureHistoryQuery = { entry: { activity: { nodes: Array<{ kind: ActivityKind, at: string, summary: string, actor: { name: string } | null, valueChanges: Array<{ period: string, ethnicCode: string, ethnicCategory: string, ageBand: string | null, figuresShown: boolean, before: { numerator: number | null, denominator: number | null } | null, after: { numerator: number | null, denominator: number | null } | null }> | null }> } } };

export type DisclosureAuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisclosureAuditQuery = { entry: { auditLog: { nodes: Array<{ action: AuditAction, actorName: string | null, summary: string, data: string, valueChanges: Array<{ period: string, ethnicCode: string, ageBand: string | null, figuresShown: boolean, before: { numerator: number | null } | null, after: { numerator: number | null } | null }> | null }> } } };

export type DisclosureVerifyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisclosureVerifyQuery = { verifyAuditLog: { valid: boolean } };

export type SeriesCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type SeriesCreateMetricMutation = { createMetric: { metric: { id: string, target: number | null, recalculationPeriods: Array<string> } } };

export type SeriesUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type SeriesUpdateMetricMutation = { updateMetric: { metric: { id: string, target: number | null, recalculationPeriods: Array<string> } } };

export type SeriesAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SeriesAnalysisQuery = { entry: { metrics: Array<{ id: string, analysis: { periods: Array<string>, baselinePeriod: string | null, followUpPeriod: string | null, sentences: Array<string>, notes: Array<string>, groups: Array<{ group: string, changeVerdict: ChangeVerdict, changeSentence: string | null, gapSentence: string | null }>, overall: Array<{ period: string, numerator: number | null, denominator: number | null, suppressed: boolean, value: { estimate: number | null } }>, spc: Array<{ group: string, isOverall: boolean, available: boolean, reason: string | null, type: SpcChartType, variation: SpcVariation | null, assurance: SpcAssurance | null, target: number | null, provisional: boolean, signals: Array<string>, sentence: string | null, description: string, points: Array<{ period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, segment: number, recalculated: boolean, beyondLimits: SpcSide | null, shift: SpcSide | null, trend: SpcSide | null, twoOfThree: SpcSide | null, variation: SpcVariation }> }>, dataQuality: { notStated: Array<{ period: string, share: number | null, notStated: number | null, total: number | null, high: boolean, moved: boolean, suppressed: boolean }>, flags: Array<{ kind: DataQualityKind, period: string | null, group: string | null, message: string }> } } }>, readiness: { dataQualityWarnings: Array<{ message: string }> } } };

export type AnalysisFileSentencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnalysisFileSentencesQuery = { entry: { metrics: Array<{ id: string, values: Array<{ period: string, ethnicCode: string, numerator: number | null, suppressed: SuppressionMark | null }>, analysis: { sentences: Array<string>, groups: Array<{ code: string | null, changeSentence: string | null, gapSentence: string | null }> } }> } };

export type ImportFilePreviewMutationVariables = Exact<{
  i: PreviewValuesFileInput;
}>;


export type ImportFilePreviewMutation = { previewValuesFile: { format: ValuesFileFormat, delimiter: string | null, headerRow: number, headers: Array<string>, rowCount: number, sampleRows: Array<Array<string>>, suggestedMapping: { period: string | null, ethnicity: string | null, numerator: string | null, denominator: string | null, mean: string | null, sd: string | null, n: string | null } } };

export type ImportFileImportMutationVariables = Exact<{
  i: ImportValuesFileInput;
}>;


export type ImportFileImportMutation = { importValuesFile: { written: number, skipped: Array<{ row: number, column: string, reason: string }>, metric: { values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null }> } } };

export type MethodsCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type MethodsCreateMetricMutation = { createMetric: { metric: { id: string, confidenceLevel: ConfidenceLevel } } };

export type MethodsUpdateMetricMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type MethodsUpdateMetricMutation = { updateMetric: { metric: { id: string, baselinePeriod: string | null, followUpPeriod: string | null, confidenceLevel: ConfidenceLevel } } };

export type MethodsAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodsAnalysisQuery = { entry: { metrics: Array<{ id: string, analysis: { confidenceLevel: ConfidenceLevel, confidence: number, periodOrder: PeriodOrder, message: string | null, periods: Array<string>, baselinePeriod: string | null, followUpPeriod: string | null, sentences: Array<string>, methods: Array<{ name: string, usedFor: string, reference: string }>, groups: Array<{ group: string, changeVerdict: ChangeVerdict, changeSentence: string | null, baseline: { value: { estimate: number | null, lower: number | null, upper: number | null } } }> } }>, readiness: { missingQuantitativeEvidence: Array<{ message: string, metric: { id: string } | null }> } } };

export type RoundingUpdateMutationVariables = Exact<{
  i: UpdateMetricInput;
}>;


export type RoundingUpdateMutation = { updateMetric: { metric: { roundToFive: boolean } } };

export type RoundedCreateMetricMutationVariables = Exact<{
  i: CreateMetricInput;
}>;


export type RoundedCreateMetricMutation = { createMetric: { metric: { id: string } } };

export type RoundedAnalysisFragment = { level: GroupLevel, baselinePeriod: string | null, followUpPeriod: string | null, referenceGroup: string, sentences: Array<string>, notes: Array<string>, groups: Array<{ group: string, isReference: boolean, changeSentence: string | null, gapSentence: string | null, baseline: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, followUp: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, change: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, gapBefore: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapAfter: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapChange: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }>, timeSeries: Array<{ period: string, groups: Array<{ group: string, code: string | null, isReference: boolean, figures: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, gapToReference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }> }>, overall: Array<{ period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, standardisedRates: Array<{ group: string, period: string, events: number | null, population: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, crude: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, spc: Array<{ group: string, isOverall: boolean, available: boolean, sentence: string | null, description: string, median: number | null, points: Array<{ period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, upperTwoSigma: number, lowerTwoSigma: number }> }>, dataQuality: { notStated: Array<{ period: string, share: number | null, notStated: number | null, total: number | null, suppressed: boolean }>, flags: Array<{ message: string }> } };

export type RoundedFiguresFragment = { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } };

export type RoundedEstimateFragment = { available: boolean, estimate: number | null, lower: number | null, upper: number | null };

export type RoundedViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundedViewQuery = { entry: { metrics: Array<{ id: string, name: string, kind: MetricKind, ratePer: number | null, confidenceLevel: ConfidenceLevel, values: Array<{ period: string, ethnicCode: string, ageBand: string | null, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: SuppressionMark | null }>, ons: { level: GroupLevel, baselinePeriod: string | null, followUpPeriod: string | null, referenceGroup: string, sentences: Array<string>, notes: Array<string>, groups: Array<{ group: string, isReference: boolean, changeSentence: string | null, gapSentence: string | null, baseline: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, followUp: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, change: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, gapBefore: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapAfter: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapChange: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }>, timeSeries: Array<{ period: string, groups: Array<{ group: string, code: string | null, isReference: boolean, figures: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, gapToReference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }> }>, overall: Array<{ period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, standardisedRates: Array<{ group: string, period: string, events: number | null, population: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, crude: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, spc: Array<{ group: string, isOverall: boolean, available: boolean, sentence: string | null, description: string, median: number | null, points: Array<{ period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, upperTwoSigma: number, lowerTwoSigma: number }> }>, dataQuality: { notStated: Array<{ period: string, share: number | null, notStated: number | null, total: number | null, suppressed: boolean }>, flags: Array<{ message: string }> } }, detailed: { level: GroupLevel, baselinePeriod: string | null, followUpPeriod: string | null, referenceGroup: string, sentences: Array<string>, notes: Array<string>, groups: Array<{ group: string, isReference: boolean, changeSentence: string | null, gapSentence: string | null, baseline: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, followUp: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, change: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, gapBefore: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapAfter: { difference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, ratio: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } } | null, gapChange: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }>, timeSeries: Array<{ period: string, groups: Array<{ group: string, code: string | null, isReference: boolean, figures: { period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }, gapToReference: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } | null }> }>, overall: Array<{ period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, standardisedRates: Array<{ group: string, period: string, events: number | null, population: number | null, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null }, crude: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }>, spc: Array<{ group: string, isOverall: boolean, available: boolean, sentence: string | null, description: string, median: number | null, points: Array<{ period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, upperTwoSigma: number, lowerTwoSigma: number }> }>, dataQuality: { notStated: Array<{ period: string, share: number | null, notStated: number | null, total: number | null, suppressed: boolean }>, flags: Array<{ message: string }> } } }> } };

export type RoundingReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundingReadQuery = { entry: { metrics: Array<{ id: string, values: Array<{ period: string, ethnicCode: string, numerator: number | null, denominator: number | null }>, analysis: { groups: Array<{ group: string, baseline: { numerator: number | null, denominator: number | null, value: { estimate: number | null } } }> } }> } };

export type ExportEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  f: ExportFormat;
}>;


export type ExportEntryQuery = { exportEntry: { filename: string, mediaType: string, base64: string } };

export type ExportSectionTitlesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportSectionTitlesQuery = { entry: { sections: Array<{ title: string }> } };

export type ExportStateAndAuditHeadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportStateAndAuditHeadQuery = { entry: { state: EntryState }, verifyAuditLog: { valid: boolean, headSeq: number, headHash: string } };

export type ContentSchemaApplyMutationVariables = Exact<{
  i: ApplySectionUpdateInput;
}>;


export type ContentSchemaApplyMutation = { applySectionUpdate: { version: number } };

export type ContentSchemaReplaceMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type ContentSchemaReplaceMutation = { replaceSectionContent: { section: { version: number, markdown: string } } };

export type ContentSchemaSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type ContentSchemaSyncQuery = { sectionSync: { update: string } };

export type ContentSchemaSectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContentSchemaSectionQuery = { entry: { sections: Array<{ id: string, markdown: string, version: number, contentHash: string }> } };

export type ContentSchemaRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContentSchemaRevisionsQuery = { entry: { sections: Array<{ revisions: { nodes: Array<{ id: string, markdown: string }> } }> } };

export type ContentSchemaRestoreMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type ContentSchemaRestoreMutation = { restoreSectionRevision: { section: { markdown: string } } };

export type LiveViewsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveViewsQuery = { entry: { sections: Array<{ id: string, text: string, markdown: string, wordCount: number, version: number, contentHash: string }> } };

export type LiveSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveSyncQuery = { sectionSync: { update: string, stateVector: string, version: number } };

export type LiveSectionUpdatedSubscriptionVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type LiveSectionUpdatedSubscription = { sectionUpdated: { version: number } };

export type LiveSectionRelaySubscriptionVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type LiveSectionRelaySubscription = { sectionRelay: { kind: SectionRelayKind, update: string | null, clientId: string | null, authorId: string | null } };

export type LiveRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveRevisionsQuery = { entry: { sections: Array<{ revisions: { totalCount: number, nodes: Array<{ id: string, reason: string, version: number, markdown: string, authors: Array<{ name: string }> }> } }> } };

export type LiveRestorableQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveRestorableQuery = { entry: { sections: Array<{ version: number, markdown: string, revisions: { nodes: Array<{ id: string, markdown: string }> } }> } };

export type LiveRestoreMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type LiveRestoreMutation = { restoreSectionRevision: { section: { id: string } } };

export type LivePresenceUpdatedSubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type LivePresenceUpdatedSubscription = { presenceUpdated: { userName: string, sectionId: string | null, left: boolean, awareness: string } };

export type LiveUpdatePresenceMutationVariables = Exact<{
  i: UpdatePresenceInput;
}>;


export type LiveUpdatePresenceMutation = { updatePresence: { presence: { userName: string } } };

export type LivePresenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LivePresenceQuery = { entry: { presence: Array<{ userName: string }> } };

export type MultiProcessLogInMutationVariables = Exact<{
  e: Scalars['String']['input'];
}>;


export type MultiProcessLogInMutation = { logIn: { user: { id: string } } };

export type MultiProcessEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiProcessEntriesQuery = { entries: { nodes: Array<{ id: string, sections: Array<{ id: string }> }> } };

export type MultiProcessPresenceQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiProcessPresenceQuery = { entries: { nodes: Array<{ presence: Array<{ userName: string }> }> } };

export type PipelinedTextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelinedTextQuery = { entry: { sections: Array<{ text: string, version: number }> } };

export type PresenceUpdateMutationVariables = Exact<{
  i: UpdatePresenceInput;
}>;


export type PresenceUpdateMutation = { updatePresence: { presence: { userName: string, clientId: string, left: boolean } } };

export type PresenceListedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PresenceListedQuery = { entry: { presence: Array<{ userName: string, clientId: string }> } };

export type PresenceUpdatedSubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type PresenceUpdatedSubscription = { presenceUpdated: { userName: string, clientId: string, left: boolean, awareness: string } };

export type SectionSizeRestoreMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type SectionSizeRestoreMutation = { restoreSectionRevision: { section: { version: number } } };

export type SectionSizeOfSectionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectionSizeOfSectionsQuery = { entry: { sections: Array<{ id: string, version: number, markdown: string, contentBytes: number, contentBytesLimit: number, revisions: { nodes: Array<{ id: string, markdown: string }> } }> } };

export type SubscriptionListenersPresenceUpdatedSubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type SubscriptionListenersPresenceUpdatedSubscription = { presenceUpdated: { userName: string } };

export type SubscriptionListenersEntryEventsSubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type SubscriptionListenersEntryEventsSubscription = { entryEvents: { kind: EntryEventKind } };

export type RevisionHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RevisionHistoryQuery = { section: { version: number, revisions: { nodes: Array<{ id: string, name: string | null, reason: string, markdown: string }> }, diff: Array<{ op: DiffOp, text: string, authors: Array<{ id: string, name: string }> }> } };

export type RevisionHistoryNameMutationVariables = Exact<{
  i: NameSectionRevisionInput;
}>;


export type RevisionHistoryNameMutation = { nameSectionRevision: { revision: { id: string, name: string | null } } };

export type MailInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type MailInviteMutation = { inviteMember: { inviteUrl: string, emailed: boolean } };

export type MailReplyMutationVariables = Exact<{
  input: ReplyToCommentInput;
}>;


export type MailReplyMutation = { replyToComment: { comment: { id: string } } };

export type MailSectionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MailSectionsQuery = { entry: { sections: Array<{ id: string, version: number, contentHash: string }> } };

export type MailReplaceMutationVariables = Exact<{
  input: ReplaceSectionContentInput;
}>;


export type MailReplaceMutation = { replaceSectionContent: { section: { id: string } } };

export type MailRequestReviewMutationVariables = Exact<{
  input: RequestReviewInput;
}>;


export type MailRequestReviewMutation = { requestReview: { entry: { state: EntryState } } };

export type MailSetPreferenceMutationVariables = Exact<{
  input: SetMailPreferenceInput;
}>;


export type MailSetPreferenceMutation = { setMailPreference: { mailPreferences: Array<{ kind: MailKind, delivery: MailDelivery }> } };

export type MailMyPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailMyPreferencesQuery = { me: { mailPreferences: Array<{ kind: MailKind, delivery: MailDelivery }> } | null };

export type MailUnsubscribeMutationVariables = Exact<{
  input: UnsubscribeInput;
}>;


export type MailUnsubscribeMutation = { unsubscribe: { kinds: Array<MailKind> } };

export type MailSetClosingDateMutationVariables = Exact<{
  input: SetEntryClosingDateInput;
}>;


export type MailSetClosingDateMutation = { setEntryClosingDate: { entry: { closesAt: string | null, abilities: { canSetClosingDate: boolean } } } };

export type MailRequestResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type MailRequestResetMutation = { requestPasswordReset: { requested: boolean, mailEnabled: boolean } };

export type MailResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type MailResetMutation = { resetPassword: { passwordReset: boolean } };

export type MailServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type MailServerInfoQuery = { serverInfo: { mailEnabled: boolean } };

export type MailProcessEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailProcessEntriesQuery = { entries: { nodes: Array<{ id: string }> } };

export type MailProcessInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type MailProcessInviteMutation = { inviteMember: { emailed: boolean } };

export type PolicyMultiProcessEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMultiProcessEntriesQuery = { entries: { nodes: Array<{ id: string, sections: Array<{ id: string }>, members: Array<{ id: string, role: Role, user: { id: string } }> }> } };

export type PolicyMultiProcessSectionSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type PolicyMultiProcessSectionSyncQuery = { sectionSync: { version: number } };

export type PolicyMultiProcessLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyMultiProcessLogOutMutation = { logOut: { loggedOut: boolean } };

export type PolicyRevocationsLogOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyRevocationsLogOutEverywhereMutation = { logOut: { loggedOut: boolean } };

export type PolicyRevocationsMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type PolicyRevocationsMarkAllReadMutation = { markNotificationsRead: { unreadCount: number } };

export type PolicyRevocationsCreateEntryMutationVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type PolicyRevocationsCreateEntryMutation = { createEntry: { entry: { id: string } } };

export type PolicyRevocationsSectionMarkdownQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type PolicyRevocationsSectionMarkdownQuery = { section: { markdown: string } };

export type PolicyRevocationsSectionSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type PolicyRevocationsSectionSyncQuery = { sectionSync: { stateVector: string } };

export type PolicyStillAllowedSectionVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyStillAllowedSectionVersionQuery = { section: { version: number } };

export type StartLogInLeadMutationVariables = Exact<{ [key: string]: never; }>;


export type StartLogInLeadMutation = { logIn: { user: { id: string } } };

export type StartCreateEntryMutationVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type StartCreateEntryMutation = { createEntry: { entry: { id: string } } };

export type StartEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StartEntriesQuery = { entries: { nodes: Array<{ title: string, sections: Array<{ id: string }> }> } };

export type SignOffReplaceMutationVariables = Exact<{
  i: ReplaceSectionContentInput;
}>;


export type SignOffReplaceMutation = { replaceSectionContent: { section: { version: number, contentHash: string } } };

export type SignOffRestoreMutationVariables = Exact<{
  i: RestoreSectionRevisionInput;
}>;


export type SignOffRestoreMutation = { restoreSectionRevision: { section: { contentHash: string } } };

export type SignOffSetSlotsMutationVariables = Exact<{
  i: SetSignOffSlotsInput;
}>;


export type SignOffSetSlotsMutation = { setSignOffSlots: { section: { signOffSlots: Array<{ key: string }> }, entry: { state: EntryState } } };

export type SignOffStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignOffStatusQuery = { entry: { sections: Array<{ id: string, signOffStatus: { approved: boolean, slots: Array<{ key: string, held: boolean, heldBy: { id: string, signer: { name: string } } | null }>, openChangeRequests: Array<{ id: string }>, staleSignOffs: Array<{ id: string }> }, signOffs: { totalCount: number, nodes: Array<{ id: string, meaning: SignOffMeaning, slotKey: string, role: Role, note: string, contentHash: string, markdown: string, stale: boolean, superseded: boolean, current: boolean, diffSinceSigned: Array<{ op: DiffOp, text: string }>, signer: { id: string } }> } }> } };

export type SignOffNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffNotificationsQuery = { me: { unreadNotificationCount: number, notifications: { nodes: Array<{ kind: NotificationKind, message: string, sectionId: string | null, signOffId: string | null, read: boolean }> } } | null };

export type WorkflowPropertySetSlotsMutationVariables = Exact<{
  i: SetSignOffSlotsInput;
}>;


export type WorkflowPropertySetSlotsMutation = { setSignOffSlots: { entry: { state: EntryState } } };

export type WorkflowPropertyStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkflowPropertyStatusQuery = { entry: { state: EntryState, sections: Array<{ signOffStatus: { approved: boolean } }> } };

export type WorkflowRequestReviewMutationVariables = Exact<{
  i: RequestReviewInput;
}>;


export type WorkflowRequestReviewMutation = { requestReview: { entry: { id: string, state: EntryState } } };

export type WorkflowSubmitMutationVariables = Exact<{
  i: SubmitEntryInput;
}>;


export type WorkflowSubmitMutation = { submitEntry: { entry: { id: string, state: EntryState } } };

export type WorkflowReopenMutationVariables = Exact<{
  i: ReopenEntryInput;
}>;


export type WorkflowReopenMutation = { reopenEntry: { entry: { id: string, state: EntryState } } };

export type WorkflowNotificationKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowNotificationKindsQuery = { me: { notifications: { nodes: Array<{ kind: NotificationKind }> } } | null };

export type WorkflowNotificationSignOffsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowNotificationSignOffsQuery = { me: { notifications: { nodes: Array<{ kind: NotificationKind, signOffId: string | null }> } } | null };

export type WorkflowAcceptMutationVariables = Exact<{
  i: AcceptInvitationInput;
}>;


export type WorkflowAcceptMutation = { acceptInvitation: { entry: { state: EntryState } } };

export type EvidenceSignOffsNowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceSignOffsNowQuery = { entry: { state: EntryState, sections: Array<{ id: string, signOffs: { nodes: Array<{ id: string, stale: boolean, current: boolean, evidenceDigest: string | null, evidenceChangesSinceSigned: Array<string>, signer: { id: string }, diffSinceSigned: Array<{ op: DiffOp, text: string }> }> } }> } };

export type EvidenceSignSeenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvidenceSignSeenQuery = { entry: { sections: Array<{ id: string, version: number, contentHash: string, evidenceDigest: string }> } };

export type EvidenceSignSeenSignOffMutationVariables = Exact<{
  i: SignOffSectionInput;
}>;


export type EvidenceSignSeenSignOffMutation = { signOffSection: { signOff: { id: string, contentHash: string, evidenceDigest: string | null, current: boolean } } };

export type LiveEditorSectionRelaySubscriptionVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type LiveEditorSectionRelaySubscription = { sectionRelay: { kind: SectionRelayKind, update: string | null, clientId: string | null } };

export type LiveEditorSectionSyncQueryVariables = Exact<{
  s: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveEditorSectionSyncQuery = { sectionSync: { update: string, stateVector: string } };

export type ReviewSignOffMutationVariables = Exact<{
  i: SignOffSectionInput;
}>;


export type ReviewSignOffMutation = { signOffSection: { signOff: { id: string, slotKey: string, meaning: SignOffMeaning, role: Role, stale: boolean, current: boolean, markdown: string }, entry: { state: EntryState } } };

export type ReviewEntryStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewEntryStateQuery = { entry: { state: EntryState } };

export type ReviewSectionHashesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewSectionHashesQuery = { entry: { sections: Array<{ id: string, contentHash: string, version: number }> } };

export type EntryEventsOfEntrySubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type EntryEventsOfEntrySubscription = { entryEvents: { kind: EntryEventKind, entryId: string, sectionId: string | null, commentId: string | null, threadId: string | null, signOffId: string | null, membershipId: string | null, userId: string | null, actorId: string | null, state: EntryState | null, at: string } };

export type WaitingForMeQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WaitingForMeQuery = { me: { id: string, waitingForMe: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: WaitingKind, message: string, path: string, createdAt: string, entry: { id: string, title: string }, section: { id: string, title: string } }> } } | null };

export type MyAccountAtOnceQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountAtOnceQuery = { me: { id: string, unreadNotificationCount: number, apiTokens: Array<{ id: string, lastUsedAt: string | null }>, mailPreferences: Array<{ kind: MailKind }>, waitingForMe: { totalCount: number } } | null };

export type WaitingOfMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WaitingOfMemberQuery = { entry: { members: Array<{ user: { id: string, waitingForMe: { totalCount: number } } }> } };

export type WaitingSectionCountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WaitingSectionCountsQuery = { entry: { sections: Array<{ id: string, wordCount: number, wordLimit: number, openThreadCount: number, pendingSuggestionCount: number, comments: { totalCount: number } }> } };

export type AgeSetValuesMutationVariables = Exact<{
  i: SetMetricValuesInput;
}>;


export type AgeSetValuesMutation = { setMetricValues: { written: number } };

export type AgeFilePreviewMutationVariables = Exact<{
  i: PreviewValuesFileInput;
}>;


export type AgeFilePreviewMutation = { previewValuesFile: { suggestedMapping: { period: string | null, ethnicity: string | null, ageBand: string | null, numerator: string | null, denominator: string | null } } };

export type AgeFileImportMutationVariables = Exact<{
  i: ImportValuesFileInput;
}>;


export type AgeFileImportMutation = { importValuesFile: { written: number, skipped: Array<{ row: number, reason: string }> } };

export type AgeAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  level: GroupLevel;
}>;


export type AgeAnalysisQuery = { entry: { metrics: Array<{ id: string, values: Array<{ period: string, ethnicCode: string, ageBand: string | null, numerator: number | null, denominator: number | null, suppressed: SuppressionMark | null }>, analysis: { ageStandardised: boolean, notes: Array<string>, methods: Array<{ name: string, reference: string }>, groups: Array<{ group: string, baseline: { numerator: number | null, denominator: number | null } }>, standardisedRates: Array<{ group: string, code: string | null, isReference: boolean, period: string, events: number | null, population: number | null, ageBands: number, suppressed: boolean, value: { available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, crude: { available: boolean, estimate: number | null, lower: number | null, upper: number | null } }> } }> } };

export type SuggestionsOfSectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  authorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SuggestionsOfSectionQuery = { section: { id: string, text: string, contentHash: string, version: number, suggestions: { totalCount: number, nodes: Array<{ id: string, kind: SuggestionKind, text: string, insertedText: string, deletedText: string, role: Role | null, createdAt: string | null, author: { id: string, name: string } | null, thread: { id: string, body: string } | null }> } } };

export type SuggestionsAcceptMutationVariables = Exact<{
  i: ResolveSuggestionInput;
}>;


export type SuggestionsAcceptMutation = { acceptSuggestion: { suggestionIds: Array<string>, section: { id: string, text: string } } };

export type SuggestionsRejectMutationVariables = Exact<{
  i: ResolveSuggestionInput;
}>;


export type SuggestionsRejectMutation = { rejectSuggestion: { suggestionIds: Array<string>, section: { id: string, text: string } } };

export type SuggestionsAcceptAllMutationVariables = Exact<{
  i: ResolveSuggestionsInput;
}>;


export type SuggestionsAcceptAllMutation = { acceptSuggestions: { suggestionIds: Array<string>, section: { id: string, text: string } } };

export type SuggestionsRejectAllMutationVariables = Exact<{
  i: ResolveSuggestionsInput;
}>;


export type SuggestionsRejectAllMutation = { rejectSuggestions: { suggestionIds: Array<string>, section: { id: string, text: string } } };

export type SuggestionsEventsSubscriptionVariables = Exact<{
  e: Scalars['ID']['input'];
}>;


export type SuggestionsEventsSubscription = { entryEvents: { kind: EntryEventKind, sectionId: string | null, suggestionId: string | null, actorId: string | null } };

export type CriterionLinkPassagesMutationVariables = Exact<{
  i: LinkCriterionInput;
}>;


export type CriterionLinkPassagesMutation = { linkCriterion: { criterion: { id: string, covered: boolean, passages: Array<{ id: string, quote: string, quoteWhenLinked: string, lost: boolean, from: number | null, to: number | null, start: string, end: string, section: { id: string } }> } } };

export type CriterionPassagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CriterionPassagesQuery = { entry: { sections: Array<{ id: string, text: string, criteria: Array<{ id: string, covered: boolean, passages: Array<{ id: string, quote: string, quoteWhenLinked: string, lost: boolean, from: number | null, to: number | null }> }> }>, readiness: { ready: boolean, uncoveredCriteria: Array<{ id: string }> } } };

export type FigureSentencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FigureSentencesQuery = { entry: { metrics: Array<{ id: string, analysis: { groups: Array<{ group: string, changeSentence: string | null, gapSentence: string | null }> } }> } };

export type SectionFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectionFiguresQuery = { section: { id: string, text: string, figures: Array<{ metricId: string, level: GroupLevel, group: string, kind: FigureKind, text: string, currentWording: string | null, status: FigureStatus, metric: { id: string, name: string } | null }> } };

export type UpdateFigureMutationVariables = Exact<{
  i: FigureInput;
}>;


export type UpdateFigureMutation = { updateFigure: { section: { id: string, text: string } } };

export type UnlinkFigureMutationVariables = Exact<{
  i: FigureInput;
}>;


export type UnlinkFigureMutation = { unlinkFigure: { section: { id: string, text: string } } };

export const EstimateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EstimateFieldsFragment, unknown>;
export const RoundedEstimateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedEstimate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]} as unknown as DocumentNode<RoundedEstimateFragment, unknown>;
export const RoundedFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedEstimate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]} as unknown as DocumentNode<RoundedFiguresFragment, unknown>;
export const RoundedAnalysisFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedAnalysis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"referenceGroup"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapToReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardisedRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isOverall"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperTwoSigma"}},{"kind":"Field","name":{"kind":"Name","value":"lowerTwoSigma"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"notStated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedEstimate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}}]} as unknown as DocumentNode<RoundedAnalysisFragment, unknown>;
export const IdsSectionInCapitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsSectionInCapitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdsSectionInCapitalsQuery, IdsSectionInCapitalsQueryVariables>;
export const RequestLimitsInviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLimitsInviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<RequestLimitsInviteMemberMutation, RequestLimitsInviteMemberMutationVariables>;
export const StorableStringsTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorableStringsTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StorableStringsTemplatesQuery, StorableStringsTemplatesQueryVariables>;
export const StorableStringsOddTokenNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StorableStringsOddTokenName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<StorableStringsOddTokenNameMutation, StorableStringsOddTokenNameMutationVariables>;
export const InvitationsAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsAcceptMutation, InvitationsAcceptMutationVariables>;
export const DurabilityLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DurabilityLogIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"lead@demo.quorum.test","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"quorum-demo-2026","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DurabilityLogInMutation, DurabilityLogInMutationVariables>;
export const DurabilitySectionIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DurabilitySectionIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DurabilitySectionIdsQuery, DurabilitySectionIdsQueryVariables>;
export const DurabilityApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DurabilityApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DurabilityApplyMutation, DurabilityApplyMutationVariables>;
export const DurabilityStoredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DurabilityStored"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DurabilityStoredQuery, DurabilityStoredQueryVariables>;
export const RedisOutageApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisOutageApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RedisOutageApplyMutation, RedisOutageApplyMutationVariables>;
export const PolicyMatrixTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixTemplatesQuery, PolicyMatrixTemplatesQueryVariables>;
export const PolicyMatrixEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEntriesQuery, PolicyMatrixEntriesQueryVariables>;
export const PolicyMatrixCreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixCreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"M","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixCreateEntryMutation, PolicyMatrixCreateEntryMutationVariables>;
export const PolicyMatrixCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixCreateApiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"READ"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixCreateApiTokenMutation, PolicyMatrixCreateApiTokenMutationVariables>;
export const PolicyMatrixRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tokenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRevokeApiTokenMutation, PolicyMatrixRevokeApiTokenMutationVariables>;
export const PolicyMatrixAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAcceptInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"StringValue","value":"unknown","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAcceptInvitationMutation, PolicyMatrixAcceptInvitationMutationVariables>;
export const PolicyMatrixEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEntryQuery, PolicyMatrixEntryQueryVariables>;
export const PolicyMatrixEntryPendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEntryPendingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEntryPendingInvitationsQuery, PolicyMatrixEntryPendingInvitationsQueryVariables>;
export const PolicyMatrixInviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixInviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixInviteMemberMutation, PolicyMatrixInviteMemberMutationVariables>;
export const PolicyMatrixInviteToChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixInviteToChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixInviteToChangeMutation, PolicyMatrixInviteToChangeMutationVariables>;
export const PolicyMatrixWithdrawInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixWithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixWithdrawInvitationMutation, PolicyMatrixWithdrawInvitationMutationVariables>;
export const PolicyMatrixResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixResendInvitationMutation, PolicyMatrixResendInvitationMutationVariables>;
export const PolicyMatrixChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixChangeMemberRoleMutation, PolicyMatrixChangeMemberRoleMutationVariables>;
export const PolicyMatrixRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRemoveMemberMutation, PolicyMatrixRemoveMemberMutationVariables>;
export const PolicyMatrixSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSectionQuery, PolicyMatrixSectionQueryVariables>;
export const PolicyMatrixSectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixSectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSectionSyncQuery, PolicyMatrixSectionSyncQueryVariables>;
export const PolicyMatrixApplySectionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixApplySectionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixApplySectionUpdateMutation, PolicyMatrixApplySectionUpdateMutationVariables>;
export const PolicyMatrixAcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAcceptSuggestionMutation, PolicyMatrixAcceptSuggestionMutationVariables>;
export const PolicyMatrixRejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRejectSuggestionMutation, PolicyMatrixRejectSuggestionMutationVariables>;
export const PolicyMatrixAcceptSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAcceptSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAcceptSuggestionsMutation, PolicyMatrixAcceptSuggestionsMutationVariables>;
export const PolicyMatrixRejectSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRejectSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRejectSuggestionsMutation, PolicyMatrixRejectSuggestionsMutationVariables>;
export const PolicyMatrixUpdateFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixUpdateFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixUpdateFigureMutation, PolicyMatrixUpdateFigureMutationVariables>;
export const PolicyMatrixUnlinkFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixUnlinkFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixUnlinkFigureMutation, PolicyMatrixUnlinkFigureMutationVariables>;
export const PolicyMatrixReplaceSectionContentVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixReplaceSectionContentVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixReplaceSectionContentVersionQuery, PolicyMatrixReplaceSectionContentVersionQueryVariables>;
export const PolicyMatrixReplaceSectionContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixReplaceSectionContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixReplaceSectionContentMutation, PolicyMatrixReplaceSectionContentMutationVariables>;
export const PolicyMatrixRestoreSectionRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRestoreSectionRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRestoreSectionRevisionMutation, PolicyMatrixRestoreSectionRevisionMutationVariables>;
export const PolicyMatrixNameSectionRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixNameSectionRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixNameSectionRevisionMutation, PolicyMatrixNameSectionRevisionMutationVariables>;
export const PolicyMatrixUpdatePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixUpdatePresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixUpdatePresenceMutation, PolicyMatrixUpdatePresenceMutationVariables>;
export const PolicyMatrixSetSectionWordLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetSectionWordLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSectionWordLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectionWordLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetSectionWordLimitMutation, PolicyMatrixSetSectionWordLimitMutationVariables>;
export const PolicyMatrixEthnicCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEthnicCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ethnicCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEthnicCategoriesQuery, PolicyMatrixEthnicCategoriesQueryVariables>;
export const PolicyMatrixCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixCreateMetricMutation, PolicyMatrixCreateMetricMutationVariables>;
export const PolicyMatrixUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixUpdateMetricMutation, PolicyMatrixUpdateMetricMutationVariables>;
export const PolicyMatrixDeleteMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixDeleteMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMetricId"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixDeleteMetricMutation, PolicyMatrixDeleteMetricMutationVariables>;
export const PolicyMatrixSetMetricValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetMetricValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetMetricValuesMutation, PolicyMatrixSetMetricValuesMutationVariables>;
export const PolicyMatrixImportMetricValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixImportMetricValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixImportMetricValuesMutation, PolicyMatrixImportMetricValuesMutationVariables>;
export const PolicyMatrixPreviewValuesFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixPreviewValuesFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headerRow"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixPreviewValuesFileMutation, PolicyMatrixPreviewValuesFileMutationVariables>;
export const PolicyMatrixImportValuesFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixImportValuesFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixImportValuesFileMutation, PolicyMatrixImportValuesFileMutationVariables>;
export const PolicyMatrixAddTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAddTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAddTestimonialMutation, PolicyMatrixAddTestimonialMutationVariables>;
export const PolicyMatrixRecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRecordConsentMutation, PolicyMatrixRecordConsentMutationVariables>;
export const PolicyMatrixUpdateTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixUpdateTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixUpdateTestimonialMutation, PolicyMatrixUpdateTestimonialMutationVariables>;
export const PolicyMatrixDeleteTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixDeleteTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestimonialId"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixDeleteTestimonialMutation, PolicyMatrixDeleteTestimonialMutationVariables>;
export const PolicyMatrixLinkCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixLinkCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixLinkCriterionMutation, PolicyMatrixLinkCriterionMutationVariables>;
export const PolicyMatrixEntryEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEntryEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citedAs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEntryEvidenceQuery, PolicyMatrixEntryEvidenceQueryVariables>;
export const PolicyMatrixExportEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixExportEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"MARKDOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixExportEntryQuery, PolicyMatrixExportEntryQueryVariables>;
export const PolicyMatrixAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAddCommentMutation, PolicyMatrixAddCommentMutationVariables>;
export const PolicyMatrixReplyToCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixReplyToComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixReplyToCommentMutation, PolicyMatrixReplyToCommentMutationVariables>;
export const PolicyMatrixEditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixEditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEditCommentMutation, PolicyMatrixEditCommentMutationVariables>;
export const PolicyMatrixDeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixDeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixDeleteCommentMutation, PolicyMatrixDeleteCommentMutationVariables>;
export const PolicyMatrixResolveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixResolveCommentMutation, PolicyMatrixResolveCommentMutationVariables>;
export const PolicyMatrixReopenCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixReopenComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixReopenCommentMutation, PolicyMatrixReopenCommentMutationVariables>;
export const PolicyMatrixSetSignOffSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetSignOffSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSignOffSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSignOffSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetSignOffSlotsMutation, PolicyMatrixSetSignOffSlotsMutationVariables>;
export const PolicyMatrixRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixRequestReviewMutation, PolicyMatrixRequestReviewMutationVariables>;
export const PolicyMatrixSubmitEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSubmitEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSubmitEntryMutation, PolicyMatrixSubmitEntryMutationVariables>;
export const PolicyMatrixReopenEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixReopenEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixReopenEntryMutation, PolicyMatrixReopenEntryMutationVariables>;
export const PolicyMatrixSetMailPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetMailPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MENTION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"delivery"},"value":{"kind":"EnumValue","value":"DAILY_DIGEST"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetMailPreferenceMutation, PolicyMatrixSetMailPreferenceMutationVariables>;
export const PolicyMatrixSetEntryClosingDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetEntryClosingDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryClosingDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryClosingDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetEntryClosingDateMutation, PolicyMatrixSetEntryClosingDateMutationVariables>;
export const PolicyMatrixMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixMarkNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixMarkNotificationsReadMutation, PolicyMatrixMarkNotificationsReadMutationVariables>;
export const PolicyMatrixVerifyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixVerifyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixVerifyAuditLogQuery, PolicyMatrixVerifyAuditLogQueryVariables>;
export const PolicyMatrixEntryAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixEntryAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixEntryAuditLogQuery, PolicyMatrixEntryAuditLogQueryVariables>;
export const PolicyMatrixSectionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixSectionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSectionReviewQuery, PolicyMatrixSectionReviewQueryVariables>;
export const PolicyMatrixMeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixMeId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixMeIdQuery, PolicyMatrixMeIdQueryVariables>;
export const PolicyMatrixSetupTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixSetupTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetupTemplatesQuery, PolicyMatrixSetupTemplatesQueryVariables>;
export const PolicyMatrixSetupReplaceSectionContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetupReplaceSectionContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetupReplaceSectionContentMutation, PolicyMatrixSetupReplaceSectionContentMutationVariables>;
export const PolicyMatrixSetupEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixSetupEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetupEntryQuery, PolicyMatrixSetupEntryQueryVariables>;
export const PolicyMatrixSetupTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixSetupToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixSetupTokenMutation, PolicyMatrixSetupTokenMutationVariables>;
export const PolicyMatrixAskSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixAskSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskSectionQuery, PolicyMatrixAskSectionQueryVariables>;
export const PolicyMatrixAskSectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatrixAskSectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskSectionSyncQuery, PolicyMatrixAskSectionSyncQueryVariables>;
export const PolicyMatrixAskApplySectionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskApplySectionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskApplySectionUpdateMutation, PolicyMatrixAskApplySectionUpdateMutationVariables>;
export const PolicyMatrixAskAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskAddCommentMutation, PolicyMatrixAskAddCommentMutationVariables>;
export const PolicyMatrixAskResolveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskResolveCommentMutation, PolicyMatrixAskResolveCommentMutationVariables>;
export const PolicyMatrixAskUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskUpdateMetricMutation, PolicyMatrixAskUpdateMetricMutationVariables>;
export const PolicyMatrixAskDeleteTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskDeleteTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestimonialId"}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskDeleteTestimonialMutation, PolicyMatrixAskDeleteTestimonialMutationVariables>;
export const PolicyMatrixAskLinkCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskLinkCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskLinkCriterionMutation, PolicyMatrixAskLinkCriterionMutationVariables>;
export const PolicyMatrixAskRestoreSectionRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMatrixAskRestoreSectionRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMatrixAskRestoreSectionRevisionMutation, PolicyMatrixAskRestoreSectionRevisionMutationVariables>;
export const ActivityOfEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityOfEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityOfEntryQuery, ActivityOfEntryQueryVariables>;
export const ActivityAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityAddCommentMutation, ActivityAddCommentMutationVariables>;
export const ActivityReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReplyMutation, ActivityReplyMutationVariables>;
export const ActivityReplaceContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityReplaceContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReplaceContentMutation, ActivityReplaceContentMutationVariables>;
export const ActivitySectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitySections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signOffSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitySectionsQuery, ActivitySectionsQueryVariables>;
export const ActivityInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ActivityInviteMutation, ActivityInviteMutationVariables>;
export const ActivityChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityChangeRoleMutation, ActivityChangeRoleMutationVariables>;
export const ActivityDeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityDeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDeleteCommentMutation, ActivityDeleteCommentMutationVariables>;
export const ActivityResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityResolveMutation, ActivityResolveMutationVariables>;
export const ActivityReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReopenMutation, ActivityReopenMutationVariables>;
export const ActivityRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityRequestReviewMutation, ActivityRequestReviewMutationVariables>;
export const ActivityCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityCreateMetricMutation, ActivityCreateMetricMutationVariables>;
export const ActivityAddTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityAddTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityAddTestimonialMutation, ActivityAddTestimonialMutationVariables>;
export const ActivityLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityLogInMutation, ActivityLogInMutationVariables>;
export const ActivityAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityAuditLogQuery, ActivityAuditLogQueryVariables>;
export const AuditKeyLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditKeyLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditKeyLogQuery, AuditKeyLogQueryVariables>;
export const AuditKeyVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditKeyVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAtSeq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"unvouchedCount"}}]}}]}}]} as unknown as DocumentNode<AuditKeyVerifyQuery, AuditKeyVerifyQueryVariables>;
export const AuditKeyExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditKeyExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"MARKDOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<AuditKeyExportQuery, AuditKeyExportQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAtSeq"}},{"kind":"Field","name":{"kind":"Name","value":"brokenEventId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<AuditVerifyQuery, AuditVerifyQueryVariables>;
export const AuditRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditRevokeApiTokenMutation, AuditRevokeApiTokenMutationVariables>;
export const AuditRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<AuditRemoveMemberMutation, AuditRemoveMemberMutationVariables>;
export const LimitsLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimitsLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsLogInMutation, LimitsLogInMutationVariables>;
export const LimitsSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimitsSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsSignUpMutation, LimitsSignUpMutationVariables>;
export const LimitsSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsSectionsQuery, LimitsSectionsQueryVariables>;
export const LimitsSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LimitsSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsSignOffMutation, LimitsSignOffMutationVariables>;
export const AuthSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSignUpMutation, AuthSignUpMutationVariables>;
export const AuthLogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<AuthLogOutMutation, AuthLogOutMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthMeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMeId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthMeIdQuery, AuthMeIdQueryVariables>;
export const AuthEntriesCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthEntriesCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthEntriesCountQuery, AuthEntriesCountQueryVariables>;
export const AuthTemplateIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTemplateIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthTemplateIdsQuery, AuthTemplateIdsQueryVariables>;
export const AuthCreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateEntryMutation, AuthCreateEntryMutationVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const AuthRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRevokeTokenMutation, AuthRevokeTokenMutationVariables>;
export const SignUpNewAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpNewAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpNewAccountMutation, SignUpNewAccountMutationVariables>;
export const SsoMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signOffConfirmation"}}]}}]}}]} as unknown as DocumentNode<SsoMeQuery, SsoMeQueryVariables>;
export const SsoLoginOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoLoginOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLogin"}},{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startPath"}},{"kind":"Field","name":{"kind":"Name","value":"confirmPath"}}]}}]}}]}}]} as unknown as DocumentNode<SsoLoginOptionsQuery, SsoLoginOptionsQueryVariables>;
export const SsoInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SsoInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SsoInviteMutation, SsoInviteMutationVariables>;
export const SsoSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<SsoSectionQuery, SsoSectionQueryVariables>;
export const SsoSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SsoSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedWith"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}}]}}]}}]} as unknown as DocumentNode<SsoSignOffMutation, SsoSignOffMutationVariables>;
export const CommentsAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsAddMutation, CommentsAddMutationVariables>;
export const CommentsReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<CommentsReplyMutation, CommentsReplyMutationVariables>;
export const CommentsEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsEditMutation, CommentsEditMutationVariables>;
export const CommentsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]}}]} as unknown as DocumentNode<CommentsDeleteMutation, CommentsDeleteMutationVariables>;
export const CommentsResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsResolveMutation, CommentsResolveMutationVariables>;
export const CommentsReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsReopenMutation, CommentsReopenMutationVariables>;
export const CommentsThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentsThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThreadState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsThreadsQuery, CommentsThreadsQueryVariables>;
export const CommentsNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentsNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unread"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unread"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsNotificationsQuery, CommentsNotificationsQueryVariables>;
export const CommentsMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<CommentsMarkReadMutation, CommentsMarkReadMutationVariables>;
export const CommentsReplaceContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentsReplaceContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CommentsReplaceContentMutation, CommentsReplaceContentMutationVariables>;
export const CommentsMembersUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentsMembersUnread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentsMembersUnreadQuery, CommentsMembersUnreadQueryVariables>;
export const ConnectionThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionThreadsQuery, ConnectionThreadsQueryVariables>;
export const ConnectionEntriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionEntriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionEntriesPageQuery, ConnectionEntriesPageQueryVariables>;
export const ConnectionPagedEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedEntriesQuery, ConnectionPagedEntriesQueryVariables>;
export const ConnectionPagedNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedNotificationsQuery, ConnectionPagedNotificationsQueryVariables>;
export const ConnectionPagedCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedCommentsQuery, ConnectionPagedCommentsQueryVariables>;
export const ConnectionPagedSignOffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedSignOffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedSignOffsQuery, ConnectionPagedSignOffsQueryVariables>;
export const ConnectionPagedRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedRevisionsQuery, ConnectionPagedRevisionsQueryVariables>;
export const ConnectionPagedActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedActivityQuery, ConnectionPagedActivityQueryVariables>;
export const ConnectionPagedAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionPagedAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionPagedAuditLogQuery, ConnectionPagedAuditLogQueryVariables>;
export const CursorsEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CursorsEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CursorsEntriesQuery, CursorsEntriesQueryVariables>;
export const CursorsActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CursorsActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CursorsActivityQuery, CursorsActivityQueryVariables>;
export const CursorsNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CursorsNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CursorsNotificationsQuery, CursorsNotificationsQueryVariables>;
export const IdsEntryWithIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsEntryWithIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IdsEntryWithIdsQuery, IdsEntryWithIdsQueryVariables>;
export const IdsAddCommentWithMentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdsAddCommentWithMention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdsAddCommentWithMentionMutation, IdsAddCommentWithMentionMutationVariables>;
export const LogAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogAddCommentMutation, LogAddCommentMutationVariables>;
export const LogEntryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogEntryId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogEntryIdQuery, LogEntryIdQueryVariables>;
export const WebSocketMeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSocketMeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebSocketMeNameQuery, WebSocketMeNameQueryVariables>;
export const WebSocketMeIdNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSocketMeIdName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebSocketMeIdNameQuery, WebSocketMeIdNameQueryVariables>;
export const WebSocketCreateEntryBadTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSocketCreateEntryBadTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateId"},"value":{"kind":"StringValue","value":"nope","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebSocketCreateEntryBadTemplateMutation, WebSocketCreateEntryBadTemplateMutationVariables>;
export const WebSocketMissingEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSocketMissingEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"00000000-0000-4000-8000-000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebSocketMissingEntryQuery, WebSocketMissingEntryQueryVariables>;
export const WebSocketSectionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebSocketSectionUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"StringValue","value":"00000000-0000-4000-8000-000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebSocketSectionUpdatedSubscription, WebSocketSectionUpdatedSubscriptionVariables>;
export const DemoContentEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoContentEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentences"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoContentEntryQuery, DemoContentEntryQueryVariables>;
export const DemoContentWordCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoContentWordCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoContentWordCountsQuery, DemoContentWordCountsQueryVariables>;
export const ConcurrentRemovalChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrentRemovalChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrentRemovalChangeRoleMutation, ConcurrentRemovalChangeRoleMutationVariables>;
export const ConcurrentRemovalDeleteMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrentRemovalDeleteMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMetricId"}}]}}]}}]} as unknown as DocumentNode<ConcurrentRemovalDeleteMetricMutation, ConcurrentRemovalDeleteMetricMutationVariables>;
export const ConcurrentRemovalSetValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrentRemovalSetValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrentRemovalSetValuesMutation, ConcurrentRemovalSetValuesMutationVariables>;
export const EntriesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntriesCreateMutation, EntriesCreateMutationVariables>;
export const EntriesEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntriesEntryQuery, EntriesEntryQueryVariables>;
export const EntriesInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesInviteMutation, EntriesInviteMutationVariables>;
export const EntriesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesAcceptMutation, EntriesAcceptMutationVariables>;
export const EntriesChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesChangeRoleMutation, EntriesChangeRoleMutationVariables>;
export const EntriesRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesRemoveMutation, EntriesRemoveMutationVariables>;
export const EntriesTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<EntriesTemplatesQuery, EntriesTemplatesQueryVariables>;
export const EntriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesPageQuery, EntriesPageQueryVariables>;
export const EntriesTooLongPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesTooLongPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"101"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EntriesTooLongPageQuery, EntriesTooLongPageQueryVariables>;
export const EntriesGarbageCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesGarbageCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"garbage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EntriesGarbageCursorQuery, EntriesGarbageCursorQueryVariables>;
export const EntriesInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}}]}}]}}]} as unknown as DocumentNode<EntriesInvitationQuery, EntriesInvitationQueryVariables>;
export const EntriesSetWordLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntriesSetWordLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSectionWordLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectionWordLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}}]}}]}}]}}]} as unknown as DocumentNode<EntriesSetWordLimitMutation, EntriesSetWordLimitMutationVariables>;
export const InvitationsInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsInviteMutation, InvitationsInviteMutationVariables>;
export const InvitationsWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsWithdrawMutation, InvitationsWithdrawMutationVariables>;
export const InvitationsResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsResendMutation, InvitationsResendMutationVariables>;
export const InvitationsPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationsPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InvitationsPreviewQuery, InvitationsPreviewQueryVariables>;
export const InvitationsPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationsPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsPendingQuery, InvitationsPendingQueryVariables>;
export const InvitationsNotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InvitationsNotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsNotificationAddedSubscription, InvitationsNotificationAddedSubscriptionVariables>;
export const EvidenceConcurrentLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceConcurrentLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceConcurrentLinkMutation, EvidenceConcurrentLinkMutationVariables>;
export const EvidenceConcurrentSectionCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceConcurrentSectionCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceConcurrentSectionCriteriaQuery, EvidenceConcurrentSectionCriteriaQueryVariables>;
export const EvidenceConcurrentDeleteTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceConcurrentDeleteTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestimonialId"}}]}}]}}]} as unknown as DocumentNode<EvidenceConcurrentDeleteTestimonialMutation, EvidenceConcurrentDeleteTestimonialMutationVariables>;
export const EvidencePageOfEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidencePageOfEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"gapVerdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"linkedSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTestimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingQuantitativeEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidencePageOfEntryQuery, EvidencePageOfEntryQueryVariables>;
export const EvidenceQueriesEntryCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceQueriesEntryCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceQueriesEntryCriteriaQuery, EvidenceQueriesEntryCriteriaQueryVariables>;
export const EvidenceQueriesImportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceQueriesImportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<EvidenceQueriesImportValuesMutation, EvidenceQueriesImportValuesMutationVariables>;
export const EvidenceQueriesRecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceQueriesRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceQueriesRecordConsentMutation, EvidenceQueriesRecordConsentMutationVariables>;
export const EvidenceCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceCreateMetricMutation, EvidenceCreateMetricMutationVariables>;
export const EvidenceUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceUpdateMetricMutation, EvidenceUpdateMetricMutationVariables>;
export const EvidenceDeleteMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceDeleteMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceDeleteMetricMutation, EvidenceDeleteMetricMutationVariables>;
export const EvidenceImportValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceImportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceImportValuesMutation, EvidenceImportValuesMutationVariables>;
export const EvidenceSetValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceSetValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSetValuesMutation, EvidenceSetValuesMutationVariables>;
export const EvidenceAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"referenceGroup"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionApplied"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"changeVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"gapVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"narrowedBeyondChance"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapToReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EvidenceAnalysisQuery, EvidenceAnalysisQueryVariables>;
export const EvidenceAddTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceAddTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceAddTestimonialMutation, EvidenceAddTestimonialMutationVariables>;
export const EvidenceRecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceRecordConsentMutation, EvidenceRecordConsentMutationVariables>;
export const EvidenceLinkCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceLinkCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"linkedSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTestimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceLinkCriterionMutation, EvidenceLinkCriterionMutationVariables>;
export const EvidenceReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"checksNotRun"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionsOverWordLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingQuantitativeEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figuresOutOfStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceReadinessQuery, EvidenceReadinessQueryVariables>;
export const EvidenceTestimonialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceTestimonials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTestimonialsQuery, EvidenceTestimonialsQueryVariables>;
export const EvidenceSetWordLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceSetWordLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSectionWordLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectionWordLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSetWordLimitMutation, EvidenceSetWordLimitMutationVariables>;
export const EvidenceTestimonialUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceTestimonialUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentReset"}},{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTestimonialUpdateMutation, EvidenceTestimonialUpdateMutationVariables>;
export const EvidenceTestimonialDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceTestimonialDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestimonialId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTestimonialDeleteMutation, EvidenceTestimonialDeleteMutationVariables>;
export const EvidenceTestimonialConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceTestimonialConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTestimonialConsentMutation, EvidenceTestimonialConsentMutationVariables>;
export const EvidenceTestimonialExportableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceTestimonialExportable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentedOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTestimonialExportableQuery, EvidenceTestimonialExportableQueryVariables>;
export const DisclosureSetValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisclosureSetValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<DisclosureSetValuesMutation, DisclosureSetValuesMutationVariables>;
export const DisclosureUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisclosureUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureUpdateMetricMutation, DisclosureUpdateMetricMutationVariables>;
export const DisclosureReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"canEditValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureReadQuery, DisclosureReadQueryVariables>;
export const DisclosureHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCategory"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"figuresShown"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureHistoryQuery, DisclosureHistoryQueryVariables>;
export const DisclosureAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"valueChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"figuresShown"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureAuditQuery, DisclosureAuditQueryVariables>;
export const DisclosureVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<DisclosureVerifyQuery, DisclosureVerifyQueryVariables>;
export const SeriesCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeriesCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"recalculationPeriods"}}]}}]}}]}}]} as unknown as DocumentNode<SeriesCreateMetricMutation, SeriesCreateMetricMutationVariables>;
export const SeriesUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeriesUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"recalculationPeriods"}}]}}]}}]}}]} as unknown as DocumentNode<SeriesUpdateMetricMutation, SeriesUpdateMetricMutationVariables>;
export const SeriesAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"changeVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isOverall"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"recalculated"}},{"kind":"Field","name":{"kind":"Name","value":"beyondLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThree"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"notStated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataQualityWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesAnalysisQuery, SeriesAnalysisQueryVariables>;
export const AnalysisFileSentencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisFileSentences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"ETHNIC_CATEGORY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalysisFileSentencesQuery, AnalysisFileSentencesQueryVariables>;
export const ImportFilePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFilePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRows"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]} as unknown as DocumentNode<ImportFilePreviewMutation, ImportFilePreviewMutationVariables>;
export const ImportFileImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFileImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportFileImportMutation, ImportFileImportMutationVariables>;
export const MethodsCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MethodsCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}}]}}]}}]}}]} as unknown as DocumentNode<MethodsCreateMetricMutation, MethodsCreateMetricMutationVariables>;
export const MethodsUpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MethodsUpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}}]}}]}}]}}]} as unknown as DocumentNode<MethodsUpdateMetricMutation, MethodsUpdateMetricMutationVariables>;
export const MethodsAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodsAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"periodOrder"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usedFor"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingQuantitativeEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MethodsAnalysisQuery, MethodsAnalysisQueryVariables>;
export const RoundingUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundingUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundToFive"}}]}}]}}]}}]} as unknown as DocumentNode<RoundingUpdateMutation, RoundingUpdateMutationVariables>;
export const RoundedCreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundedCreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RoundedCreateMetricMutation, RoundedCreateMetricMutationVariables>;
export const RoundedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ons"},"name":{"kind":"Name","value":"analysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"ONS_GROUP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedAnalysis"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"detailed"},"name":{"kind":"Name","value":"analysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"ETHNIC_CATEGORY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedAnalysis"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedEstimate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundedAnalysis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"referenceGroup"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapToReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardisedRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundedEstimate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isOverall"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"upperTwoSigma"}},{"kind":"Field","name":{"kind":"Name","value":"lowerTwoSigma"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"notStated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RoundedViewQuery, RoundedViewQueryVariables>;
export const RoundingReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundingRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundingReadQuery, RoundingReadQueryVariables>;
export const ExportEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ExportEntryQuery, ExportEntryQueryVariables>;
export const ExportSectionTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSectionTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ExportSectionTitlesQuery, ExportSectionTitlesQueryVariables>;
export const ExportStateAndAuditHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportStateAndAuditHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}}]}}]}}]} as unknown as DocumentNode<ExportStateAndAuditHeadQuery, ExportStateAndAuditHeadQueryVariables>;
export const ContentSchemaApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentSchemaApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ContentSchemaApplyMutation, ContentSchemaApplyMutationVariables>;
export const ContentSchemaReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentSchemaReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]}}]} as unknown as DocumentNode<ContentSchemaReplaceMutation, ContentSchemaReplaceMutationVariables>;
export const ContentSchemaSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentSchemaSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}}]}}]}}]} as unknown as DocumentNode<ContentSchemaSyncQuery, ContentSchemaSyncQueryVariables>;
export const ContentSchemaSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentSchemaSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<ContentSchemaSectionQuery, ContentSchemaSectionQueryVariables>;
export const ContentSchemaRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentSchemaRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContentSchemaRevisionsQuery, ContentSchemaRevisionsQueryVariables>;
export const ContentSchemaRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentSchemaRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]}}]} as unknown as DocumentNode<ContentSchemaRestoreMutation, ContentSchemaRestoreMutationVariables>;
export const LiveViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<LiveViewsQuery, LiveViewsQueryVariables>;
export const LiveSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"stateVector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"stateVector"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveSyncQuery, LiveSyncQueryVariables>;
export const LiveSectionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveSectionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveSectionUpdatedSubscription, LiveSectionUpdatedSubscriptionVariables>;
export const LiveSectionRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveSectionRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}}]}}]}}]} as unknown as DocumentNode<LiveSectionRelaySubscription, LiveSectionRelaySubscriptionVariables>;
export const LiveRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveRevisionsQuery, LiveRevisionsQueryVariables>;
export const LiveRestorableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRestorable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveRestorableQuery, LiveRestorableQueryVariables>;
export const LiveRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveRestoreMutation, LiveRestoreMutationVariables>;
export const LivePresenceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LivePresenceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"awareness"}}]}}]}}]} as unknown as DocumentNode<LivePresenceUpdatedSubscription, LivePresenceUpdatedSubscriptionVariables>;
export const LiveUpdatePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveUpdatePresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]} as unknown as DocumentNode<LiveUpdatePresenceMutation, LiveUpdatePresenceMutationVariables>;
export const LivePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LivePresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]} as unknown as DocumentNode<LivePresenceQuery, LivePresenceQueryVariables>;
export const MultiProcessLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MultiProcessLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"quorum-demo-2026","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MultiProcessLogInMutation, MultiProcessLogInMutationVariables>;
export const MultiProcessEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MultiProcessEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MultiProcessEntriesQuery, MultiProcessEntriesQueryVariables>;
export const MultiProcessPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MultiProcessPresence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MultiProcessPresenceQuery, MultiProcessPresenceQueryVariables>;
export const PipelinedTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelinedText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PipelinedTextQuery, PipelinedTextQueryVariables>;
export const PresenceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresenceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}}]}}]}}]} as unknown as DocumentNode<PresenceUpdateMutation, PresenceUpdateMutationVariables>;
export const PresenceListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresenceListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]}}]} as unknown as DocumentNode<PresenceListedQuery, PresenceListedQueryVariables>;
export const PresenceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresenceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"awareness"}}]}}]}}]} as unknown as DocumentNode<PresenceUpdatedSubscription, PresenceUpdatedSubscriptionVariables>;
export const SectionSizeRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SectionSizeRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SectionSizeRestoreMutation, SectionSizeRestoreMutationVariables>;
export const SectionSizeOfSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionSizeOfSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"contentBytes"}},{"kind":"Field","name":{"kind":"Name","value":"contentBytesLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionSizeOfSectionsQuery, SectionSizeOfSectionsQueryVariables>;
export const SubscriptionListenersPresenceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubscriptionListenersPresenceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<SubscriptionListenersPresenceUpdatedSubscription, SubscriptionListenersPresenceUpdatedSubscriptionVariables>;
export const SubscriptionListenersEntryEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubscriptionListenersEntryEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SubscriptionListenersEntryEventsSubscription, SubscriptionListenersEntryEventsSubscriptionVariables>;
export const RevisionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevisionHistoryQuery, RevisionHistoryQueryVariables>;
export const RevisionHistoryNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisionHistoryName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RevisionHistoryNameMutation, RevisionHistoryNameMutationVariables>;
export const MailInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}}]}}]}}]} as unknown as DocumentNode<MailInviteMutation, MailInviteMutationVariables>;
export const MailReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MailReplyMutation, MailReplyMutationVariables>;
export const MailSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<MailSectionsQuery, MailSectionsQueryVariables>;
export const MailReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MailReplaceMutation, MailReplaceMutationVariables>;
export const MailRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MailRequestReviewMutation, MailRequestReviewMutationVariables>;
export const MailSetPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailSetPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<MailSetPreferenceMutation, MailSetPreferenceMutationVariables>;
export const MailMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailMyPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<MailMyPreferencesQuery, MailMyPreferencesQueryVariables>;
export const MailUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}}]}}]} as unknown as DocumentNode<MailUnsubscribeMutation, MailUnsubscribeMutationVariables>;
export const MailSetClosingDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailSetClosingDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryClosingDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryClosingDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetClosingDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailSetClosingDateMutation, MailSetClosingDateMutationVariables>;
export const MailRequestResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailRequestReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}}]}}]}}]} as unknown as DocumentNode<MailRequestResetMutation, MailRequestResetMutationVariables>;
export const MailResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordReset"}}]}}]}}]} as unknown as DocumentNode<MailResetMutation, MailResetMutationVariables>;
export const MailServerInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailServerInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}}]}}]}}]} as unknown as DocumentNode<MailServerInfoQuery, MailServerInfoQueryVariables>;
export const MailProcessEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailProcessEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MailProcessEntriesQuery, MailProcessEntriesQueryVariables>;
export const MailProcessInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MailProcessInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailed"}}]}}]}}]} as unknown as DocumentNode<MailProcessInviteMutation, MailProcessInviteMutationVariables>;
export const PolicyMultiProcessEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMultiProcessEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMultiProcessEntriesQuery, PolicyMultiProcessEntriesQueryVariables>;
export const PolicyMultiProcessSectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMultiProcessSectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyMultiProcessSectionSyncQuery, PolicyMultiProcessSectionSyncQueryVariables>;
export const PolicyMultiProcessLogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyMultiProcessLogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<PolicyMultiProcessLogOutMutation, PolicyMultiProcessLogOutMutationVariables>;
export const PolicyRevocationsLogOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRevocationsLogOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"everywhere"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<PolicyRevocationsLogOutEverywhereMutation, PolicyRevocationsLogOutEverywhereMutationVariables>;
export const PolicyRevocationsMarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRevocationsMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<PolicyRevocationsMarkAllReadMutation, PolicyRevocationsMarkAllReadMutationVariables>;
export const PolicyRevocationsCreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRevocationsCreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Soon gone","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRevocationsCreateEntryMutation, PolicyRevocationsCreateEntryMutationVariables>;
export const PolicyRevocationsSectionMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRevocationsSectionMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]} as unknown as DocumentNode<PolicyRevocationsSectionMarkdownQuery, PolicyRevocationsSectionMarkdownQueryVariables>;
export const PolicyRevocationsSectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRevocationsSectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateVector"}}]}}]}}]} as unknown as DocumentNode<PolicyRevocationsSectionSyncQuery, PolicyRevocationsSectionSyncQueryVariables>;
export const PolicyStillAllowedSectionVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyStillAllowedSectionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PolicyStillAllowedSectionVersionQuery, PolicyStillAllowedSectionVersionQueryVariables>;
export const StartLogInLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLogInLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"lead@demo.quorum.test","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"quorum-demo-2026","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StartLogInLeadMutation, StartLogInLeadMutationVariables>;
export const StartCreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"StringValue","value":"Made before the restart","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StartCreateEntryMutation, StartCreateEntryMutationVariables>;
export const StartEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartEntriesQuery, StartEntriesQueryVariables>;
export const SignOffReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSectionContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSectionContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffReplaceMutation, SignOffReplaceMutationVariables>;
export const SignOffRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffRestoreMutation, SignOffRestoreMutationVariables>;
export const SignOffSetSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffSetSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSignOffSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSignOffSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffSetSlotsMutation, SignOffSetSlotsMutationVariables>;
export const SignOffStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"slotKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"diffSinceSigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignOffStatusQuery, SignOffStatusQueryVariables>;
export const SignOffNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignOffNotificationsQuery, SignOffNotificationsQueryVariables>;
export const WorkflowPropertySetSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowPropertySetSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSignOffSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSignOffSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPropertySetSlotsMutation, WorkflowPropertySetSlotsMutationVariables>;
export const WorkflowPropertyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPropertyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPropertyStatusQuery, WorkflowPropertyStatusQueryVariables>;
export const WorkflowRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowRequestReviewMutation, WorkflowRequestReviewMutationVariables>;
export const WorkflowSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowSubmitMutation, WorkflowSubmitMutationVariables>;
export const WorkflowReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowReopenMutation, WorkflowReopenMutationVariables>;
export const WorkflowNotificationKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowNotificationKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowNotificationKindsQuery, WorkflowNotificationKindsQueryVariables>;
export const WorkflowNotificationSignOffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowNotificationSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowNotificationSignOffsQuery, WorkflowNotificationSignOffsQueryVariables>;
export const WorkflowAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowAcceptMutation, WorkflowAcceptMutationVariables>;
export const EvidenceSignOffsNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceSignOffsNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDigest"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diffSinceSigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChangesSinceSigned"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSignOffsNowQuery, EvidenceSignOffsNowQueryVariables>;
export const EvidenceSignSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceSignSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDigest"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSignSeenQuery, EvidenceSignSeenQueryVariables>;
export const EvidenceSignSeenSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvidenceSignSeenSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDigest"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSignSeenSignOffMutation, EvidenceSignSeenSignOffMutationVariables>;
export const LiveEditorSectionRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEditorSectionRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<LiveEditorSectionRelaySubscription, LiveEditorSectionRelaySubscriptionVariables>;
export const LiveEditorSectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveEditorSectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"stateVector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"stateVector"}}]}}]}}]} as unknown as DocumentNode<LiveEditorSectionSyncQuery, LiveEditorSectionSyncQueryVariables>;
export const ReviewSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotKey"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSignOffMutation, ReviewSignOffMutationVariables>;
export const ReviewEntryStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewEntryState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReviewEntryStateQuery, ReviewEntryStateQueryVariables>;
export const ReviewSectionHashesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSectionHashes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSectionHashesQuery, ReviewSectionHashesQueryVariables>;
export const EntryEventsOfEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EntryEventsOfEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<EntryEventsOfEntrySubscription, EntryEventsOfEntrySubscriptionVariables>;
export const WaitingForMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingForMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitingForMeQuery, WaitingForMeQueryVariables>;
export const MyAccountAtOnceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccountAtOnce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MyAccountAtOnceQuery, MyAccountAtOnceQueryVariables>;
export const WaitingOfMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingOfMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitingOfMemberQuery, WaitingOfMemberQueryVariables>;
export const WaitingSectionCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingSectionCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"openThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSuggestionCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitingSectionCountsQuery, WaitingSectionCountsQueryVariables>;
export const AgeSetValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgeSetValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<AgeSetValuesMutation, AgeSetValuesMutationVariables>;
export const AgeFilePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgeFilePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]} as unknown as DocumentNode<AgeFilePreviewMutation, AgeFilePreviewMutationVariables>;
export const AgeFileImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgeFileImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AgeFileImportMutation, AgeFileImportMutationVariables>;
export const AgeAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgeAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageStandardised"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"standardisedRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AgeAnalysisQuery, AgeAnalysisQueryVariables>;
export const SuggestionsOfSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionsOfSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"insertedText"}},{"kind":"Field","name":{"kind":"Name","value":"deletedText"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsOfSectionQuery, SuggestionsOfSectionQueryVariables>;
export const SuggestionsAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsAcceptMutation, SuggestionsAcceptMutationVariables>;
export const SuggestionsRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionsReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsRejectMutation, SuggestionsRejectMutationVariables>;
export const SuggestionsAcceptAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionsAcceptAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsAcceptAllMutation, SuggestionsAcceptAllMutationVariables>;
export const SuggestionsRejectAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionsRejectAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionsRejectAllMutation, SuggestionsRejectAllMutationVariables>;
export const SuggestionsEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SuggestionsEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]} as unknown as DocumentNode<SuggestionsEventsSubscription, SuggestionsEventsSubscriptionVariables>;
export const CriterionLinkPassagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CriterionLinkPassages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"quoteWhenLinked"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriterionLinkPassagesMutation, CriterionLinkPassagesMutationVariables>;
export const CriterionPassagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriterionPassages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"quoteWhenLinked"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriterionPassagesQuery, CriterionPassagesQueryVariables>;
export const FigureSentencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureSentences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FigureSentencesQuery, FigureSentencesQueryVariables>;
export const SectionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricId"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"currentWording"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SectionFiguresQuery, SectionFiguresQueryVariables>;
export const UpdateFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFigureMutation, UpdateFigureMutationVariables>;
export const UnlinkFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkFigureMutation, UnlinkFigureMutationVariables>;