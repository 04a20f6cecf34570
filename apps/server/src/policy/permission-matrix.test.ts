import { ENTRY_ACTION_RULES, ENTRY_ACTIONS, ROLES, roleCan, WRITE_ACTIONS, type EntryAction, type Role } from '@quorum/domain';
import type { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quorumSchema } from '../schema.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApiClient, codeOf, type GraphQLResponse } from '../test-support/api-client.js';
import { addMetric, addTestimonialRow, sharedEvidence } from '../test-support/evidence-factories.js';
import { addMember, createTeam, type Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import type { TokenScope } from '../test-support/gql/graphql.js';
import { commentRow, sectionNow } from '../test-support/review.js';
import { SIGN_OFF } from '../test-support/operations.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server.js';
import { Comment } from '../comments/comment.entity.js';
import { EntryState } from '../common/enums.js';
import { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';
import { Access, type AccessLevel } from './access.js';

/**
 * The permission matrix, generated: every operation x every caller (anonymous, each role,
 * a non-member, a read-only and a read-write token), with the expected outcome computed from
 * the policy table (@quorum/domain) and each operation's declared access level, never written
 * out by hand.
 */
// serverInfo says whether mail is sent; a reset and an unsubscribe link work without signing in (mail/).
const PUBLIC_OPERATIONS = ['me', 'signUp', 'logIn', 'invitation', 'loginOptions', 'serverInfo', 'requestPasswordReset', 'resetPassword', 'unsubscribe'];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Caller = 'anonymous' | Role | 'outsider' | 'READ token' | 'READ_WRITE token';
const CALLERS: Caller[] = ['anonymous', ...ROLES, 'outsider', 'READ token', 'READ_WRITE token'];

interface Operation {
  /** Root field, or Type.field for a field with its own check. */
  name: string;
  /** The entry-level action the policy checks, if any. */
  action?: EntryAction;
  /** The result when the caller may do it: most succeed; some are run on unknown ids. */
  allowed?: 'OK' | 'NOT_FOUND' | 'CONFLICT';
  run(client: ApiClient, team: Team): Promise<GraphQLResponse>;
}

let n = 0;
const OPERATIONS: Operation[] = [
  {
    name: 'templates',
    run: (c) =>
      c.request(
        graphql(`
          query PolicyMatrixTemplates {
            templates {
              id
            }
          }
        `),
      ),
  },
  {
    name: 'entries',
    run: (c) =>
      c.request(
        graphql(`
          query PolicyMatrixEntries {
            entries {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: 'createEntry',
    run: async (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixCreateEntry($t: ID!) {
            createEntry(input: { templateId: $t, title: "M" }) {
              entry {
                id
              }
            }
          }
        `),
        { t: templateId },
      ),
  },
  {
    name: 'createApiToken',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixCreateApiToken {
            createApiToken(input: { name: "x", scope: READ }) {
              secret
            }
          }
        `),
      ),
  },
  {
    name: 'revokeApiToken',
    allowed: 'NOT_FOUND',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixRevokeApiToken($id: ID!) {
            revokeApiToken(input: { tokenId: $id }) {
              token {
                id
              }
            }
          }
        `),
        { id: UNKNOWN_ID },
      ),
  },
  {
    name: 'acceptInvitation',
    allowed: 'NOT_FOUND',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixAcceptInvitation {
            acceptInvitation(input: { token: "unknown" }) {
              entry {
                id
              }
            }
          }
        `),
      ),
  },
  {
    name: 'entry',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixEntry($id: ID!) {
            entry(id: $id) {
              id
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  {
    name: 'Entry.pendingInvitations',
    action: 'team.manage',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixEntryPendingInvitations($id: ID!) {
            entry(id: $id) {
              pendingInvitations {
                id
              }
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  {
    name: 'inviteMember',
    action: 'team.manage',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixInviteMember($i: InviteMemberInput!) {
            inviteMember(input: $i) {
              token
            }
          }
        `),
        { i: { entryId: t.entryId, email: `m${++n}@example.nhs.uk`, role: 'NURSE' } },
      ),
  },
  ...(['withdrawInvitation', 'resendInvitation'] as const).map((name): Operation => ({
    name,
    action: 'team.manage',
    // On a pending invitation the lead has just sent.
    run: async (c, t) => {
      const invitationId = (
        await t.members.LEAD.client.ok(
          graphql(`
            mutation PolicyMatrixInviteToChange($i: InviteMemberInput!) {
              inviteMember(input: $i) {
                invitation {
                  id
                }
              }
            }
          `),
          { i: { entryId: t.entryId, email: `m${++n}@example.nhs.uk`, role: 'NURSE' } },
        )
      ).inviteMember.invitation.id;
      return name === 'withdrawInvitation'
        ? c.request(
            graphql(`
              mutation PolicyMatrixWithdrawInvitation($i: InvitationIdInput!) {
                withdrawInvitation(input: $i) {
                  invitation {
                    id
                  }
                }
              }
            `),
            { i: { invitationId } },
          )
        : c.request(
            graphql(`
              mutation PolicyMatrixResendInvitation($i: InvitationIdInput!) {
                resendInvitation(input: $i) {
                  token
                }
              }
            `),
            { i: { invitationId } },
          );
    },
  })),
  {
    name: 'changeMemberRole',
    action: 'team.manage',
    run: async (c, t) => {
      const target = await addMember(server, t.entryId, 'OBSERVER');
      return c.request(
        graphql(`
          mutation PolicyMatrixChangeMemberRole($i: ChangeMemberRoleInput!) {
            changeMemberRole(input: $i) {
              membership {
                role
              }
            }
          }
        `),
        { i: { membershipId: target.membershipId, role: 'ANALYST' } },
      );
    },
  },
  {
    name: 'removeMember',
    action: 'team.manage',
    run: async (c, t) => {
      const target = await addMember(server, t.entryId, 'OBSERVER');
      return c.request(
        graphql(`
          mutation PolicyMatrixRemoveMember($i: RemoveMemberInput!) {
            removeMember(input: $i) {
              removedMembershipId
            }
          }
        `),
        { i: { membershipId: target.membershipId } },
      );
    },
  },
  {
    name: 'section',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixSection($id: ID!) {
            section(id: $id) {
              id
              title
            }
          }
        `),
        { id: t.sectionIds[0] },
      ),
  },
  {
    name: 'sectionSync',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixSectionSync($s: ID!) {
            sectionSync(sectionId: $s) {
              version
            }
          }
        `),
        { s: t.sectionIds[0] },
      ),
  },
  {
    // Whoever may suggest may send updates (an update that changes nothing: what one who may
    // only suggest may send is checked in live/suggestions.test.ts).
    name: 'applySectionUpdate',
    action: 'section.suggest',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixApplySectionUpdate($i: ApplySectionUpdateInput!) {
            applySectionUpdate(input: $i) {
              version
            }
          }
        `),
        { i: { sectionId: t.sectionIds[0], update: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64'), clientId: 'matrix' } },
      ),
  },
  // Suggestions: acting on one that is not there is NOT_FOUND for whoever may; on all of none, nothing to do.
  ...(['acceptSuggestion', 'rejectSuggestion'] as const).map((name): Operation => ({
    name,
    action: 'section.edit',
    allowed: 'NOT_FOUND',
    run: (c, t) =>
      name === 'acceptSuggestion'
        ? c.request(
            graphql(`
              mutation PolicyMatrixAcceptSuggestion($i: ResolveSuggestionInput!) {
                acceptSuggestion(input: $i) {
                  suggestionIds
                }
              }
            `),
            { i: { sectionId: t.sectionIds[0], suggestionId: `${UNKNOWN_ID}~none` } },
          )
        : c.request(
            graphql(`
              mutation PolicyMatrixRejectSuggestion($i: ResolveSuggestionInput!) {
                rejectSuggestion(input: $i) {
                  suggestionIds
                }
              }
            `),
            { i: { sectionId: t.sectionIds[0], suggestionId: `${UNKNOWN_ID}~none` } },
          ),
  })),
  ...(['acceptSuggestions', 'rejectSuggestions'] as const).map((name): Operation => ({
    name,
    action: 'section.edit',
    run: (c, t) =>
      name === 'acceptSuggestions'
        ? c.request(
            graphql(`
              mutation PolicyMatrixAcceptSuggestions($i: ResolveSuggestionsInput!) {
                acceptSuggestions(input: $i) {
                  suggestionIds
                }
              }
            `),
            { i: { sectionId: t.sectionIds[4] } },
          )
        : c.request(
            graphql(`
              mutation PolicyMatrixRejectSuggestions($i: ResolveSuggestionsInput!) {
                rejectSuggestions(input: $i) {
                  suggestionIds
                }
              }
            `),
            { i: { sectionId: t.sectionIds[4] } },
          ),
  })),
  // Figures: one that is not in the text is NOT_FOUND for whoever may edit.
  ...(['updateFigure', 'unlinkFigure'] as const).map((name): Operation => ({
    name,
    action: 'section.edit',
    allowed: 'NOT_FOUND',
    run: (c, t) => {
      const i = { sectionId: t.sectionIds[0], metricId: UNKNOWN_ID, level: 'ONS_GROUP' as const, group: 'Black', kind: 'CHANGE' as const, text: 'None.' };
      return name === 'updateFigure'
        ? c.request(
            graphql(`
              mutation PolicyMatrixUpdateFigure($i: FigureInput!) {
                updateFigure(input: $i) {
                  section {
                    id
                  }
                }
              }
            `),
            { i },
          )
        : c.request(
            graphql(`
              mutation PolicyMatrixUnlinkFigure($i: FigureInput!) {
                unlinkFigure(input: $i) {
                  section {
                    id
                  }
                }
              }
            `),
            { i },
          );
    },
  })),
  {
    name: 'replaceSectionContent',
    action: 'section.edit',
    run: async (c, t) => {
      const { version } = (
        await t.members.LEAD.client.ok(
          graphql(`
            query PolicyMatrixReplaceSectionContentVersion($s: ID!) {
              sectionSync(sectionId: $s) {
                version
              }
            }
          `),
          { s: t.sectionIds[1] },
        )
      ).sectionSync;
      return c.request(
        graphql(`
          mutation PolicyMatrixReplaceSectionContent($i: ReplaceSectionContentInput!) {
            replaceSectionContent(input: $i) {
              section {
                id
              }
            }
          }
        `),
        { i: { sectionId: t.sectionIds[1], markdown: `Text ${++n}`, baseVersion: version } },
      );
    },
  },
  {
    name: 'restoreSectionRevision',
    action: 'section.edit',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixRestoreSectionRevision($i: RestoreSectionRevisionInput!) {
            restoreSectionRevision(input: $i) {
              section {
                id
              }
            }
          }
        `),
        { i: { revisionId } },
      ),
  },
  {
    name: 'nameSectionRevision',
    action: 'section.edit',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixNameSectionRevision($i: NameSectionRevisionInput!) {
            nameSectionRevision(input: $i) {
              revision {
                id
              }
            }
          }
        `),
        { i: { revisionId, name: 'Checked' } },
      ),
  },
  {
    name: 'updatePresence',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixUpdatePresence($i: UpdatePresenceInput!) {
            updatePresence(input: $i) {
              presence {
                userName
              }
            }
          }
        `),
        { i: { entryId: t.entryId, clientId: `c${++n}`, sectionId: t.sectionIds[0] } },
      ),
  },
  {
    name: 'setSectionWordLimit',
    action: 'entry.configure',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixSetSectionWordLimit($i: SetSectionWordLimitInput!) {
            setSectionWordLimit(input: $i) {
              section {
                id
              }
            }
          }
        `),
        { i: { sectionId: t.sectionIds[0], wordLimit: 600 } },
      ),
  },
  // Evidence (src/evidence): metrics and values, testimonials, criteria coverage and readiness.
  {
    name: 'ethnicCategories',
    run: (c) =>
      c.request(
        graphql(`
          query PolicyMatrixEthnicCategories {
            ethnicCategories {
              code
            }
          }
        `),
      ),
  },
  {
    name: 'createMetric',
    action: 'evidence.edit',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixCreateMetric($i: CreateMetricInput!) {
            createMetric(input: $i) {
              metric {
                id
              }
            }
          }
        `),
        { i: { entryId: t.entryId, name: `M${++n}`, definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' } },
      ),
  },
  {
    name: 'updateMetric',
    action: 'evidence.edit',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixUpdateMetric($i: UpdateMetricInput!) {
            updateMetric(input: $i) {
              metric {
                id
              }
            }
          }
        `),
        { i: { metricId: (await sharedEvidence(server, t)).metricId, dataSource: `S${++n}` } },
      ),
  },
  {
    name: 'deleteMetric',
    action: 'evidence.edit',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixDeleteMetric($i: DeleteMetricInput!) {
            deleteMetric(input: $i) {
              deletedMetricId
            }
          }
        `),
        { i: { metricId: await addMetric(server, t) } },
      ),
  },
  {
    name: 'setMetricValues',
    action: 'evidence.values',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixSetMetricValues($i: SetMetricValuesInput!) {
            setMetricValues(input: $i) {
              written
            }
          }
        `),
        { i: { metricId: (await sharedEvidence(server, t)).metricId, values: [{ period: '2024', ethnicCode: 'A', numerator: 40, denominator: 50 }] } },
      ),
  },
  {
    name: 'importMetricValues',
    action: 'evidence.values',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixImportMetricValues($i: ImportMetricValuesInput!) {
            importMetricValues(input: $i) {
              written
            }
          }
        `),
        { i: { metricId: (await sharedEvidence(server, t)).metricId, csv: 'period,ethnic_code,numerator,denominator\n2023,M,30,60\n' } },
      ),
  },
  {
    name: 'previewValuesFile',
    action: 'evidence.values',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixPreviewValuesFile($i: PreviewValuesFileInput!) {
            previewValuesFile(input: $i) {
              headerRow
            }
          }
        `),
        { i: { metricId: (await sharedEvidence(server, t)).metricId, file: Buffer.from('Month,Ethnicity,Met,Total\n2024-01,A,5,10\n').toString('base64') } },
      ),
  },
  {
    name: 'importValuesFile',
    action: 'evidence.values',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixImportValuesFile($i: ImportValuesFileInput!) {
            importValuesFile(input: $i) {
              written
            }
          }
        `),
        {
          i: {
            metricId: (await sharedEvidence(server, t)).metricId,
            file: Buffer.from('Month,Ethnicity,Met,Total\n2024-01,Indian,5,10\n').toString('base64'),
            mapping: { period: 'Month', ethnicity: 'Ethnicity', numerator: 'Met', denominator: 'Total' },
          },
        },
      ),
  },
  {
    name: 'addTestimonial',
    action: 'testimonial.add',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixAddTestimonial($i: AddTestimonialInput!) {
            addTestimonial(input: $i) {
              testimonial {
                id
              }
            }
          }
        `),
        { i: { entryId: t.entryId, quote: 'It helped.', source: 'PATIENT' } },
      ),
  },
  {
    name: 'recordConsent',
    action: 'testimonial.add',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixRecordConsent($i: RecordConsentInput!) {
            recordConsent(input: $i) {
              testimonial {
                id
              }
            }
          }
        `),
        { i: { testimonialId: (await sharedEvidence(server, t)).testimonialId, status: 'GIVEN', date: '2025-01-31' } },
      ),
  },
  {
    name: 'updateTestimonial',
    action: 'testimonial.add',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixUpdateTestimonial($i: UpdateTestimonialInput!) {
            updateTestimonial(input: $i) {
              testimonial {
                id
              }
            }
          }
        `),
        { i: { testimonialId: (await sharedEvidence(server, t)).testimonialId, source: 'PATIENT' } },
      ),
  },
  {
    name: 'deleteTestimonial',
    action: 'testimonial.add',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixDeleteTestimonial($i: DeleteTestimonialInput!) {
            deleteTestimonial(input: $i) {
              deletedTestimonialId
            }
          }
        `),
        { i: { testimonialId: await addTestimonialRow(server, t) } },
      ),
  },
  {
    name: 'linkCriterion',
    action: 'evidence.edit',
    run: async (c, t) => {
      const { criterionId, metricId } = await sharedEvidence(server, t);
      return c.request(
        graphql(`
          mutation PolicyMatrixLinkCriterion($i: LinkCriterionInput!) {
            linkCriterion(input: $i) {
              criterion {
                covered
              }
            }
          }
        `),
        { i: { criterionId, metricIds: [metricId], sectionIds: [t.sectionIds[1]] } },
      );
    },
  },
  {
    name: 'Entry.evidence',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixEntryEvidence($id: ID!) {
            entry(id: $id) {
              metrics {
                values {
                  suppressed
                }
                analysis {
                  hasData
                }
              }
              testimonials {
                citedAs
              }
              readiness {
                ready
              }
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  {
    name: 'exportEntry',
    action: 'entry.export',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixExportEntry($id: ID!) {
            exportEntry(entryId: $id, format: MARKDOWN) {
              filename
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  // Review (src/comments, src/sign-off, src/audit, src/notifications). Comments and sign-offs go on section 3, whose one slot
  // every role may fill (set in beforeAll), so that the policy alone decides.
  {
    name: 'addComment',
    action: 'comment.write',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixAddComment($i: AddCommentInput!) {
            addComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { sectionId: t.sectionIds[3], body: `Note ${++n}` } },
      ),
  },
  {
    name: 'replyToComment',
    action: 'comment.write',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixReplyToComment($i: ReplyToCommentInput!) {
            replyToComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { commentId: await sharedThread(t), body: `Reply ${++n}` } },
      ),
  },
  {
    name: 'editComment',
    action: 'comment.write',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixEditComment($i: EditCommentInput!) {
            editComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { commentId: await ownComment(c, t), body: 'Edited.' } },
      ),
  },
  {
    name: 'deleteComment',
    action: 'comment.write',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixDeleteComment($i: DeleteCommentInput!) {
            deleteComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { commentId: await ownComment(c, t) } },
      ),
  },
  {
    name: 'resolveComment',
    action: 'comment.write',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixResolveComment($i: ResolveCommentInput!) {
            resolveComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { commentId: await ownComment(c, t) } },
      ),
  },
  {
    name: 'reopenComment',
    action: 'comment.write',
    run: async (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixReopenComment($i: ReopenCommentInput!) {
            reopenComment(input: $i) {
              comment {
                id
              }
            }
          }
        `),
        { i: { commentId: await ownComment(c, t, { resolvedAt: new Date() }) } },
      ),
  },
  {
    name: 'signOffSection',
    action: 'signOff.give',
    run: async (c, t) => {
      const { contentHash } = await sectionNow(t.members.LEAD.client, t, 3);
      return c.request(SIGN_OFF, { i: { sectionId: t.sectionIds[3], meaning: 'APPROVE', contentHash, password: TEST_PASSWORD } });
    },
  },
  {
    name: 'setSignOffSlots',
    action: 'entry.configure',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixSetSignOffSlots($i: SetSignOffSlotsInput!) {
            setSignOffSlots(input: $i) {
              section {
                id
              }
            }
          }
        `),
        { i: { sectionId: t.sectionIds[4], slots: [{ key: 'clinician', label: 'A clinician', roles: ['MEDIC', 'NURSE'] }] } },
      ),
  },
  {
    name: 'requestReview',
    action: 'workflow.move',
    run: inState(
      EntryState.DRAFT,
      graphql(`
        mutation PolicyMatrixRequestReview($i: RequestReviewInput!) {
          requestReview(input: $i) {
            entry {
              state
            }
          }
        }
      `),
    ),
  },
  // Nobody has signed the entry off, so whoever may submit it is told it is not approved.
  {
    name: 'submitEntry',
    action: 'workflow.move',
    allowed: 'CONFLICT',
    run: inState(
      EntryState.APPROVED,
      graphql(`
        mutation PolicyMatrixSubmitEntry($i: SubmitEntryInput!) {
          submitEntry(input: $i) {
            entry {
              state
            }
          }
        }
      `),
    ),
  },
  {
    name: 'reopenEntry',
    action: 'workflow.move',
    run: inState(
      EntryState.SUBMITTED,
      graphql(`
        mutation PolicyMatrixReopenEntry($i: ReopenEntryInput!) {
          reopenEntry(input: $i) {
            entry {
              state
            }
          }
        }
      `),
      { reason: 'A late fix.' },
    ),
  },
  {
    name: 'setMailPreference',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixSetMailPreference {
            setMailPreference(input: { kind: MENTION, delivery: DAILY_DIGEST }) {
              mailPreferences {
                kind
              }
            }
          }
        `),
      ),
  },
  {
    name: 'setEntryClosingDate',
    action: 'entry.schedule',
    run: (c, t) =>
      c.request(
        graphql(`
          mutation PolicyMatrixSetEntryClosingDate($i: SetEntryClosingDateInput!) {
            setEntryClosingDate(input: $i) {
              entry {
                closesAt
              }
            }
          }
        `),
        { i: { entryId: t.entryId, closesAt: '2031-03-01T12:00:00.000Z' } },
      ),
  },
  {
    name: 'markNotificationsRead',
    run: (c) =>
      c.request(
        graphql(`
          mutation PolicyMatrixMarkNotificationsRead {
            markNotificationsRead(input: { all: true }) {
              unreadCount
            }
          }
        `),
      ),
  },
  {
    name: 'verifyAuditLog',
    action: 'audit.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixVerifyAuditLog($id: ID!) {
            verifyAuditLog(entryId: $id) {
              valid
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  {
    name: 'Entry.auditLog',
    action: 'audit.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixEntryAuditLog($id: ID!) {
            entry(id: $id) {
              auditLog {
                totalCount
              }
            }
          }
        `),
        { id: t.entryId },
      ),
  },
  {
    name: 'Section.review',
    action: 'entry.read',
    run: (c, t) =>
      c.request(
        graphql(`
          query PolicyMatrixSectionReview($id: ID!) {
            entry(id: $id) {
              sections {
                comments {
                  nodes {
                    anchor {
                      currentText
                    }
                    replies {
                      id
                    }
                  }
                }
                signOffs {
                  nodes {
                    stale
                  }
                }
                signOffStatus {
                  approved
                }
              }
            }
          }
        `),
        { id: t.entryId },
      ),
  },
];

/** A comment thread by the caller (the lead for callers without a user of their own), written straight to the database. */
async function ownComment(c: ApiClient, t: Team, fields: Partial<Comment> = {}): Promise<string> {
  const me =
    (
      await c.request(
        graphql(`
          query PolicyMatrixMeId {
            me {
              id
            }
          }
        `),
      )
    ).data?.me?.id ?? t.members.LEAD.user.id;
  return commentRow(server, t.sectionIds[3], me, fields);
}

let thread: Promise<string> | undefined;
const sharedThread = (t: Team) => (thread ??= commentRow(server, t.sectionIds[3], t.members.LEAD.user.id));

/** Runs a workflow move from `state`, then puts the entry back in draft for the operations after it. */
function inState<TData, TInput extends { entryId: string }>(state: EntryState, mutation: TypedDocumentNode<TData, { i: TInput }>, extra: Omit<TInput, 'entryId'> = {} as Omit<TInput, 'entryId'>) {
  return async (c: ApiClient, t: Team) => {
    const entries = () => server.orm.em.fork();
    await entries().nativeUpdate(Entry, { id: t.entryId }, { state });
    try {
      return await c.request(mutation, { i: { entryId: t.entryId, ...extra } as TInput });
    } finally {
      await entries().nativeUpdate(Entry, { id: t.entryId }, { state: EntryState.DRAFT });
    }
  };
}

function accessLevelOf(name: string): AccessLevel | undefined {
  const [type, field] = name.includes('.') ? name.split('.') : [undefined, name];
  if (type) return undefined; // field-level checks are entry-level only
  return getMetadataStorage().authorizedFields.find((f) => f.fieldName === field)?.roles[0] as AccessLevel | undefined;
}

/** What the policy says should happen: the single source of the expectations below. */
function expected(op: Operation, caller: Caller): string {
  const level = accessLevelOf(op.name);
  const allowed = op.allowed ?? 'OK';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (caller.endsWith('token') && level === Access.SESSION) return 'FORBIDDEN';
  const readOnly = caller === 'READ token';
  if (readOnly && level === Access.USER_WRITE) return 'FORBIDDEN';
  if (!op.action) return allowed;
  if (caller === 'outsider') return 'NOT_FOUND';
  const role: Role = caller.endsWith('token') ? 'LEAD' : (caller as Role);
  if (!roleCan(role, op.action)) return 'FORBIDDEN';
  if (readOnly && WRITE_ACTIONS.has(op.action)) return 'FORBIDDEN';
  return allowed;
}

let server: TestServer;
let team: Team;
let templateId: string;
let revisionId: string;

/** A base64 Yjs update typing `text` into an empty paragraph of the section's content. */
function typedUpdate(text: string): string {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').insert(0, [paragraph]);
  paragraph.insert(0, [new Y.XmlText(text)]);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}
const clients = new Map<Caller, ApiClient>();

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
  const lead = team.members.LEAD.client;
  templateId = (
    await lead.ok(
      graphql(`
        query PolicyMatrixSetupTemplates {
          templates {
            id
          }
        }
      `),
    )
  ).templates[0].id;
  await lead.ok(
    graphql(`
      mutation PolicyMatrixSetupReplaceSectionContent($i: ReplaceSectionContentInput!) {
        replaceSectionContent(input: $i) {
          section {
            id
          }
        }
      }
    `),
    { i: { sectionId: team.sectionIds[2], markdown: 'A first draft.', baseVersion: 0 } },
  );
  const revisions = await lead.ok(
    graphql(`
      query PolicyMatrixSetupEntry($id: ID!) {
        entry(id: $id) {
          sections {
            revisions {
              nodes {
                id
              }
            }
          }
        }
      }
    `),
    { id: team.entryId },
  );
  revisionId = revisions.entry.sections[2].revisions.nodes[0].id;
  await server.orm.em.fork().nativeUpdate(Section, { id: team.sectionIds[3] }, { signOffSlots: [{ key: 'anyone', label: 'Anyone', roles: [...ROLES] }] });
  const token = async (scope: TokenScope) =>
    (
      await lead.ok(
        graphql(`
          mutation PolicyMatrixSetupToken($i: CreateApiTokenInput!) {
            createApiToken(input: $i) {
              secret
            }
          }
        `),
        { i: { name: scope, scope } },
      )
    ).createApiToken.secret;
  clients.set('anonymous', server.client());
  for (const role of ROLES) clients.set(role, team.members[role].client);
  clients.set('outsider', team.outsider.client);
  clients.set('READ token', lead.withToken(await token('READ')));
  clients.set('READ_WRITE token', lead.withToken(await token('READ_WRITE')));
});
afterAll(() => server?.stop());

describe('every operation is guarded', () => {
  it('each query and mutation is public by design or declares an access level', async () => {
    const schema = await quorumSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unguarded = roots.filter((name) => !PUBLIC_OPERATIONS.includes(name) && !accessLevelOf(name));
    expect(unguarded).toEqual([]);
  });

  it('the matrix below covers every guarded operation', async () => {
    const schema = await quorumSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const covered = new Set([...OPERATIONS.map((o) => o.name), 'logOut']); // logOut ends the caller's session: tested in auth
    expect(roots.filter((name) => !PUBLIC_OPERATIONS.includes(name) && !covered.has(name))).toEqual([]);
  });

  it('every action of the permission table is exercised here, and offered to clients as an ability', async () => {
    expect(ENTRY_ACTIONS.filter((action) => !OPERATIONS.some((op) => op.action === action))).toEqual([]);
    const abilities = (await quorumSchema()).getType('EntryAbilities') as GraphQLObjectType;
    expect(Object.keys(abilities.getFields()).sort()).toEqual(ENTRY_ACTIONS.map((action) => ENTRY_ACTION_RULES[action].ability).sort());
  });

  it('the expectations drawn from the policy are not all alike', () => {
    const outcomes = OPERATIONS.flatMap((op) => CALLERS.map((caller) => expected(op, caller)));
    for (const code of ['OK', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']) expect(outcomes).toContain(code);
    expect(
      expected(
        OPERATIONS.find((o) => o.name === 'inviteMember')!,
        'PATIENT_REP',
      ),
    ).toBe('FORBIDDEN');
    expect(
      expected(
        OPERATIONS.find((o) => o.name === 'entry')!,
        'OBSERVER',
      ),
    ).toBe('OK');
  });
});

describe.each(OPERATIONS)('$name', (op) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const result = await op.run(clients.get(caller)!, team);
    expect(codeOf(result)).toBe(expected(op, caller));
  });
});

describe('a non-member learns nothing from NOT_FOUND', () => {
  it('asking for a section, comment, metric, testimonial, criterion or revision that exists reads as asking for an unknown id', async () => {
    const { metricId, testimonialId, criterionId } = await sharedEvidence(server, team);
    const outsider = team.outsider.client;
    const asks: [string, string, (id: string) => Promise<GraphQLResponse<unknown>>][] = [
      [
        team.sectionIds[0],
        'section',
        (id) =>
          outsider.request(
            graphql(`
              query PolicyMatrixAskSection($i: ID!) {
                section(id: $i) {
                  id
                }
              }
            `),
            { i: id },
          ),
      ],
      [
        team.sectionIds[0],
        'sectionSync',
        (id) =>
          outsider.request(
            graphql(`
              query PolicyMatrixAskSectionSync($i: ID!) {
                sectionSync(sectionId: $i) {
                  version
                }
              }
            `),
            { i: id },
          ),
      ],
      [
        team.sectionIds[0],
        'applySectionUpdate',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskApplySectionUpdate($i: ApplySectionUpdateInput!) {
                applySectionUpdate(input: $i) {
                  version
                }
              }
            `),
            { i: { sectionId: id, update: typedUpdate('x'), clientId: 'c' } },
          ),
      ],
      [
        team.sectionIds[0],
        'addComment',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskAddComment($i: AddCommentInput!) {
                addComment(input: $i) {
                  comment {
                    id
                  }
                }
              }
            `),
            { i: { sectionId: id, body: 'Hello' } },
          ),
      ],
      [
        await sharedThread(team),
        'resolveComment',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskResolveComment($i: ResolveCommentInput!) {
                resolveComment(input: $i) {
                  comment {
                    id
                  }
                }
              }
            `),
            { i: { commentId: id } },
          ),
      ],
      [
        metricId,
        'updateMetric',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskUpdateMetric($i: UpdateMetricInput!) {
                updateMetric(input: $i) {
                  metric {
                    id
                  }
                }
              }
            `),
            { i: { metricId: id, dataSource: 'S' } },
          ),
      ],
      [
        testimonialId,
        'deleteTestimonial',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskDeleteTestimonial($i: DeleteTestimonialInput!) {
                deleteTestimonial(input: $i) {
                  deletedTestimonialId
                }
              }
            `),
            { i: { testimonialId: id } },
          ),
      ],
      [
        criterionId,
        'linkCriterion',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskLinkCriterion($i: LinkCriterionInput!) {
                linkCriterion(input: $i) {
                  criterion {
                    covered
                  }
                }
              }
            `),
            { i: { criterionId: id, metricIds: [] } },
          ),
      ],
      [
        revisionId,
        'restoreSectionRevision',
        (id) =>
          outsider.request(
            graphql(`
              mutation PolicyMatrixAskRestoreSectionRevision($i: RestoreSectionRevisionInput!) {
                restoreSectionRevision(input: $i) {
                  section {
                    id
                  }
                }
              }
            `),
            { i: { revisionId: id } },
          ),
      ],
    ];
    for (const [id, operation, ask] of asks) {
      const existing = await ask(id);
      const unknown = await ask(UNKNOWN_ID);
      expect(codeOf(existing), operation).toBe('NOT_FOUND');
      expect(existing.errors![0].message, operation).toBe(unknown.errors![0].message);
    }
  });
});
