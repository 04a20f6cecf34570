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

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { __typename: 'ServerInfo', mailEnabled: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', requested: boolean, mailEnabled: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { __typename: 'ResetPasswordPayload', passwordReset: boolean } };

export type UnsubscribeMutationVariables = Exact<{
  input: UnsubscribeInput;
}>;


export type UnsubscribeMutation = { unsubscribe: { __typename: 'UnsubscribePayload', kinds: Array<MailKind> } };

export type MailPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailPreferencesQuery = { me: { __typename: 'User', id: string, mailPreferences: Array<{ __typename: 'MailPreferenceItem', kind: MailKind, delivery: MailDelivery }> } | null };

export type SetMailPreferenceMutationVariables = Exact<{
  input: SetMailPreferenceInput;
}>;


export type SetMailPreferenceMutation = { setMailPreference: { __typename: 'SetMailPreferencePayload', mailPreferences: Array<{ __typename: 'MailPreferenceItem', kind: MailKind, delivery: MailDelivery }> } };

export type ActivityHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityHistoryQuery = { entry: { __typename: 'Entry', id: string, activity: { __typename: 'ActivityItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'ActivityItem', id: string, kind: ActivityKind, at: string, summary: string, section: { __typename: 'Section', id: string, title: string } | null }> } } };

export type ActivityLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityLogQuery = { entry: { __typename: 'Entry', id: string, auditLog: { __typename: 'AuditEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'AuditEvent', id: string, seq: number, createdAt: string, summary: string }> } } };

export type EntryActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryActivityQuery = { entry: (
    { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canReadAuditLog: boolean }, members: Array<{ __typename: 'Membership', id: string, role: Role, user: { __typename: 'User', id: string, name: string } }>, sections: Array<{ __typename: 'Section', id: string, title: string }> }
    & { ' $fragmentRefs'?: { 'EntryHeaderFragment': EntryHeaderFragment } }
  ) };

export type EntryEventsSubscriptionVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type EntryEventsSubscription = { entryEvents: { __typename: 'EntryEvent', kind: EntryEventKind, entryId: string, sectionId: string | null, commentId: string | null, threadId: string | null, signOffId: string | null, membershipId: string | null, userId: string | null, actorId: string | null, state: EntryState | null, at: string } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { __typename: 'AuthPayload', user: { __typename: 'User', id: string, name: string, email: string } } };

export type LogOutMutationVariables = Exact<{
  input: LogOutInput;
}>;


export type LogOutMutation = { logOut: { __typename: 'LogOutPayload', loggedOut: boolean } };

export type LoginOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginOptionsQuery = { loginOptions: { __typename: 'LoginOptions', passwordLogin: boolean, singleSignOn: { __typename: 'SingleSignOnOption', label: string, startPath: string, confirmPath: string } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, name: string, email: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename: 'AuthPayload', user: { __typename: 'User', id: string, name: string, email: string } } };

export type CommentBylineFragment = { __typename: 'Comment', createdAt: string, editedAt: string | null, deleted: boolean, author: { __typename: 'User', id: string, name: string } } & { ' $fragmentName'?: 'CommentBylineFragment' };

export type CommentPartsFragment = (
  { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
  & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
) & { ' $fragmentName'?: 'CommentPartsFragment' };

export type CommentThreadFragment = (
  { __typename: 'Comment', sectionId: string, resolved: boolean, resolvedAt: string | null, id: string, body: string, deleted: boolean, resolvedBy: { __typename: 'User', id: string, name: string } | null, anchor: { __typename: 'CommentAnchor', quote: string, currentText: string, changed: boolean, deleted: boolean, from: number | null, start: string, end: string } | null, replies: Array<(
    { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
    & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
  )>, author: { __typename: 'User', id: string, name: string } }
  & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
) & { ' $fragmentName'?: 'CommentThreadFragment' };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { __typename: 'CommentPayload', comment: (
      { __typename: 'Comment' }
      & { ' $fragmentRefs'?: { 'CommentThreadFragment': CommentThreadFragment } }
    ) } };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { deleteComment: { __typename: 'CommentPayload', comment: (
      { __typename: 'Comment' }
      & { ' $fragmentRefs'?: { 'CommentPartsFragment': CommentPartsFragment } }
    ) } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { __typename: 'CommentPayload', comment: (
      { __typename: 'Comment' }
      & { ' $fragmentRefs'?: { 'CommentPartsFragment': CommentPartsFragment } }
    ) } };

export type EntryCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryCommentsQuery = { entry: { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canComment: boolean, canEdit: boolean }, members: Array<{ __typename: 'Membership', id: string, role: Role, user: { __typename: 'User', id: string, name: string } }>, sections: Array<{ __typename: 'Section', id: string, title: string, openThreads: { __typename: 'CommentConnection', totalCount: number, nodes: Array<(
          { __typename: 'Comment', sectionId: string, resolved: boolean, resolvedAt: string | null, id: string, body: string, deleted: boolean, resolvedBy: { __typename: 'User', id: string, name: string } | null, anchor: { __typename: 'CommentAnchor', quote: string, currentText: string, changed: boolean, deleted: boolean, from: number | null, start: string, end: string } | null, replies: Array<(
            { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
            & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
          )>, author: { __typename: 'User', id: string, name: string } }
          & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
        )> }, resolvedThreads: { __typename: 'CommentConnection', totalCount: number, nodes: Array<(
          { __typename: 'Comment', sectionId: string, resolved: boolean, resolvedAt: string | null, id: string, body: string, deleted: boolean, resolvedBy: { __typename: 'User', id: string, name: string } | null, anchor: { __typename: 'CommentAnchor', quote: string, currentText: string, changed: boolean, deleted: boolean, from: number | null, start: string, end: string } | null, replies: Array<(
            { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
            & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
          )>, author: { __typename: 'User', id: string, name: string } }
          & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
        )> } }> } };

export type ReopenCommentMutationVariables = Exact<{
  input: ReopenCommentInput;
}>;


export type ReopenCommentMutation = { reopenComment: { __typename: 'CommentPayload', comment: { __typename: 'Comment', id: string, resolved: boolean, resolvedAt: string | null, resolvedBy: { __typename: 'User', id: string, name: string } | null } } };

export type ReplyToCommentMutationVariables = Exact<{
  input: ReplyToCommentInput;
}>;


export type ReplyToCommentMutation = { replyToComment: { __typename: 'CommentPayload', comment: (
      { __typename: 'Comment' }
      & { ' $fragmentRefs'?: { 'CommentPartsFragment': CommentPartsFragment } }
    ) } };

export type ResolveCommentMutationVariables = Exact<{
  input: ResolveCommentInput;
}>;


export type ResolveCommentMutation = { resolveComment: { __typename: 'CommentPayload', comment: { __typename: 'Comment', id: string, resolved: boolean, resolvedAt: string | null, resolvedBy: { __typename: 'User', id: string, name: string } | null } } };

export type SectionThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  openFirst: Scalars['Int']['input'];
  resolvedFirst: Scalars['Int']['input'];
}>;


export type SectionThreadsQuery = { section: { __typename: 'Section', id: string, openThreads: { __typename: 'CommentConnection', totalCount: number, nodes: Array<(
        { __typename: 'Comment', sectionId: string, resolved: boolean, resolvedAt: string | null, id: string, body: string, deleted: boolean, resolvedBy: { __typename: 'User', id: string, name: string } | null, anchor: { __typename: 'CommentAnchor', quote: string, currentText: string, changed: boolean, deleted: boolean, from: number | null, start: string, end: string } | null, replies: Array<(
          { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
          & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
        )>, author: { __typename: 'User', id: string, name: string } }
        & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
      )> }, resolvedThreads: { __typename: 'CommentConnection', totalCount: number, nodes: Array<(
        { __typename: 'Comment', sectionId: string, resolved: boolean, resolvedAt: string | null, id: string, body: string, deleted: boolean, resolvedBy: { __typename: 'User', id: string, name: string } | null, anchor: { __typename: 'CommentAnchor', quote: string, currentText: string, changed: boolean, deleted: boolean, from: number | null, start: string, end: string } | null, replies: Array<(
          { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }
          & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
        )>, author: { __typename: 'User', id: string, name: string } }
        & { ' $fragmentRefs'?: { 'CommentBylineFragment': CommentBylineFragment } }
      )> } } };

export type CriterionPassagesFragment = { __typename: 'Criterion', id: string, covered: boolean, passages: Array<{ __typename: 'LinkedPassage', id: string, quote: string, lost: boolean, start: string, end: string, section: { __typename: 'Section', id: string } }> } & { ' $fragmentName'?: 'CriterionPassagesFragment' };

export type CriteriaLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CriteriaLinksQuery = { entry: { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canEditEvidence: boolean }, sections: Array<{ __typename: 'Section', id: string, criteria: Array<{ __typename: 'Criterion', id: string, covered: boolean, passages: Array<{ __typename: 'LinkedPassage', id: string, quote: string, lost: boolean, start: string, end: string, section: { __typename: 'Section', id: string } }> }> }> } };

export type LinkCriterionPassagesMutationVariables = Exact<{
  input: LinkCriterionInput;
}>;


export type LinkCriterionPassagesMutation = { linkCriterion: { __typename: 'LinkCriterionPayload', criterion: { __typename: 'Criterion', id: string, covered: boolean, passages: Array<{ __typename: 'LinkedPassage', id: string, quote: string, lost: boolean, start: string, end: string, section: { __typename: 'Section', id: string } }> } } };

export type EntryHeaderFragment = { __typename: 'Entry', id: string, title: string, state: EntryState, viewerRole: Role, template: { __typename: 'Template', id: string, name: string } } & { ' $fragmentName'?: 'EntryHeaderFragment' };

export type CreateEntryMutationVariables = Exact<{
  input: CreateEntryInput;
}>;


export type CreateEntryMutation = { createEntry: { __typename: 'CreateEntryPayload', entry: { __typename: 'Entry', id: string, title: string } } };

export type MyEntriesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyEntriesQuery = { entries: { __typename: 'EntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Entry', id: string, title: string, state: EntryState, viewerRole: Role, closesAt: string | null, sections: Array<{ __typename: 'Section', id: string, title: string, wordLimit: number, wordCount: number, signOffStatus: { __typename: 'SectionSignOffStatus', slots: Array<{ __typename: 'SignOffSlotStatus', key: string, held: boolean }> }, comments: { __typename: 'CommentConnection', totalCount: number } }> }> } };

export type EntryWorkspaceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryWorkspaceQuery = { entry: (
    { __typename: 'Entry', id: string, viewerRole: Role, abilities: { __typename: 'EntryAbilities', canManageTeam: boolean, canEdit: boolean, canSuggest: boolean }, sections: Array<{ __typename: 'Section', id: string, position: number, title: string, guidance: string, wordLimit: number, criteria: Array<{ __typename: 'Criterion', id: string, position: number, text: string }> }> }
    & { ' $fragmentRefs'?: { 'EntryHeaderFragment': EntryHeaderFragment } }
  ) };

export type TemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesQuery = { templates: Array<{ __typename: 'Template', id: string, award: string, name: string, description: string }> };

export type AddTestimonialMutationVariables = Exact<{
  input: AddTestimonialInput;
}>;


export type AddTestimonialMutation = { addTestimonial: { __typename: 'TestimonialPayload', testimonial: { __typename: 'Testimonial', id: string } } };

export type CreateMetricMutationVariables = Exact<{
  input: CreateMetricInput;
}>;


export type CreateMetricMutation = { createMetric: { __typename: 'MetricPayload', metric: { __typename: 'Metric', id: string, name: string } } };

export type DeleteMetricMutationVariables = Exact<{
  input: DeleteMetricInput;
}>;


export type DeleteMetricMutation = { deleteMetric: { __typename: 'DeleteMetricPayload', deletedMetricId: string, entry: { __typename: 'Entry', id: string, metrics: Array<{ __typename: 'Metric', id: string }> } } };

export type DeleteTestimonialMutationVariables = Exact<{
  input: DeleteTestimonialInput;
}>;


export type DeleteTestimonialMutation = { deleteTestimonial: { __typename: 'DeleteTestimonialPayload', deletedTestimonialId: string, entry: { __typename: 'Entry', id: string, testimonials: Array<{ __typename: 'Testimonial', id: string }> } } };

export type EstimateFieldsFragment = { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } & { ' $fragmentName'?: 'EstimateFieldsFragment' };

export type FiguresFieldsFragment = { __typename: 'GroupFigures', period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } & { ' $fragmentName'?: 'FiguresFieldsFragment' };

export type GapFieldsFragment = { __typename: 'GapEstimate', position: GapPosition, difference: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, ratio: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } & { ' $fragmentName'?: 'GapFieldsFragment' };

export type EntryEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryEvidenceQuery = { entry: (
    { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canEditEvidence: boolean, canEditValues: boolean, canAddTestimonials: boolean }, metrics: Array<{ __typename: 'Metric', id: string, name: string, definition: string, kind: MetricKind, direction: MetricDirection, dataSource: string | null, population: string, ratePer: number | null, unit: string | null, referenceCode: string, suppressionThreshold: number, roundToFive: boolean, confidenceLevel: ConfidenceLevel, periods: Array<string>, baselinePeriod: string | null, followUpPeriod: string | null, target: number | null, recalculationPeriods: Array<string>, values: Array<{ __typename: 'MetricValue', period: string, ethnicCode: string, ethnicCategory: string, ageBand: string | null, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: SuppressionMark | null }>, analysis: { __typename: 'MetricAnalysis', hasData: boolean, message: string | null, confidenceLevel: ConfidenceLevel, periodOrder: PeriodOrder, notes: Array<string>, referenceGroup: string, baselinePeriod: string | null, followUpPeriod: string | null, suppressionApplied: boolean, suppressionThreshold: number, sentences: Array<string>, ageStandardised: boolean, methods: Array<{ __typename: 'AnalysisMethod', name: string, usedFor: string, reference: string }>, groups: Array<{ __typename: 'GroupAnalysis', group: string, code: string | null, isReference: boolean, suppressed: boolean, changeVerdict: ChangeVerdict, gapVerdict: GapVerdict | null, narrowedBeyondChance: boolean, baseline: { __typename: 'GroupFigures', period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }, followUp: { __typename: 'GroupFigures', period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }, change: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, gapBefore: { __typename: 'GapEstimate', position: GapPosition, difference: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, ratio: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } | null, gapAfter: { __typename: 'GapEstimate', position: GapPosition, difference: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, ratio: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } } | null, gapChange: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } | null }>, spc: Array<{ __typename: 'SpcChart', group: string, isOverall: boolean, available: boolean, reason: string | null, type: SpcChartType, variation: SpcVariation | null, assurance: SpcAssurance | null, target: number | null, provisional: boolean, signals: Array<string>, median: number | null, runSignals: Array<string>, sentence: string | null, description: string, points: Array<{ __typename: 'SpcPoint', period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, recalculated: boolean, beyondLimits: SpcSide | null, shift: SpcSide | null, trend: SpcSide | null, twoOfThree: SpcSide | null, variation: SpcVariation }> }>, dataQuality: { __typename: 'DataQuality', notStated: Array<{ __typename: 'NotStatedShare', period: string, share: number | null, notStated: number | null, total: number | null, high: boolean, moved: boolean, suppressed: boolean }>, flags: Array<{ __typename: 'DataQualityFlag', kind: DataQualityKind, period: string | null, group: string | null, message: string }> }, standardisedRates: Array<{ __typename: 'StandardisedRate', group: string, code: string | null, isReference: boolean, period: string, events: number | null, population: number | null, ageBands: number, suppressed: boolean, value: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null }, crude: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }>, timeSeries: Array<{ __typename: 'MetricPeriod', period: string, groups: Array<{ __typename: 'PeriodGroup', group: string, code: string | null, isReference: boolean, figures: { __typename: 'GroupFigures', period: string, numerator: number | null, denominator: number | null, mean: number | null, sd: number | null, n: number | null, suppressed: boolean, value: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } }, gapToReference: { __typename: 'Estimate', available: boolean, estimate: number | null, lower: number | null, upper: number | null, reason: string | null } | null }> }> } }>, testimonials: Array<{ __typename: 'Testimonial', id: string, quote: string, source: TestimonialSource, anonymised: boolean, attribution: string | null, citedAs: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, consentRecordedAt: string | null, exportable: boolean, createdAt: string, consentRecordedBy: { __typename: 'User', id: string, name: string } | null }>, readiness: { __typename: 'Readiness', ready: boolean, checksNotRun: Array<string>, uncoveredCriteria: Array<{ __typename: 'Criterion', id: string, text: string }>, sectionsOverWordLimit: Array<{ __typename: 'SectionOverLimit', wordCount: number, wordLimit: number, section: { __typename: 'Section', id: string, title: string } }>, figuresOutOfStep: Array<{ __typename: 'FigureOutOfStep', section: { __typename: 'Section', id: string, title: string }, figure: { __typename: 'SectionFigure', status: FigureStatus, group: string, metric: { __typename: 'Metric', id: string, name: string } | null } }>, missingSignOffs: Array<{ __typename: 'MissingSignOff', slotKey: string, label: string, section: { __typename: 'Section', id: string, title: string } }>, missingQuantitativeEvidence: Array<{ __typename: 'MissingEvidence', message: string, metric: { __typename: 'Metric', id: string, name: string } | null }>, dataQualityWarnings: Array<{ __typename: 'MissingEvidence', message: string, metric: { __typename: 'Metric', id: string, name: string } | null }> } }
    & { ' $fragmentRefs'?: { 'EntryHeaderFragment': EntryHeaderFragment } }
  ), ethnicCategories: Array<{ __typename: 'EthnicCategory', code: string, label: string, onsGroup: string }> };

export type PreviewValuesFileMutationVariables = Exact<{
  input: PreviewValuesFileInput;
}>;


export type PreviewValuesFileMutation = { previewValuesFile: { __typename: 'ValuesFilePreviewPayload', format: ValuesFileFormat, headerRow: number, headers: Array<string>, rowCount: number, sampleRows: Array<Array<string>>, suggestedMapping: { __typename: 'ValuesColumnMapping', period: string | null, ethnicity: string | null, numerator: string | null, denominator: string | null, mean: string | null, sd: string | null, n: string | null } } };

export type ImportValuesFileMutationVariables = Exact<{
  input: ImportValuesFileInput;
}>;


export type ImportValuesFileMutation = { importValuesFile: { __typename: 'ValuesFileImportPayload', written: number, skipped: Array<{ __typename: 'ValuesFileRowNote', row: number, column: string, reason: string }>, metric: { __typename: 'Metric', id: string } } };

export type ImportMetricValuesMutationVariables = Exact<{
  input: ImportMetricValuesInput;
}>;


export type ImportMetricValuesMutation = { importMetricValues: { __typename: 'MetricValuesPayload', written: number, metric: { __typename: 'Metric', id: string } } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { __typename: 'TestimonialPayload', testimonial: { __typename: 'Testimonial', id: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, exportable: boolean } } };

export type SpcChartFieldsFragment = { __typename: 'SpcChart', group: string, isOverall: boolean, available: boolean, reason: string | null, type: SpcChartType, variation: SpcVariation | null, assurance: SpcAssurance | null, target: number | null, provisional: boolean, signals: Array<string>, median: number | null, runSignals: Array<string>, sentence: string | null, description: string, points: Array<{ __typename: 'SpcPoint', period: string, value: number, mean: number, upperLimit: number, lowerLimit: number, recalculated: boolean, beyondLimits: SpcSide | null, shift: SpcSide | null, trend: SpcSide | null, twoOfThree: SpcSide | null, variation: SpcVariation }> } & { ' $fragmentName'?: 'SpcChartFieldsFragment' };

export type DataQualityFieldsFragment = { __typename: 'DataQuality', notStated: Array<{ __typename: 'NotStatedShare', period: string, share: number | null, notStated: number | null, total: number | null, high: boolean, moved: boolean, suppressed: boolean }>, flags: Array<{ __typename: 'DataQualityFlag', kind: DataQualityKind, period: string | null, group: string | null, message: string }> } & { ' $fragmentName'?: 'DataQualityFieldsFragment' };

export type TestimonialFieldsFragment = { __typename: 'Testimonial', id: string, quote: string, source: TestimonialSource, anonymised: boolean, attribution: string | null, citedAs: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, consentRecordedAt: string | null, exportable: boolean, createdAt: string, consentRecordedBy: { __typename: 'User', id: string, name: string } | null } & { ' $fragmentName'?: 'TestimonialFieldsFragment' };

export type UpdateMetricMutationVariables = Exact<{
  input: UpdateMetricInput;
}>;


export type UpdateMetricMutation = { updateMetric: { __typename: 'MetricPayload', metric: { __typename: 'Metric', id: string, name: string } } };

export type UpdateTestimonialMutationVariables = Exact<{
  input: UpdateTestimonialInput;
}>;


export type UpdateTestimonialMutation = { updateTestimonial: { __typename: 'UpdateTestimonialPayload', consentReset: boolean, testimonial: { __typename: 'Testimonial', id: string, quote: string, source: TestimonialSource, anonymised: boolean, attribution: string | null, citedAs: string, consentStatus: ConsentStatus, consentDate: string | null, consentNote: string | null, consentRecordedAt: string | null, exportable: boolean, createdAt: string, consentRecordedBy: { __typename: 'User', id: string, name: string } | null } } };

export type SetMetricValuesMutationVariables = Exact<{
  input: SetMetricValuesInput;
}>;


export type SetMetricValuesMutation = { setMetricValues: { __typename: 'MetricValuesPayload', written: number, metric: { __typename: 'Metric', id: string } } };

export type ExportEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExportEntryQuery = { entry: (
    { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canExport: boolean } }
    & { ' $fragmentRefs'?: { 'EntryHeaderFragment': EntryHeaderFragment } }
  ) };

export type FigureSentencesQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type FigureSentencesQuery = { entry: { __typename: 'Entry', id: string, metrics: Array<{ __typename: 'Metric', id: string, name: string, analysis: { __typename: 'MetricAnalysis', groups: Array<{ __typename: 'GroupAnalysis', group: string, changeSentence: string | null, gapSentence: string | null }> } }> } };

export type SectionFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectionFiguresQuery = { section: { __typename: 'Section', id: string, figures: Array<{ __typename: 'SectionFigure', metricId: string, level: GroupLevel, group: string, kind: FigureKind, text: string, currentWording: string | null, status: FigureStatus, metric: { __typename: 'Metric', id: string, name: string } | null }> } };

export type UpdateFigureMutationVariables = Exact<{
  input: FigureInput;
}>;


export type UpdateFigureMutation = { updateFigure: { __typename: 'FigurePayload', section: { __typename: 'Section', id: string } } };

export type UnlinkFigureMutationVariables = Exact<{
  input: FigureInput;
}>;


export type UnlinkFigureMutation = { unlinkFigure: { __typename: 'FigurePayload', section: { __typename: 'Section', id: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'AcceptInvitationPayload', entry: { __typename: 'Entry', id: string, title: string }, membership: { __typename: 'Membership', id: string, role: Role } } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitation: { __typename: 'InvitationPreview', email: string, entryTitle: string, role: Role, invitedByName: string, expiresAt: string } };

export type ApplySectionUpdateMutationVariables = Exact<{
  input: ApplySectionUpdateInput;
}>;


export type ApplySectionUpdateMutation = { applySectionUpdate: { __typename: 'ApplySectionUpdatePayload', version: number } };

export type EntryPresenceQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type EntryPresenceQuery = { entry: { __typename: 'Entry', id: string, presence: Array<{ __typename: 'Presence', clientId: string, userId: string, userName: string, sectionId: string | null, awareness: string, left: boolean }> } };

export type PresenceUpdatedSubscriptionVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type PresenceUpdatedSubscription = { presenceUpdated: { __typename: 'Presence', clientId: string, userId: string, userName: string, sectionId: string | null, awareness: string, left: boolean } };

export type SectionSyncQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  stateVector?: InputMaybe<Scalars['String']['input']>;
}>;


export type SectionSyncQuery = { sectionSync: { __typename: 'SectionSync', update: string, stateVector: string, version: number }, section: { __typename: 'Section', id: string, contentBytesLimit: number } };

export type SectionRelaySubscriptionVariables = Exact<{
  sectionId: Scalars['ID']['input'];
}>;


export type SectionRelaySubscription = { sectionRelay: { __typename: 'SectionRelayEvent', kind: SectionRelayKind, update: string | null, clientId: string | null } };

export type UpdatePresenceMutationVariables = Exact<{
  input: UpdatePresenceInput;
}>;


export type UpdatePresenceMutation = { updatePresence: { __typename: 'UpdatePresencePayload', presence: { __typename: 'Presence', clientId: string } } };

export type NotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationCountQuery = { me: { __typename: 'User', id: string, unreadNotificationCount: number } | null };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { me: { __typename: 'User', id: string, unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', nodes: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, message: string, createdAt: string, read: boolean, entryId: string, sectionId: string | null, commentId: string | null, signOffId: string | null }> } } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', marked: number, unreadCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { __typename: 'Notification', id: string, message: string } };

export type EntryClosingDateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryClosingDateQuery = { entry: { __typename: 'Entry', id: string, closesAt: string | null, abilities: { __typename: 'EntryAbilities', canSetClosingDate: boolean } } };

export type SetEntryClosingDateMutationVariables = Exact<{
  input: SetEntryClosingDateInput;
}>;


export type SetEntryClosingDateMutation = { setEntryClosingDate: { __typename: 'SetEntryClosingDatePayload', entry: { __typename: 'Entry', id: string, closesAt: string | null } } };

export type RestoreSectionRevisionMutationVariables = Exact<{
  input: RestoreSectionRevisionInput;
}>;


export type RestoreSectionRevisionMutation = { restoreSectionRevision: { __typename: 'SectionPayload', section: { __typename: 'Section', id: string, version: number } } };

export type SectionRevisionsQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type SectionRevisionsQuery = { entry: { __typename: 'Entry', id: string, sections: Array<{ __typename: 'Section', id: string, revisions: { __typename: 'SectionRevisionConnection', totalCount: number, nodes: Array<{ __typename: 'SectionRevision', id: string, name: string | null, createdAt: string, reason: string, version: number, wordCount: number, markdown: string, authors: Array<{ __typename: 'User', id: string, name: string }> }> } }> } };

export type NameSectionRevisionMutationVariables = Exact<{
  input: NameSectionRevisionInput;
}>;


export type NameSectionRevisionMutation = { nameSectionRevision: { __typename: 'NameSectionRevisionPayload', revision: { __typename: 'SectionRevision', id: string, name: string | null } } };

export type SectionDiffQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SectionDiffQuery = { section: { __typename: 'Section', id: string, diff: Array<{ __typename: 'RevisionDiffPart', op: DiffOp, text: string, authors: Array<{ __typename: 'User', id: string, name: string }> }> } };

export type SignOffConfirmationQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffConfirmationQuery = { me: { __typename: 'User', id: string, signOffConfirmation: SignOffConfirmation } | null, loginOptions: { __typename: 'LoginOptions', singleSignOn: { __typename: 'SingleSignOnOption', label: string, confirmPath: string } | null } };

export type EntryWorkflowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryWorkflowQuery = { entry: { __typename: 'Entry', id: string, state: EntryState, abilities: { __typename: 'EntryAbilities', canMoveWorkflow: boolean }, sections: Array<{ __typename: 'Section', id: string, title: string, signOffSlots: Array<{ __typename: 'SignOffSlot', key: string, label: string, roles: Array<Role> }> }> } };

export type ReopenEntryMutationVariables = Exact<{
  input: ReopenEntryInput;
}>;


export type ReopenEntryMutation = { reopenEntry: { __typename: 'EntryWorkflowPayload', entry: { __typename: 'Entry', id: string, state: EntryState } } };

export type RequestReviewMutationVariables = Exact<{
  input: RequestReviewInput;
}>;


export type RequestReviewMutation = { requestReview: { __typename: 'EntryWorkflowPayload', entry: { __typename: 'Entry', id: string, state: EntryState } } };

export type SignOffSectionMutationVariables = Exact<{
  input: SignOffSectionInput;
}>;


export type SignOffSectionMutation = { signOffSection: { __typename: 'SignOffSectionPayload', signOff: { __typename: 'SignOff', id: string, meaning: SignOffMeaning }, entry: { __typename: 'Entry', id: string, state: EntryState } } };

export type SignOffStatusQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type SignOffStatusQuery = { entry: { __typename: 'Entry', id: string, state: EntryState, viewerRole: Role, abilities: { __typename: 'EntryAbilities', canSignOff: boolean }, sections: Array<{ __typename: 'Section', id: string, title: string, contentHash: string, evidenceDigest: string, signOffStatus: { __typename: 'SectionSignOffStatus', approved: boolean, slots: Array<{ __typename: 'SignOffSlotStatus', key: string, label: string, roles: Array<Role>, held: boolean, heldBy: (
            { __typename: 'SignOff', id: string, meaning: SignOffMeaning, signer: { __typename: 'User', id: string, name: string } }
            & { ' $fragmentRefs'?: { 'SignOffBylineFragment': SignOffBylineFragment } }
          ) | null }>, openChangeRequests: Array<(
          { __typename: 'SignOff', id: string, meaning: SignOffMeaning, signer: { __typename: 'User', id: string, name: string } }
          & { ' $fragmentRefs'?: { 'SignOffBylineFragment': SignOffBylineFragment } }
        )>, staleSignOffs: Array<(
          { __typename: 'SignOff', id: string, diffSinceSigned: Array<{ __typename: 'TextDiffPart', op: DiffOp, text: string }> }
          & { ' $fragmentRefs'?: { 'SignOffBylineFragment': SignOffBylineFragment } }
        )> } }> } };

export type SubmitEntryMutationVariables = Exact<{
  input: SubmitEntryInput;
}>;


export type SubmitEntryMutation = { submitEntry: { __typename: 'EntryWorkflowPayload', entry: { __typename: 'Entry', id: string, state: EntryState } } };

export type SignOffBylineFragment = { __typename: 'SignOff', meaning: SignOffMeaning, note: string, role: Role, slotLabel: string, createdAt: string, signer: { __typename: 'User', id: string, name: string } } & { ' $fragmentName'?: 'SignOffBylineFragment' };

export type SignOffFieldsFragment = { __typename: 'SignOff', id: string, meaning: SignOffMeaning, signer: { __typename: 'User', id: string, name: string } } & { ' $fragmentName'?: 'SignOffFieldsFragment' };

export type SubmitReadinessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitReadinessQuery = { entry: { __typename: 'Entry', id: string, state: EntryState, sections: Array<{ __typename: 'Section', id: string, criteria: Array<{ __typename: 'Criterion', id: string }> }>, readiness: { __typename: 'Readiness', ready: boolean, checksNotRun: Array<string>, missingSignOffs: Array<{ __typename: 'MissingSignOff', slotKey: string, label: string, section: { __typename: 'Section', id: string, title: string } }>, sectionsOverWordLimit: Array<{ __typename: 'SectionOverLimit', wordCount: number, wordLimit: number, section: { __typename: 'Section', id: string, title: string } }>, figuresOutOfStep: Array<{ __typename: 'FigureOutOfStep', section: { __typename: 'Section', id: string, title: string }, figure: { __typename: 'SectionFigure', status: FigureStatus, text: string, group: string, metric: { __typename: 'Metric', id: string, name: string } | null } }>, uncoveredCriteria: Array<{ __typename: 'Criterion', id: string, text: string }>, missingQuantitativeEvidence: Array<{ __typename: 'MissingEvidence', message: string, metric: { __typename: 'Metric', id: string, name: string } | null }> } } };

export type SectionApprovalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SectionApprovalsQuery = { section: { __typename: 'Section', id: string, signOffStatus: { __typename: 'SectionSignOffStatus', slots: Array<{ __typename: 'SignOffSlotStatus', key: string, label: string, heldBy: { __typename: 'SignOff', id: string, meaning: SignOffMeaning, current: boolean, role: Role, signer: { __typename: 'User', id: string, name: string } } | null }> } } };

export type SuggestionPeopleQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type SuggestionPeopleQuery = { entry: { __typename: 'Entry', id: string, abilities: { __typename: 'EntryAbilities', canEdit: boolean, canSuggest: boolean, canComment: boolean }, members: Array<{ __typename: 'Membership', id: string, role: Role, user: { __typename: 'User', id: string, name: string } }> } };

export type SectionSuggestionsQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
}>;


export type SectionSuggestionsQuery = { section: { __typename: 'Section', id: string, suggestions: { __typename: 'SuggestionConnection', totalCount: number, nodes: Array<{ __typename: 'Suggestion', id: string, kind: SuggestionKind, text: string, insertedText: string, deletedText: string, createdAt: string | null, role: Role | null, author: { __typename: 'User', id: string, name: string } | null, thread: { __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string }, replies: Array<{ __typename: 'Comment', id: string, body: string, deleted: boolean, author: { __typename: 'User', id: string, name: string } }> } | null }> } } };

export type AcceptSuggestionMutationVariables = Exact<{
  input: ResolveSuggestionInput;
}>;


export type AcceptSuggestionMutation = { acceptSuggestion: { __typename: 'ResolveSuggestionsPayload', suggestionIds: Array<string>, section: { __typename: 'Section', id: string } } };

export type RejectSuggestionMutationVariables = Exact<{
  input: ResolveSuggestionInput;
}>;


export type RejectSuggestionMutation = { rejectSuggestion: { __typename: 'ResolveSuggestionsPayload', suggestionIds: Array<string>, section: { __typename: 'Section', id: string } } };

export type AcceptSuggestionsMutationVariables = Exact<{
  input: ResolveSuggestionsInput;
}>;


export type AcceptSuggestionsMutation = { acceptSuggestions: { __typename: 'ResolveSuggestionsPayload', suggestionIds: Array<string>, section: { __typename: 'Section', id: string } } };

export type RejectSuggestionsMutationVariables = Exact<{
  input: ResolveSuggestionsInput;
}>;


export type RejectSuggestionsMutation = { rejectSuggestions: { __typename: 'ResolveSuggestionsPayload', suggestionIds: Array<string>, section: { __typename: 'Section', id: string } } };

export type MemberRowFragment = { __typename: 'Membership', id: string, role: Role, user: { __typename: 'User', id: string, name: string, email: string } } & { ' $fragmentName'?: 'MemberRowFragment' };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { __typename: 'ChangeMemberRolePayload', membership: { __typename: 'Membership', id: string, role: Role } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { __typename: 'InviteMemberPayload', inviteUrl: string, invitation: { __typename: 'Invitation', id: string, email: string, role: Role, expiresAt: string } } };

export type PendingInvitationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PendingInvitationsQuery = { entry: { __typename: 'Entry', id: string, pendingInvitations: Array<{ __typename: 'Invitation', id: string, email: string, role: Role, expiresAt: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { __typename: 'RemoveMemberPayload', removedMembershipId: string, entry: { __typename: 'Entry', id: string, members: Array<{ __typename: 'Membership', id: string }> } | null } };

export type EntryTeamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryTeamQuery = { me: { __typename: 'User', id: string } | null, entry: (
    { __typename: 'Entry', id: string, title: string, abilities: { __typename: 'EntryAbilities', canManageTeam: boolean }, members: Array<(
      { __typename: 'Membership', id: string }
      & { ' $fragmentRefs'?: { 'MemberRowFragment': MemberRowFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'EntryHeaderFragment': EntryHeaderFragment } }
  ) };

export type WithdrawInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;


export type WithdrawInvitationMutation = { withdrawInvitation: { __typename: 'WithdrawInvitationPayload', invitation: { __typename: 'Invitation', id: string } } };

export type ResendInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;


export type ResendInvitationMutation = { resendInvitation: { __typename: 'InviteMemberPayload', inviteUrl: string, emailed: boolean, invitation: { __typename: 'Invitation', id: string, email: string, expiresAt: string } } };

export type WaitingForMeQueryVariables = Exact<{
  entryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WaitingForMeQuery = { me: { __typename: 'User', id: string, waitingForMe: { __typename: 'WaitingItemConnection', totalCount: number, nodes: Array<{ __typename: 'WaitingItem', id: string, kind: WaitingKind, message: string, path: string, createdAt: string, entry: { __typename: 'Entry', id: string, title: string } }> } } | null };

export type SectionProgressQueryVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type SectionProgressQuery = { entry: { __typename: 'Entry', id: string, sections: Array<{ __typename: 'Section', id: string, wordCount: number, wordLimit: number, openThreadCount: number, pendingSuggestionCount: number, signOffStatus: { __typename: 'SectionSignOffStatus', slots: Array<{ __typename: 'SignOffSlotStatus', key: string, held: boolean }> } }> } };

export const CommentBylineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentBylineFragment, unknown>;
export const CommentPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentPartsFragment, unknown>;
export const CommentThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}}]} as unknown as DocumentNode<CommentThreadFragment, unknown>;
export const CriterionPassagesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionPassages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CriterionPassagesFragment, unknown>;
export const EntryHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntryHeaderFragment, unknown>;
export const EstimateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EstimateFieldsFragment, unknown>;
export const FiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<FiguresFieldsFragment, unknown>;
export const GapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<GapFieldsFragment, unknown>;
export const SpcChartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpcChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpcChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isOverall"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"runSignals"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"recalculated"}},{"kind":"Field","name":{"kind":"Name","value":"beyondLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThree"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}}]} as unknown as DocumentNode<SpcChartFieldsFragment, unknown>;
export const DataQualityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataQualityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataQuality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"notStated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataQualityFieldsFragment, unknown>;
export const TestimonialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestimonialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Testimonial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TestimonialFieldsFragment, unknown>;
export const SignOffBylineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOffBylineFragment, unknown>;
export const SignOffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOffFieldsFragment, unknown>;
export const MemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MemberRowFragment, unknown>;
export const ServerInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}}]}}]}}]} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordReset"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const MailPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<MailPreferencesQuery, MailPreferencesQueryVariables>;
export const SetMailPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMailPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]} as unknown as DocumentNode<SetMailPreferenceMutation, SetMailPreferenceMutationVariables>;
export const ActivityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityHistoryQuery, ActivityHistoryQueryVariables>;
export const ActivityLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityLogQuery, ActivityLogQueryVariables>;
export const EntryActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHeader"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canReadAuditLog"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntryActivityQuery, EntryActivityQueryVariables>;
export const EntryEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EntryEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<EntryEventsSubscription, EntryEventsSubscriptionVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const LoginOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLogin"}},{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startPath"}},{"kind":"Field","name":{"kind":"Name","value":"confirmPath"}}]}}]}}]}}]} as unknown as DocumentNode<LoginOptionsQuery, LoginOptionsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const EntryCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"openThreads"},"name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"resolvedThreads"},"name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"RESOLVED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<EntryCommentsQuery, EntryCommentsQueryVariables>;
export const ReopenCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReopenCommentMutation, ReopenCommentMutationVariables>;
export const ReplyToCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}}]} as unknown as DocumentNode<ReplyToCommentMutation, ReplyToCommentMutationVariables>;
export const ResolveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const SectionThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolvedFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"openThreads"},"name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"resolvedThreads"},"name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"RESOLVED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolvedFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentByline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentParts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]} as unknown as DocumentNode<SectionThreadsQuery, SectionThreadsQueryVariables>;
export const CriteriaLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditEvidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionPassages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionPassages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaLinksQuery, CriteriaLinksQueryVariables>;
export const LinkCriterionPassagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkCriterionPassages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionPassages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionPassages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkCriterionPassagesMutation, LinkCriterionPassagesMutationVariables>;
export const CreateEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEntryMutation, CreateEntryMutationVariables>;
export const MyEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEntriesQuery, MyEntriesQueryVariables>;
export const EntryWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHeader"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canManageTeam"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSuggest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntryWorkspaceQuery, EntryWorkspaceQueryVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"award"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const AddTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddTestimonialMutation, AddTestimonialMutationVariables>;
export const CreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMetricMutation, CreateMetricMutationVariables>;
export const DeleteMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMetricMutation, DeleteMetricMutationVariables>;
export const DeleteTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestimonialId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTestimonialMutation, DeleteTestimonialMutationVariables>;
export const EntryEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHeader"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"canEditValues"}},{"kind":"Field","name":{"kind":"Name","value":"canAddTestimonials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"roundToFive"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCode"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCategory"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"recalculationPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"confidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"periodOrder"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usedFor"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"referenceGroup"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionApplied"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FiguresFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FiguresFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"changeVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gapChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gapVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"narrowedBeyondChance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpcChartFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataQualityFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"ageStandardised"}},{"kind":"Field","name":{"kind":"Name","value":"standardisedRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"ageBands"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"crude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isReference"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FiguresFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gapToReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestimonialFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"checksNotRun"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionsOverWordLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figuresOutOfStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingQuantitativeEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQualityWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ethnicCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"onsGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpcChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpcChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"isOverall"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"runSignals"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"recalculated"}},{"kind":"Field","name":{"kind":"Name","value":"beyondLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThree"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataQualityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataQuality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notStated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"notStated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestimonialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Testimonial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EntryEvidenceQuery, EntryEvidenceQueryVariables>;
export const PreviewValuesFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewValuesFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRows"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewValuesFileMutation, PreviewValuesFileMutationVariables>;
export const ImportValuesFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportValuesFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportValuesFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importValuesFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImportValuesFileMutation, ImportValuesFileMutationVariables>;
export const ImportMetricValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMetricValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMetricValuesMutation, ImportMetricValuesMutationVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const UpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMetricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMetricMutation, UpdateMetricMutationVariables>;
export const UpdateTestimonialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTestimonial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTestimonialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTestimonial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentReset"}},{"kind":"Field","name":{"kind":"Name","value":"testimonial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestimonialFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestimonialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Testimonial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"citedAs"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateTestimonialMutation, UpdateTestimonialMutationVariables>;
export const SetMetricValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMetricValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricValuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetMetricValuesMutation, SetMetricValuesMutationVariables>;
export const ExportEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHeader"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canExport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportEntryQuery, ExportEntryQueryVariables>;
export const FigureSentencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureSentences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"changeSentence"}},{"kind":"Field","name":{"kind":"Name","value":"gapSentence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FigureSentencesQuery, FigureSentencesQueryVariables>;
export const SectionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricId"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"currentWording"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SectionFiguresQuery, SectionFiguresQueryVariables>;
export const UpdateFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFigureMutation, UpdateFigureMutationVariables>;
export const UnlinkFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkFigureMutation, UnlinkFigureMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"entryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const ApplySectionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplySectionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApplySectionUpdateMutation, ApplySectionUpdateMutationVariables>;
export const EntryPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"awareness"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}}]}}]}}]} as unknown as DocumentNode<EntryPresenceQuery, EntryPresenceQueryVariables>;
export const PresenceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresenceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"awareness"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}}]}}]} as unknown as DocumentNode<PresenceUpdatedSubscription, PresenceUpdatedSubscriptionVariables>;
export const SectionSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stateVector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stateVector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stateVector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"stateVector"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentBytesLimit"}}]}}]}}]} as unknown as DocumentNode<SectionSyncQuery, SectionSyncQueryVariables>;
export const SectionRelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SectionRelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionRelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<SectionRelaySubscription, SectionRelaySubscriptionVariables>;
export const UpdatePresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePresenceMutation, UpdatePresenceMutationVariables>;
export const NotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<NotificationCountQuery, NotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"signOffId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const EntryClosingDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryClosingDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSetClosingDate"}}]}}]}}]}}]} as unknown as DocumentNode<EntryClosingDateQuery, EntryClosingDateQueryVariables>;
export const SetEntryClosingDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEntryClosingDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryClosingDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryClosingDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetEntryClosingDateMutation, SetEntryClosingDateMutationVariables>;
export const RestoreSectionRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreSectionRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreSectionRevisionMutation, RestoreSectionRevisionMutationVariables>;
export const SectionRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionRevisionsQuery, SectionRevisionsQueryVariables>;
export const NameSectionRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NameSectionRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NameSectionRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameSectionRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NameSectionRevisionMutation, NameSectionRevisionMutationVariables>;
export const SectionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionDiffQuery, SectionDiffQueryVariables>;
export const SignOffConfirmationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOffConfirmation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loginOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confirmPath"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffConfirmationQuery, SignOffConfirmationQueryVariables>;
export const EntryWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canMoveWorkflow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signOffSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntryWorkflowQuery, EntryWorkflowQueryVariables>;
export const ReopenEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenEntryMutation, ReopenEntryMutationVariables>;
export const RequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<RequestReviewMutation, RequestReviewMutationVariables>;
export const SignOffSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffSectionMutation, SignOffSectionMutationVariables>;
export const SignOffStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSignOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDigest"}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffByline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffByline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignOffByline"}},{"kind":"Field","name":{"kind":"Name","value":"diffSinceSigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignOffByline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignOff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"slotLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOffStatusQuery, SignOffStatusQueryVariables>;
export const SubmitEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitEntryMutation, SubmitEntryMutationVariables>;
export const SubmitReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmitReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"checksNotRun"}},{"kind":"Field","name":{"kind":"Name","value":"missingSignOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotKey"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionsOverWordLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figuresOutOfStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingQuantitativeEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitReadinessQuery, SubmitReadinessQueryVariables>;
export const SectionApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionApprovalsQuery, SectionApprovalsQueryVariables>;
export const SuggestionPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSuggest"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionPeopleQuery, SuggestionPeopleQueryVariables>;
export const SectionSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"insertedText"}},{"kind":"Field","name":{"kind":"Name","value":"deletedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionSuggestionsQuery, SectionSuggestionsQueryVariables>;
export const AcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const RejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const AcceptSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionsMutation, AcceptSuggestionsMutationVariables>;
export const RejectSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionIds"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RejectSuggestionsMutation, RejectSuggestionsMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const EntryTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHeader"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canManageTeam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<EntryTeamQuery, EntryTeamQueryVariables>;
export const WithdrawInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawInvitationMutation, WithdrawInvitationMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const WaitingForMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingForMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitingForMeQuery, WaitingForMeQueryVariables>;
export const SectionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"openThreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSuggestionCount"}},{"kind":"Field","name":{"kind":"Name","value":"signOffStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionProgressQuery, SectionProgressQueryVariables>;