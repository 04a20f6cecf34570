/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n        query IdsSectionInCapitals($id: ID!) {\n          section(id: $id) {\n            id\n          }\n        }\n      ": typeof types.IdsSectionInCapitalsDocument,
    "\n        mutation RequestLimitsInviteMember($i: InviteMemberInput!) {\n          inviteMember(input: $i) {\n            token\n          }\n        }\n      ": typeof types.RequestLimitsInviteMemberDocument,
    "\n        query StorableStringsTemplates {\n          templates {\n            id\n          }\n        }\n      ": typeof types.StorableStringsTemplatesDocument,
    "\n        mutation StorableStringsOddTokenName($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      ": typeof types.StorableStringsOddTokenNameDocument,
    "\n        mutation InvitationsAccept($t: String!) {\n          acceptInvitation(input: { token: $t }) {\n            membership {\n              role\n            }\n          }\n        }\n      ": typeof types.InvitationsAcceptDocument,
    "\n        mutation DurabilityLogIn {\n          logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n            user {\n              id\n            }\n          }\n        }\n      ": typeof types.DurabilityLogInDocument,
    "\n          query DurabilitySectionIds {\n            entries {\n              nodes {\n                sections {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.DurabilitySectionIdsDocument,
    "\n              mutation DurabilityApply($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            ": typeof types.DurabilityApplyDocument,
    "\n      query DurabilityStored($id: ID!) {\n        sectionSync(sectionId: $id) {\n          version\n        }\n        entries {\n          nodes {\n            sections {\n              id\n              text\n            }\n          }\n        }\n      }\n    ": typeof types.DurabilityStoredDocument,
    "\n        mutation RedisOutageApply($i: ApplySectionUpdateInput!) {\n          applySectionUpdate(input: $i) {\n            version\n          }\n        }\n      ": typeof types.RedisOutageApplyDocument,
    "\n          query PolicyMatrixTemplates {\n            templates {\n              id\n            }\n          }\n        ": typeof types.PolicyMatrixTemplatesDocument,
    "\n          query PolicyMatrixEntries {\n            entries {\n              totalCount\n            }\n          }\n        ": typeof types.PolicyMatrixEntriesDocument,
    "\n          mutation PolicyMatrixCreateEntry($t: ID!) {\n            createEntry(input: { templateId: $t, title: \"M\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixCreateEntryDocument,
    "\n          mutation PolicyMatrixCreateApiToken {\n            createApiToken(input: { name: \"x\", scope: READ }) {\n              secret\n            }\n          }\n        ": typeof types.PolicyMatrixCreateApiTokenDocument,
    "\n          mutation PolicyMatrixRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { tokenId: $id }) {\n              token {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixRevokeApiTokenDocument,
    "\n          mutation PolicyMatrixAcceptInvitation {\n            acceptInvitation(input: { token: \"unknown\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixAcceptInvitationDocument,
    "\n          query PolicyMatrixEntry($id: ID!) {\n            entry(id: $id) {\n              id\n            }\n          }\n        ": typeof types.PolicyMatrixEntryDocument,
    "\n          query PolicyMatrixEntryPendingInvitations($id: ID!) {\n            entry(id: $id) {\n              pendingInvitations {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixEntryPendingInvitationsDocument,
    "\n          mutation PolicyMatrixInviteMember($i: InviteMemberInput!) {\n            inviteMember(input: $i) {\n              token\n            }\n          }\n        ": typeof types.PolicyMatrixInviteMemberDocument,
    "\n            mutation PolicyMatrixInviteToChange($i: InviteMemberInput!) {\n              inviteMember(input: $i) {\n                invitation {\n                  id\n                }\n              }\n            }\n          ": typeof types.PolicyMatrixInviteToChangeDocument,
    "\n              mutation PolicyMatrixWithdrawInvitation($i: InvitationIdInput!) {\n                withdrawInvitation(input: $i) {\n                  invitation {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixWithdrawInvitationDocument,
    "\n              mutation PolicyMatrixResendInvitation($i: InvitationIdInput!) {\n                resendInvitation(input: $i) {\n                  token\n                }\n              }\n            ": typeof types.PolicyMatrixResendInvitationDocument,
    "\n          mutation PolicyMatrixChangeMemberRole($i: ChangeMemberRoleInput!) {\n            changeMemberRole(input: $i) {\n              membership {\n                role\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixChangeMemberRoleDocument,
    "\n          mutation PolicyMatrixRemoveMember($i: RemoveMemberInput!) {\n            removeMember(input: $i) {\n              removedMembershipId\n            }\n          }\n        ": typeof types.PolicyMatrixRemoveMemberDocument,
    "\n          query PolicyMatrixSection($id: ID!) {\n            section(id: $id) {\n              id\n              title\n            }\n          }\n        ": typeof types.PolicyMatrixSectionDocument,
    "\n          query PolicyMatrixSectionSync($s: ID!) {\n            sectionSync(sectionId: $s) {\n              version\n            }\n          }\n        ": typeof types.PolicyMatrixSectionSyncDocument,
    "\n          mutation PolicyMatrixApplySectionUpdate($i: ApplySectionUpdateInput!) {\n            applySectionUpdate(input: $i) {\n              version\n            }\n          }\n        ": typeof types.PolicyMatrixApplySectionUpdateDocument,
    "\n              mutation PolicyMatrixAcceptSuggestion($i: ResolveSuggestionInput!) {\n                acceptSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": typeof types.PolicyMatrixAcceptSuggestionDocument,
    "\n              mutation PolicyMatrixRejectSuggestion($i: ResolveSuggestionInput!) {\n                rejectSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": typeof types.PolicyMatrixRejectSuggestionDocument,
    "\n              mutation PolicyMatrixAcceptSuggestions($i: ResolveSuggestionsInput!) {\n                acceptSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": typeof types.PolicyMatrixAcceptSuggestionsDocument,
    "\n              mutation PolicyMatrixRejectSuggestions($i: ResolveSuggestionsInput!) {\n                rejectSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": typeof types.PolicyMatrixRejectSuggestionsDocument,
    "\n              mutation PolicyMatrixUpdateFigure($i: FigureInput!) {\n                updateFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixUpdateFigureDocument,
    "\n              mutation PolicyMatrixUnlinkFigure($i: FigureInput!) {\n                unlinkFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixUnlinkFigureDocument,
    "\n            query PolicyMatrixReplaceSectionContentVersion($s: ID!) {\n              sectionSync(sectionId: $s) {\n                version\n              }\n            }\n          ": typeof types.PolicyMatrixReplaceSectionContentVersionDocument,
    "\n          mutation PolicyMatrixReplaceSectionContent($i: ReplaceSectionContentInput!) {\n            replaceSectionContent(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixReplaceSectionContentDocument,
    "\n          mutation PolicyMatrixRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n            restoreSectionRevision(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixRestoreSectionRevisionDocument,
    "\n          mutation PolicyMatrixNameSectionRevision($i: NameSectionRevisionInput!) {\n            nameSectionRevision(input: $i) {\n              revision {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixNameSectionRevisionDocument,
    "\n          mutation PolicyMatrixUpdatePresence($i: UpdatePresenceInput!) {\n            updatePresence(input: $i) {\n              presence {\n                userName\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixUpdatePresenceDocument,
    "\n          mutation PolicyMatrixSetSectionWordLimit($i: SetSectionWordLimitInput!) {\n            setSectionWordLimit(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixSetSectionWordLimitDocument,
    "\n          query PolicyMatrixEthnicCategories {\n            ethnicCategories {\n              code\n            }\n          }\n        ": typeof types.PolicyMatrixEthnicCategoriesDocument,
    "\n          mutation PolicyMatrixCreateMetric($i: CreateMetricInput!) {\n            createMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixCreateMetricDocument,
    "\n          mutation PolicyMatrixUpdateMetric($i: UpdateMetricInput!) {\n            updateMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixUpdateMetricDocument,
    "\n          mutation PolicyMatrixDeleteMetric($i: DeleteMetricInput!) {\n            deleteMetric(input: $i) {\n              deletedMetricId\n            }\n          }\n        ": typeof types.PolicyMatrixDeleteMetricDocument,
    "\n          mutation PolicyMatrixSetMetricValues($i: SetMetricValuesInput!) {\n            setMetricValues(input: $i) {\n              written\n            }\n          }\n        ": typeof types.PolicyMatrixSetMetricValuesDocument,
    "\n          mutation PolicyMatrixImportMetricValues($i: ImportMetricValuesInput!) {\n            importMetricValues(input: $i) {\n              written\n            }\n          }\n        ": typeof types.PolicyMatrixImportMetricValuesDocument,
    "\n          mutation PolicyMatrixPreviewValuesFile($i: PreviewValuesFileInput!) {\n            previewValuesFile(input: $i) {\n              headerRow\n            }\n          }\n        ": typeof types.PolicyMatrixPreviewValuesFileDocument,
    "\n          mutation PolicyMatrixImportValuesFile($i: ImportValuesFileInput!) {\n            importValuesFile(input: $i) {\n              written\n            }\n          }\n        ": typeof types.PolicyMatrixImportValuesFileDocument,
    "\n          mutation PolicyMatrixAddTestimonial($i: AddTestimonialInput!) {\n            addTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixAddTestimonialDocument,
    "\n          mutation PolicyMatrixRecordConsent($i: RecordConsentInput!) {\n            recordConsent(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixRecordConsentDocument,
    "\n          mutation PolicyMatrixUpdateTestimonial($i: UpdateTestimonialInput!) {\n            updateTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixUpdateTestimonialDocument,
    "\n          mutation PolicyMatrixDeleteTestimonial($i: DeleteTestimonialInput!) {\n            deleteTestimonial(input: $i) {\n              deletedTestimonialId\n            }\n          }\n        ": typeof types.PolicyMatrixDeleteTestimonialDocument,
    "\n          mutation PolicyMatrixLinkCriterion($i: LinkCriterionInput!) {\n            linkCriterion(input: $i) {\n              criterion {\n                covered\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixLinkCriterionDocument,
    "\n          query PolicyMatrixEntryEvidence($id: ID!) {\n            entry(id: $id) {\n              metrics {\n                values {\n                  suppressed\n                }\n                analysis {\n                  hasData\n                }\n              }\n              testimonials {\n                citedAs\n              }\n              readiness {\n                ready\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixEntryEvidenceDocument,
    "\n          query PolicyMatrixExportEntry($id: ID!) {\n            exportEntry(entryId: $id, format: MARKDOWN) {\n              filename\n            }\n          }\n        ": typeof types.PolicyMatrixExportEntryDocument,
    "\n          mutation PolicyMatrixAddComment($i: AddCommentInput!) {\n            addComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixAddCommentDocument,
    "\n          mutation PolicyMatrixReplyToComment($i: ReplyToCommentInput!) {\n            replyToComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixReplyToCommentDocument,
    "\n          mutation PolicyMatrixEditComment($i: EditCommentInput!) {\n            editComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixEditCommentDocument,
    "\n          mutation PolicyMatrixDeleteComment($i: DeleteCommentInput!) {\n            deleteComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixDeleteCommentDocument,
    "\n          mutation PolicyMatrixResolveComment($i: ResolveCommentInput!) {\n            resolveComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixResolveCommentDocument,
    "\n          mutation PolicyMatrixReopenComment($i: ReopenCommentInput!) {\n            reopenComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixReopenCommentDocument,
    "\n          mutation PolicyMatrixSetSignOffSlots($i: SetSignOffSlotsInput!) {\n            setSignOffSlots(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixSetSignOffSlotsDocument,
    "\n        mutation PolicyMatrixRequestReview($i: RequestReviewInput!) {\n          requestReview(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": typeof types.PolicyMatrixRequestReviewDocument,
    "\n        mutation PolicyMatrixSubmitEntry($i: SubmitEntryInput!) {\n          submitEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": typeof types.PolicyMatrixSubmitEntryDocument,
    "\n        mutation PolicyMatrixReopenEntry($i: ReopenEntryInput!) {\n          reopenEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": typeof types.PolicyMatrixReopenEntryDocument,
    "\n          mutation PolicyMatrixSetMailPreference {\n            setMailPreference(input: { kind: MENTION, delivery: DAILY_DIGEST }) {\n              mailPreferences {\n                kind\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixSetMailPreferenceDocument,
    "\n          mutation PolicyMatrixSetEntryClosingDate($i: SetEntryClosingDateInput!) {\n            setEntryClosingDate(input: $i) {\n              entry {\n                closesAt\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixSetEntryClosingDateDocument,
    "\n          mutation PolicyMatrixMarkNotificationsRead {\n            markNotificationsRead(input: { all: true }) {\n              unreadCount\n            }\n          }\n        ": typeof types.PolicyMatrixMarkNotificationsReadDocument,
    "\n          query PolicyMatrixVerifyAuditLog($id: ID!) {\n            verifyAuditLog(entryId: $id) {\n              valid\n            }\n          }\n        ": typeof types.PolicyMatrixVerifyAuditLogDocument,
    "\n          query PolicyMatrixEntryAuditLog($id: ID!) {\n            entry(id: $id) {\n              auditLog {\n                totalCount\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixEntryAuditLogDocument,
    "\n          query PolicyMatrixSectionReview($id: ID!) {\n            entry(id: $id) {\n              sections {\n                comments {\n                  nodes {\n                    anchor {\n                      currentText\n                    }\n                    replies {\n                      id\n                    }\n                  }\n                }\n                signOffs {\n                  nodes {\n                    stale\n                  }\n                }\n                signOffStatus {\n                  approved\n                }\n              }\n            }\n          }\n        ": typeof types.PolicyMatrixSectionReviewDocument,
    "\n          query PolicyMatrixMeId {\n            me {\n              id\n            }\n          }\n        ": typeof types.PolicyMatrixMeIdDocument,
    "\n        query PolicyMatrixSetupTemplates {\n          templates {\n            id\n          }\n        }\n      ": typeof types.PolicyMatrixSetupTemplatesDocument,
    "\n      mutation PolicyMatrixSetupReplaceSectionContent($i: ReplaceSectionContentInput!) {\n        replaceSectionContent(input: $i) {\n          section {\n            id\n          }\n        }\n      }\n    ": typeof types.PolicyMatrixSetupReplaceSectionContentDocument,
    "\n      query PolicyMatrixSetupEntry($id: ID!) {\n        entry(id: $id) {\n          sections {\n            revisions {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.PolicyMatrixSetupEntryDocument,
    "\n          mutation PolicyMatrixSetupToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              secret\n            }\n          }\n        ": typeof types.PolicyMatrixSetupTokenDocument,
    "\n              query PolicyMatrixAskSection($i: ID!) {\n                section(id: $i) {\n                  id\n                }\n              }\n            ": typeof types.PolicyMatrixAskSectionDocument,
    "\n              query PolicyMatrixAskSectionSync($i: ID!) {\n                sectionSync(sectionId: $i) {\n                  version\n                }\n              }\n            ": typeof types.PolicyMatrixAskSectionSyncDocument,
    "\n              mutation PolicyMatrixAskApplySectionUpdate($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            ": typeof types.PolicyMatrixAskApplySectionUpdateDocument,
    "\n              mutation PolicyMatrixAskAddComment($i: AddCommentInput!) {\n                addComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixAskAddCommentDocument,
    "\n              mutation PolicyMatrixAskResolveComment($i: ResolveCommentInput!) {\n                resolveComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixAskResolveCommentDocument,
    "\n              mutation PolicyMatrixAskUpdateMetric($i: UpdateMetricInput!) {\n                updateMetric(input: $i) {\n                  metric {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixAskUpdateMetricDocument,
    "\n              mutation PolicyMatrixAskDeleteTestimonial($i: DeleteTestimonialInput!) {\n                deleteTestimonial(input: $i) {\n                  deletedTestimonialId\n                }\n              }\n            ": typeof types.PolicyMatrixAskDeleteTestimonialDocument,
    "\n              mutation PolicyMatrixAskLinkCriterion($i: LinkCriterionInput!) {\n                linkCriterion(input: $i) {\n                  criterion {\n                    covered\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixAskLinkCriterionDocument,
    "\n              mutation PolicyMatrixAskRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n                restoreSectionRevision(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": typeof types.PolicyMatrixAskRestoreSectionRevisionDocument,
    "\n  query ActivityOfEntry($id: ID!, $first: Int, $after: String) {\n    entry(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          commentId\n          threadId\n          signOffId\n          actor {\n            id\n            name\n          }\n          authors {\n            name\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityOfEntryDocument,
    "\n  mutation ActivityAddComment($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.ActivityAddCommentDocument,
    "\n  mutation ActivityReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.ActivityReplyDocument,
    "\n  mutation ActivityReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": typeof types.ActivityReplaceContentDocument,
    "\n  query ActivitySections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        title\n        version\n        signOffSlots {\n          key\n          label\n        }\n      }\n    }\n  }\n": typeof types.ActivitySectionsDocument,
    "\n  mutation ActivityInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n    }\n  }\n": typeof types.ActivityInviteDocument,
    "\n  mutation ActivityChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        role\n      }\n    }\n  }\n": typeof types.ActivityChangeRoleDocument,
    "\n  mutation ActivityDeleteComment($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.ActivityDeleteCommentDocument,
    "\n  mutation ActivityResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.ActivityResolveDocument,
    "\n  mutation ActivityReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.ActivityReopenDocument,
    "\n  mutation ActivityRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.ActivityRequestReviewDocument,
    "\n  mutation ActivityCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.ActivityCreateMetricDocument,
    "\n  mutation ActivityAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n": typeof types.ActivityAddTestimonialDocument,
    "\n  mutation ActivityLogIn($i: LogInInput!) {\n    logIn(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ActivityLogInDocument,
    "\n  query ActivityAuditLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          id\n          action\n          summary\n        }\n      }\n    }\n  }\n": typeof types.ActivityAuditLogDocument,
    "\n  query AuditKeyLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          seq\n          hash\n          keyId\n        }\n      }\n    }\n  }\n": typeof types.AuditKeyLogDocument,
    "\n  query AuditKeyVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      problem\n      keyId\n      unvouchedCount\n    }\n  }\n": typeof types.AuditKeyVerifyDocument,
    "\n  query AuditKeyExport($id: ID!) {\n    exportEntry(entryId: $id, format: MARKDOWN) {\n      base64\n    }\n  }\n": typeof types.AuditKeyExportDocument,
    "\n  query AuditLog($id: ID!, $after: String, $first: Int) {\n    entry(id: $id) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          action\n          actorId\n          actorName\n          summary\n          data\n          createdAt\n          prevHash\n          hash\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      brokenEventId\n      problem\n    }\n  }\n": typeof types.AuditVerifyDocument,
    "\n  mutation AuditRevokeApiToken($i: RevokeApiTokenInput!) {\n    revokeApiToken(input: $i) {\n      token {\n        id\n      }\n    }\n  }\n": typeof types.AuditRevokeApiTokenDocument,
    "\n  mutation AuditRemoveMember($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n": typeof types.AuditRemoveMemberDocument,
    "\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LimitsLogInDocument,
    "\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LimitsSignUpDocument,
    "\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n": typeof types.LimitsSectionsDocument,
    "\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n": typeof types.LimitsSignOffDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": typeof types.AuthLogOutDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n": typeof types.AuthMeIdDocument,
    "\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n": typeof types.AuthEntriesCountDocument,
    "\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n": typeof types.AuthTemplateIdsDocument,
    "\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AuthCreateEntryDocument,
    "\n  mutation CreateApiToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.AuthRevokeTokenDocument,
    "\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpNewAccountDocument,
    "\n  query SsoMe {\n    me {\n      id\n      email\n      name\n      signOffConfirmation\n    }\n  }\n": typeof types.SsoMeDocument,
    "\n  query SsoLoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n": typeof types.SsoLoginOptionsDocument,
    "\n  mutation SsoInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": typeof types.SsoInviteDocument,
    "\n  query SsoSection($id: ID!) {\n    section(id: $id) {\n      contentHash\n    }\n  }\n": typeof types.SsoSectionDocument,
    "\n  mutation SsoSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        confirmedWith\n        meaning\n      }\n    }\n  }\n": typeof types.SsoSignOffDocument,
    "\n  mutation CommentsAdd($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n        body\n        threadId\n        anchor {\n          quote\n          currentText\n          deleted\n          changed\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.CommentsAddDocument,
    "\n  mutation CommentsReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n        threadId\n        body\n      }\n    }\n  }\n": typeof types.CommentsReplyDocument,
    "\n  mutation CommentsEdit($i: EditCommentInput!) {\n    editComment(input: $i) {\n      comment {\n        id\n        body\n        editedAt\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommentsEditDocument,
    "\n  mutation CommentsDelete($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n        body\n        deleted\n      }\n    }\n  }\n": typeof types.CommentsDeleteDocument,
    "\n  mutation CommentsResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommentsResolveDocument,
    "\n  mutation CommentsReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommentsReopenDocument,
    "\n  query CommentsThreads($id: ID!, $state: ThreadState) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        comments(first: 20, state: $state) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            id\n            body\n            deleted\n            author {\n              id\n              name\n            }\n            mentions {\n              id\n            }\n            resolved\n            replyCount\n            replies {\n              id\n              body\n              deleted\n              threadId\n              author {\n                name\n              }\n            }\n            anchor {\n              quote\n              currentText\n              deleted\n              changed\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentsThreadsDocument,
    "\n  query CommentsNotifications($unread: Boolean) {\n    me {\n      unreadNotificationCount\n      notifications(unreadOnly: $unread) {\n        totalCount\n        nodes {\n          id\n          kind\n          message\n          commentId\n          sectionId\n          entryId\n          actor {\n            id\n          }\n          read\n        }\n      }\n    }\n  }\n": typeof types.CommentsNotificationsDocument,
    "\n  mutation CommentsMarkRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.CommentsMarkReadDocument,
    "\n  mutation CommentsReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n": typeof types.CommentsReplaceContentDocument,
    "\n  query CommentsMembersUnread($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          unreadNotificationCount\n        }\n      }\n    }\n  }\n": typeof types.CommentsMembersUnreadDocument,
    "\n  query ConnectionThreads($id: ID!, $first: Int!, $after: String) {\n    section(id: $id) {\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConnectionThreadsDocument,
    "\n  query ConnectionEntriesPage($after: String) {\n    entries(first: 1, after: $after) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.ConnectionEntriesPageDocument,
    "\n  query ConnectionPagedEntries($after: String, $first: Int!) {\n    entries(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.ConnectionPagedEntriesDocument,
    "\n  query ConnectionPagedNotifications($after: String, $first: Int!) {\n    me {\n      notifications(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedNotificationsDocument,
    "\n  query ConnectionPagedComments($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      comments(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedCommentsDocument,
    "\n  query ConnectionPagedSignOffs($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      signOffs(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedSignOffsDocument,
    "\n  query ConnectionPagedRevisions($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      revisions(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedRevisionsDocument,
    "\n  query ConnectionPagedActivity($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      activity(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedActivityDocument,
    "\n  query ConnectionPagedAuditLog($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionPagedAuditLogDocument,
    "\n  query CursorsEntries($after: String) {\n    entries(first: 5, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": typeof types.CursorsEntriesDocument,
    "\n  query CursorsActivity($id: ID!, $after: String) {\n    entry(id: $id) {\n      activity(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CursorsActivityDocument,
    "\n  query CursorsNotifications($after: String) {\n    me {\n      notifications(first: 5, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.CursorsNotificationsDocument,
    "\n  query IdsEntryWithIds($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      sections {\n        id\n      }\n      members {\n        id\n      }\n    }\n  }\n": typeof types.IdsEntryWithIdsDocument,
    "\n  mutation IdsAddCommentWithMention($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        sectionId\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.IdsAddCommentWithMentionDocument,
    "\n  mutation LogAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.LogAddCommentDocument,
    "\n  query LogEntryId($id: ID!) {\n    entry(id: $id) {\n      id\n    }\n  }\n": typeof types.LogEntryIdDocument,
    "\n  query WebSocketMeName {\n    me {\n      name\n    }\n  }\n": typeof types.WebSocketMeNameDocument,
    "\n  query WebSocketMeIdName {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.WebSocketMeIdNameDocument,
    "\n  mutation WebSocketCreateEntryBadTemplate {\n    createEntry(input: { templateId: \"nope\", title: \"\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.WebSocketCreateEntryBadTemplateDocument,
    "\n  query WebSocketMissingEntry {\n    entry(id: \"00000000-0000-4000-8000-000000000000\") {\n      id\n    }\n  }\n": typeof types.WebSocketMissingEntryDocument,
    "\n  subscription WebSocketSectionUpdated {\n    sectionUpdated(sectionId: \"00000000-0000-4000-8000-000000000000\") {\n      version\n    }\n  }\n": typeof types.WebSocketSectionUpdatedDocument,
    "\n  query DemoContentEntry {\n    entries(first: 1) {\n      nodes {\n        sections {\n          title\n          wordCount\n          comments {\n            nodes {\n              body\n              anchor {\n                quote\n              }\n              replies {\n                body\n              }\n            }\n          }\n        }\n        metrics {\n          name\n          analysis {\n            sentences\n          }\n        }\n        testimonials {\n          quote\n          consentStatus\n        }\n      }\n    }\n  }\n": typeof types.DemoContentEntryDocument,
    "\n  query DemoContentWordCounts {\n    entries(first: 1) {\n      nodes {\n        sections {\n          wordCount\n          version\n        }\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DemoContentWordCountsDocument,
    "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n": typeof types.ConcurrentRemovalChangeRoleDocument,
    "\n  mutation ConcurrentRemovalDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n    }\n  }\n": typeof types.ConcurrentRemovalDeleteMetricDocument,
    "\n  mutation ConcurrentRemovalSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.ConcurrentRemovalSetValuesDocument,
    "\n  mutation EntriesCreate($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          key\n          title\n          wordLimit\n          criteria {\n            text\n          }\n          signOffSlots {\n            key\n            roles\n          }\n        }\n        members {\n          role\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntriesCreateDocument,
    "\n  query EntriesEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.EntriesEntryDocument,
    "\n  mutation EntriesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.EntriesInviteDocument,
    "\n  mutation EntriesAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n      }\n      entry {\n        id\n        title\n      }\n    }\n  }\n": typeof types.EntriesAcceptDocument,
    "\n  mutation EntriesChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.EntriesChangeRoleDocument,
    "\n  mutation EntriesRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.EntriesRemoveDocument,
    "\n  query EntriesTemplates {\n    templates {\n      id\n      key\n    }\n  }\n": typeof types.EntriesTemplatesDocument,
    "\n  query EntriesPage($after: String) {\n    entries(first: 2, after: $after) {\n      totalCount\n      nodes {\n        title\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EntriesPageDocument,
    "\n  query EntriesTooLongPage {\n    entries(first: 101) {\n      totalCount\n    }\n  }\n": typeof types.EntriesTooLongPageDocument,
    "\n  query EntriesGarbageCursor {\n    entries(after: \"garbage\") {\n      totalCount\n    }\n  }\n": typeof types.EntriesGarbageCursorDocument,
    "\n  query EntriesInvitation($t: String!) {\n    invitation(token: $t) {\n      entryTitle\n      role\n      email\n      invitedByName\n    }\n  }\n": typeof types.EntriesInvitationDocument,
    "\n  mutation EntriesSetWordLimit($input: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $input) {\n      section {\n        id\n        wordLimit\n      }\n    }\n  }\n": typeof types.EntriesSetWordLimitDocument,
    "\n  mutation InvitationsInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.InvitationsInviteDocument,
    "\n  mutation InvitationsWithdraw($i: InvitationIdInput!) {\n    withdrawInvitation(input: $i) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.InvitationsWithdrawDocument,
    "\n  mutation InvitationsResend($i: InvitationIdInput!) {\n    resendInvitation(input: $i) {\n      token\n      inviteUrl\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.InvitationsResendDocument,
    "\n  query InvitationsPreview($t: String!) {\n    invitation(token: $t) {\n      email\n    }\n  }\n": typeof types.InvitationsPreviewDocument,
    "\n  query InvitationsPending($id: ID!) {\n    entry(id: $id) {\n      pendingInvitations {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.InvitationsPendingDocument,
    "\n  subscription InvitationsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      entryId\n      commentId\n      read\n      actor {\n        name\n      }\n    }\n  }\n": typeof types.InvitationsNotificationAddedDocument,
    "\n  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceConcurrentLinkDocument,
    "\n  query EvidenceConcurrentSectionCriteria($id: ID!) {\n    section(id: $id) {\n      criteria {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceConcurrentSectionCriteriaDocument,
    "\n  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n    }\n  }\n": typeof types.EvidenceConcurrentDeleteTestimonialDocument,
    "\n  query EvidencePageOfEntry($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        periods\n        values {\n          numerator\n          suppressed\n        }\n        analysis {\n          hasData\n          groups {\n            group\n            gapVerdict\n          }\n          timeSeries {\n            period\n          }\n        }\n      }\n      testimonials {\n        citedAs\n        attribution\n        addedBy {\n          name\n        }\n        consentRecordedBy {\n          name\n        }\n      }\n      sections {\n        criteria {\n          covered\n          linkedSections {\n            id\n          }\n          linkedMetrics {\n            name\n          }\n          linkedTestimonials {\n            quote\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidencePageOfEntryDocument,
    "\n  query EvidenceQueriesEntryCriteria($id: ID!) {\n    entry(id: $id) {\n      sections {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceQueriesEntryCriteriaDocument,
    "\n  mutation EvidenceQueriesImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n    }\n  }\n": typeof types.EvidenceQueriesImportValuesDocument,
    "\n  mutation EvidenceQueriesRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceQueriesRecordConsentDocument,
    "\n  mutation EvidenceCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        name\n        kind\n        direction\n        ratePer\n        population\n        referenceCode\n        suppressionThreshold\n        dataSource\n      }\n    }\n  }\n": typeof types.EvidenceCreateMetricDocument,
    "\n  mutation EvidenceUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        name\n        dataSource\n        baselinePeriod\n        ratePer\n      }\n    }\n  }\n": typeof types.EvidenceUpdateMetricDocument,
    "\n  mutation EvidenceDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n      entry {\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceDeleteMetricDocument,
    "\n  mutation EvidenceImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n      metric {\n        periods\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.EvidenceImportValuesDocument,
    "\n  mutation EvidenceSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n": typeof types.EvidenceSetValuesDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": typeof types.EstimateFieldsFragmentDoc,
    "\n  query EvidenceAnalysis($id: ID!, $level: GroupLevel) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        analysis(level: $level) {\n          hasData\n          message\n          baselinePeriod\n          followUpPeriod\n          referenceGroup\n          suppressionApplied\n          sentences\n          notes\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            changeVerdict\n            gapVerdict\n            narrowedBeyondChance\n            gapSentence\n            changeSentence\n            baseline {\n              numerator\n              denominator\n              suppressed\n              value {\n                ...EstimateFields\n              }\n            }\n            followUp {\n              numerator\n              denominator\n              value {\n                ...EstimateFields\n              }\n            }\n            change {\n              ...EstimateFields\n            }\n            gapBefore {\n              position\n              difference {\n                ...EstimateFields\n              }\n              ratio {\n                ...EstimateFields\n              }\n            }\n            gapAfter {\n              position\n              difference {\n                ...EstimateFields\n              }\n            }\n            gapChange {\n              ...EstimateFields\n            }\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              figures {\n                numerator\n                suppressed\n              }\n              gapToReference {\n                available\n              }\n            }\n          }\n        }\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.EvidenceAnalysisDocument,
    "\n  mutation EvidenceAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        exportable\n        addedBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.EvidenceAddTestimonialDocument,
    "\n  mutation EvidenceRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        exportable\n        consentRecordedBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.EvidenceRecordConsentDocument,
    "\n  mutation EvidenceLinkCriterion($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        linkedSections {\n          id\n        }\n        linkedMetrics {\n          id\n        }\n        linkedTestimonials {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceLinkCriterionDocument,
    "\n  query EvidenceReadiness($id: ID!) {\n    entry(id: $id) {\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n        }\n        sectionsOverWordLimit {\n          section {\n            id\n          }\n          wordCount\n          wordLimit\n        }\n        missingSignOffs {\n          slotKey\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n        figuresOutOfStep {\n          section {\n            id\n          }\n          figure {\n            status\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceReadinessDocument,
    "\n  query EvidenceTestimonials($id: ID!, $c: Boolean) {\n    entry(id: $id) {\n      testimonials(consentedOnly: $c) {\n        id\n        attribution\n        citedAs\n      }\n    }\n  }\n": typeof types.EvidenceTestimonialsDocument,
    "\n  mutation EvidenceSetWordLimit($i: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceSetWordLimitDocument,
    "\n  mutation EvidenceTestimonialUpdate($i: UpdateTestimonialInput!) {\n    updateTestimonial(input: $i) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          name\n        }\n        exportable\n      }\n    }\n  }\n": typeof types.EvidenceTestimonialUpdateDocument,
    "\n  mutation EvidenceTestimonialDelete($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvidenceTestimonialDeleteDocument,
    "\n  mutation EvidenceTestimonialConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        consentStatus\n      }\n    }\n  }\n": typeof types.EvidenceTestimonialConsentDocument,
    "\n  query EvidenceTestimonialExportable($id: ID!) {\n    entry(id: $id) {\n      testimonials(consentedOnly: true) {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceTestimonialExportableDocument,
    "\n  mutation DisclosureSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n": typeof types.DisclosureSetValuesDocument,
    "\n  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.DisclosureUpdateMetricDocument,
    "\n  query DisclosureRead($id: ID!) {\n    entry(id: $id) {\n      abilities {\n        canEditEvidence\n        canEditValues\n      }\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisclosureReadDocument,
    "\n  query DisclosureHistory($id: ID!) {\n    entry(id: $id) {\n      activity(first: 100) {\n        nodes {\n          kind\n          at\n          summary\n          actor {\n            name\n          }\n          valueChanges {\n            period\n            ethnicCode\n            ethnicCategory\n            ageBand\n            figuresShown\n            before {\n              numerator\n              denominator\n            }\n            after {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisclosureHistoryDocument,
    "\n  query DisclosureAudit($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actorName\n          summary\n          data\n          valueChanges {\n            period\n            ethnicCode\n            ageBand\n            figuresShown\n            before {\n              numerator\n            }\n            after {\n              numerator\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisclosureAuditDocument,
    "\n  query DisclosureVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n    }\n  }\n": typeof types.DisclosureVerifyDocument,
    "\n  mutation SeriesCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n": typeof types.SeriesCreateMetricDocument,
    "\n  mutation SeriesUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n": typeof types.SeriesUpdateMetricDocument,
    "\n  query SeriesAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          notes\n          groups {\n            group\n            changeVerdict\n            changeSentence\n            gapSentence\n          }\n          overall {\n            period\n            numerator\n            denominator\n            suppressed\n            value {\n              estimate\n            }\n          }\n          spc {\n            group\n            isOverall\n            available\n            reason\n            type\n            variation\n            assurance\n            target\n            provisional\n            signals\n            sentence\n            description\n            points {\n              period\n              value\n              mean\n              upperLimit\n              lowerLimit\n              segment\n              recalculated\n              beyondLimits\n              shift\n              trend\n              twoOfThree\n              variation\n            }\n          }\n          dataQuality {\n            notStated {\n              period\n              share\n              notStated\n              total\n              high\n              moved\n              suppressed\n            }\n            flags {\n              kind\n              period\n              group\n              message\n            }\n          }\n        }\n      }\n      readiness {\n        dataQualityWarnings {\n          message\n        }\n      }\n    }\n  }\n": typeof types.SeriesAnalysisDocument,
    "\n  query AnalysisFileSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          suppressed\n        }\n        analysis(level: ETHNIC_CATEGORY) {\n          sentences\n          groups {\n            code\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnalysisFileSentencesDocument,
    "\n  mutation ImportFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      format\n      delimiter\n      headerRow\n      headers\n      rowCount\n      sampleRows\n      suggestedMapping {\n        period\n        ethnicity\n        numerator\n        denominator\n        mean\n        sd\n        n\n      }\n    }\n  }\n": typeof types.ImportFilePreviewDocument,
    "\n  mutation ImportFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        column\n        reason\n      }\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n": typeof types.ImportFileImportDocument,
    "\n  mutation MethodsCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        confidenceLevel\n      }\n    }\n  }\n": typeof types.MethodsCreateMetricDocument,
    "\n  mutation MethodsUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        baselinePeriod\n        followUpPeriod\n        confidenceLevel\n      }\n    }\n  }\n": typeof types.MethodsUpdateMetricDocument,
    "\n  query MethodsAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          confidenceLevel\n          confidence\n          periodOrder\n          message\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          methods {\n            name\n            usedFor\n            reference\n          }\n          groups {\n            group\n            baseline {\n              value {\n                estimate\n                lower\n                upper\n              }\n            }\n            changeVerdict\n            changeSentence\n          }\n        }\n      }\n      readiness {\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MethodsAnalysisDocument,
    "\n  mutation RoundingUpdate($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        roundToFive\n      }\n    }\n  }\n": typeof types.RoundingUpdateDocument,
    "\n  mutation RoundedCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.RoundedCreateMetricDocument,
    "\n  fragment RoundedAnalysis on MetricAnalysis {\n    level\n    baselinePeriod\n    followUpPeriod\n    referenceGroup\n    sentences\n    notes\n    groups {\n      group\n      isReference\n      baseline {\n        ...RoundedFigures\n      }\n      followUp {\n        ...RoundedFigures\n      }\n      change {\n        ...RoundedEstimate\n      }\n      gapBefore {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapAfter {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapChange {\n        ...RoundedEstimate\n      }\n      changeSentence\n      gapSentence\n    }\n    timeSeries {\n      period\n      groups {\n        group\n        code\n        isReference\n        figures {\n          ...RoundedFigures\n        }\n        gapToReference {\n          ...RoundedEstimate\n        }\n      }\n    }\n    overall {\n      ...RoundedFigures\n    }\n    standardisedRates {\n      group\n      period\n      events\n      population\n      suppressed\n      value {\n        ...RoundedEstimate\n      }\n      crude {\n        ...RoundedEstimate\n      }\n    }\n    spc {\n      group\n      isOverall\n      available\n      sentence\n      description\n      median\n      points {\n        period\n        value\n        mean\n        upperLimit\n        lowerLimit\n        upperTwoSigma\n        lowerTwoSigma\n      }\n    }\n    dataQuality {\n      notStated {\n        period\n        share\n        notStated\n        total\n        suppressed\n      }\n      flags {\n        message\n      }\n    }\n  }\n": typeof types.RoundedAnalysisFragmentDoc,
    "\n  fragment RoundedFigures on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...RoundedEstimate\n    }\n  }\n": typeof types.RoundedFiguresFragmentDoc,
    "\n  fragment RoundedEstimate on Estimate {\n    available\n    estimate\n    lower\n    upper\n  }\n": typeof types.RoundedEstimateFragmentDoc,
    "\n  query RoundedView($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        kind\n        ratePer\n        confidenceLevel\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          mean\n          sd\n          n\n          suppressed\n        }\n        ons: analysis(level: ONS_GROUP) {\n          ...RoundedAnalysis\n        }\n        detailed: analysis(level: ETHNIC_CATEGORY) {\n          ...RoundedAnalysis\n        }\n      }\n    }\n  }\n": typeof types.RoundedViewDocument,
    "\n  query RoundingRead($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n              value {\n                estimate\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundingReadDocument,
    "\n  query ExportEntry($id: ID!, $f: ExportFormat!) {\n    exportEntry(entryId: $id, format: $f) {\n      filename\n      mediaType\n      base64\n    }\n  }\n": typeof types.ExportEntryDocument,
    "\n  query ExportSectionTitles($id: ID!) {\n    entry(id: $id) {\n      sections {\n        title\n      }\n    }\n  }\n": typeof types.ExportSectionTitlesDocument,
    "\n  query ExportStateAndAuditHead($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n    verifyAuditLog(entryId: $id) {\n      valid\n      headSeq\n      headHash\n    }\n  }\n": typeof types.ExportStateAndAuditHeadDocument,
    "\n  mutation ContentSchemaApply($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": typeof types.ContentSchemaApplyDocument,
    "\n  mutation ContentSchemaReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        markdown\n      }\n    }\n  }\n": typeof types.ContentSchemaReplaceDocument,
    "\n  query ContentSchemaSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      update\n    }\n  }\n": typeof types.ContentSchemaSyncDocument,
    "\n  query ContentSchemaSection($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        markdown\n        version\n        contentHash\n      }\n    }\n  }\n": typeof types.ContentSchemaSectionDocument,
    "\n  query ContentSchemaRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContentSchemaRevisionsDocument,
    "\n  mutation ContentSchemaRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        markdown\n      }\n    }\n  }\n": typeof types.ContentSchemaRestoreDocument,
    "\n  query LiveViews($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        markdown\n        wordCount\n        version\n        contentHash\n      }\n    }\n  }\n": typeof types.LiveViewsDocument,
    "\n  query LiveSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n      version\n    }\n  }\n": typeof types.LiveSyncDocument,
    "\n  subscription LiveSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      version\n    }\n  }\n": typeof types.LiveSectionUpdatedDocument,
    "\n  subscription LiveSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n      authorId\n    }\n  }\n": typeof types.LiveSectionRelayDocument,
    "\n  query LiveRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          totalCount\n          nodes {\n            id\n            reason\n            version\n            markdown\n            authors {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LiveRevisionsDocument,
    "\n  query LiveRestorable($id: ID!) {\n    entry(id: $id) {\n      sections {\n        version\n        markdown\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": typeof types.LiveRestorableDocument,
    "\n  mutation LiveRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": typeof types.LiveRestoreDocument,
    "\n  subscription LivePresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      sectionId\n      left\n      awareness\n    }\n  }\n": typeof types.LivePresenceUpdatedDocument,
    "\n  mutation LiveUpdatePresence($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n      }\n    }\n  }\n": typeof types.LiveUpdatePresenceDocument,
    "\n  query LivePresence($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n      }\n    }\n  }\n": typeof types.LivePresenceDocument,
    "\n  mutation MultiProcessLogIn($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.MultiProcessLogInDocument,
    "\n  query MultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MultiProcessEntriesDocument,
    "\n  query MultiProcessPresence {\n    entries {\n      nodes {\n        presence {\n          userName\n        }\n      }\n    }\n  }\n": typeof types.MultiProcessPresenceDocument,
    "\n  query PipelinedText($id: ID!) {\n    entry(id: $id) {\n      sections {\n        text\n        version\n      }\n    }\n  }\n": typeof types.PipelinedTextDocument,
    "\n  mutation PresenceUpdate($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n        clientId\n        left\n      }\n    }\n  }\n": typeof types.PresenceUpdateDocument,
    "\n  query PresenceListed($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n        clientId\n      }\n    }\n  }\n": typeof types.PresenceListedDocument,
    "\n  subscription PresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      clientId\n      left\n      awareness\n    }\n  }\n": typeof types.PresenceUpdatedDocument,
    "\n  mutation SectionSizeRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n": typeof types.SectionSizeRestoreDocument,
    "\n  query SectionSizeOfSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        markdown\n        contentBytes\n        contentBytesLimit\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectionSizeOfSectionsDocument,
    "\n  subscription SubscriptionListenersPresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n    }\n  }\n": typeof types.SubscriptionListenersPresenceUpdatedDocument,
    "\n  subscription SubscriptionListenersEntryEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n    }\n  }\n": typeof types.SubscriptionListenersEntryEventsDocument,
    "\n  query RevisionHistory($id: ID!, $from: ID, $to: ID) {\n    section(id: $id) {\n      version\n      revisions(first: 10) {\n        nodes {\n          id\n          name\n          reason\n          markdown\n        }\n      }\n      diff(from: $from, to: $to) {\n        op\n        text\n        authors {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RevisionHistoryDocument,
    "\n  mutation RevisionHistoryName($i: NameSectionRevisionInput!) {\n    nameSectionRevision(input: $i) {\n      revision {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevisionHistoryNameDocument,
    "\n  mutation MailInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      emailed\n    }\n  }\n": typeof types.MailInviteDocument,
    "\n  mutation MailReply($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.MailReplyDocument,
    "\n  query MailSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n      }\n    }\n  }\n": typeof types.MailSectionsDocument,
    "\n  mutation MailReplace($input: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $input) {\n      section {\n        id\n      }\n    }\n  }\n": typeof types.MailReplaceDocument,
    "\n  mutation MailRequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.MailRequestReviewDocument,
    "\n  mutation MailSetPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": typeof types.MailSetPreferenceDocument,
    "\n  query MailMyPreferences {\n    me {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": typeof types.MailMyPreferencesDocument,
    "\n  mutation MailUnsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n": typeof types.MailUnsubscribeDocument,
    "\n  mutation MailSetClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        closesAt\n        abilities {\n          canSetClosingDate\n        }\n      }\n    }\n  }\n": typeof types.MailSetClosingDateDocument,
    "\n  mutation MailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n": typeof types.MailRequestResetDocument,
    "\n  mutation MailReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": typeof types.MailResetDocument,
    "\n  query MailServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n": typeof types.MailServerInfoDocument,
    "\n  query MailProcessEntries {\n    entries {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.MailProcessEntriesDocument,
    "\n  mutation MailProcessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n    }\n  }\n": typeof types.MailProcessInviteDocument,
    "\n  query PolicyMultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n        members {\n          id\n          role\n          user {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PolicyMultiProcessEntriesDocument,
    "\n  query PolicyMultiProcessSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      version\n    }\n  }\n": typeof types.PolicyMultiProcessSectionSyncDocument,
    "\n  mutation PolicyMultiProcessLogOut {\n    logOut(input: {}) {\n      loggedOut\n    }\n  }\n": typeof types.PolicyMultiProcessLogOutDocument,
    "\n  mutation PolicyRevocationsLogOutEverywhere {\n    logOut(input: { everywhere: true }) {\n      loggedOut\n    }\n  }\n": typeof types.PolicyRevocationsLogOutEverywhereDocument,
    "\n  mutation PolicyRevocationsMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n": typeof types.PolicyRevocationsMarkAllReadDocument,
    "\n  mutation PolicyRevocationsCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Soon gone\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.PolicyRevocationsCreateEntryDocument,
    "\n  query PolicyRevocationsSectionMarkdown($s: ID!) {\n    section(id: $s) {\n      markdown\n    }\n  }\n": typeof types.PolicyRevocationsSectionMarkdownDocument,
    "\n  query PolicyRevocationsSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      stateVector\n    }\n  }\n": typeof types.PolicyRevocationsSectionSyncDocument,
    "\n  query PolicyStillAllowedSectionVersion($id: ID!) {\n    section(id: $id) {\n      version\n    }\n  }\n": typeof types.PolicyStillAllowedSectionVersionDocument,
    "\n  mutation StartLogInLead {\n    logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.StartLogInLeadDocument,
    "\n  mutation StartCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Made before the restart\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.StartCreateEntryDocument,
    "\n  query StartEntries {\n    entries {\n      nodes {\n        title\n        sections {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StartEntriesDocument,
    "\n  mutation SignOffReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        contentHash\n      }\n    }\n  }\n": typeof types.SignOffReplaceDocument,
    "\n  mutation SignOffRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        contentHash\n      }\n    }\n  }\n": typeof types.SignOffRestoreDocument,
    "\n  mutation SignOffSetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      section {\n        signOffSlots {\n          key\n        }\n      }\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.SignOffSetSlotsDocument,
    "\n  query SignOffStatus($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        signOffStatus {\n          approved\n          slots {\n            key\n            held\n            heldBy {\n              id\n              signer {\n                name\n              }\n            }\n          }\n          openChangeRequests {\n            id\n          }\n          staleSignOffs {\n            id\n          }\n        }\n        signOffs {\n          totalCount\n          nodes {\n            id\n            meaning\n            slotKey\n            role\n            note\n            contentHash\n            markdown\n            stale\n            superseded\n            current\n            diffSinceSigned {\n              op\n              text\n            }\n            signer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignOffStatusDocument,
    "\n  query SignOffNotifications {\n    me {\n      unreadNotificationCount\n      notifications {\n        nodes {\n          kind\n          message\n          sectionId\n          signOffId\n          read\n        }\n      }\n    }\n  }\n": typeof types.SignOffNotificationsDocument,
    "\n  mutation WorkflowPropertySetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.WorkflowPropertySetSlotsDocument,
    "\n  query WorkflowPropertyStatus($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        signOffStatus {\n          approved\n        }\n      }\n    }\n  }\n": typeof types.WorkflowPropertyStatusDocument,
    "\n  mutation WorkflowRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.WorkflowRequestReviewDocument,
    "\n  mutation WorkflowSubmit($i: SubmitEntryInput!) {\n    submitEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.WorkflowSubmitDocument,
    "\n  mutation WorkflowReopen($i: ReopenEntryInput!) {\n    reopenEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.WorkflowReopenDocument,
    "\n  query WorkflowNotificationKinds {\n    me {\n      notifications {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.WorkflowNotificationKindsDocument,
    "\n  query WorkflowNotificationSignOffs {\n    me {\n      notifications {\n        nodes {\n          kind\n          signOffId\n        }\n      }\n    }\n  }\n": typeof types.WorkflowNotificationSignOffsDocument,
    "\n  mutation WorkflowAccept($i: AcceptInvitationInput!) {\n    acceptInvitation(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.WorkflowAcceptDocument,
    "\n  query EvidenceSignOffsNow($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        id\n        signOffs(first: 20) {\n          nodes {\n            id\n            stale\n            current\n            evidenceDigest\n            signer {\n              id\n            }\n            diffSinceSigned {\n              op\n              text\n            }\n            evidenceChangesSinceSigned\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceSignOffsNowDocument,
    "\n  query EvidenceSignSeen($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n        evidenceDigest\n      }\n    }\n  }\n": typeof types.EvidenceSignSeenDocument,
    "\n  mutation EvidenceSignSeenSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        contentHash\n        evidenceDigest\n        current\n      }\n    }\n  }\n": typeof types.EvidenceSignSeenSignOffDocument,
    "\n  subscription LiveEditorSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n    }\n  }\n": typeof types.LiveEditorSectionRelayDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": typeof types.LiveEditorSectionSyncDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": typeof types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": typeof types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": typeof types.EntryEventsOfEntryDocument,
    "\n  query WaitingForMe($first: Int, $after: String, $entryId: ID) {\n    me {\n      id\n      waitingForMe(first: $first, after: $after, entryId: $entryId) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          message\n          path\n          createdAt\n          entry {\n            id\n            title\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaitingForMeDocument,
    "\n  query MyAccountAtOnce {\n    me {\n      id\n      apiTokens {\n        id\n        lastUsedAt\n      }\n      mailPreferences {\n        kind\n      }\n      unreadNotificationCount\n      waitingForMe {\n        totalCount\n      }\n    }\n  }\n": typeof types.MyAccountAtOnceDocument,
    "\n  query WaitingOfMember($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          waitingForMe {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaitingOfMemberDocument,
    "\n  query WaitingSectionCounts($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        wordCount\n        wordLimit\n        openThreadCount\n        pendingSuggestionCount\n        comments(state: OPEN, first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.WaitingSectionCountsDocument,
    "\n  mutation AgeSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n": typeof types.AgeSetValuesDocument,
    "\n  mutation AgeFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      suggestedMapping {\n        period\n        ethnicity\n        ageBand\n        numerator\n        denominator\n      }\n    }\n  }\n": typeof types.AgeFilePreviewDocument,
    "\n  mutation AgeFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        reason\n      }\n    }\n  }\n": typeof types.AgeFileImportDocument,
    "\n  query AgeAnalysis($id: ID!, $level: GroupLevel!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          suppressed\n        }\n        analysis(level: $level) {\n          ageStandardised\n          notes\n          methods {\n            name\n            reference\n          }\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n          standardisedRates {\n            group\n            code\n            isReference\n            period\n            events\n            population\n            ageBands\n            suppressed\n            value {\n              ...EstimateFields\n            }\n            crude {\n              available\n              estimate\n              lower\n              upper\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgeAnalysisDocument,
    "\n  query SuggestionsOfSection($id: ID!, $authorId: ID) {\n    section(id: $id) {\n      id\n      text\n      contentHash\n      version\n      suggestions(authorId: $authorId) {\n        totalCount\n        nodes {\n          id\n          kind\n          text\n          insertedText\n          deletedText\n          role\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsOfSectionDocument,
    "\n  mutation SuggestionsAccept($i: ResolveSuggestionInput!) {\n    acceptSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SuggestionsAcceptDocument,
    "\n  mutation SuggestionsReject($i: ResolveSuggestionInput!) {\n    rejectSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SuggestionsRejectDocument,
    "\n  mutation SuggestionsAcceptAll($i: ResolveSuggestionsInput!) {\n    acceptSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SuggestionsAcceptAllDocument,
    "\n  mutation SuggestionsRejectAll($i: ResolveSuggestionsInput!) {\n    rejectSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SuggestionsRejectAllDocument,
    "\n  subscription SuggestionsEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      sectionId\n      suggestionId\n      actorId\n    }\n  }\n": typeof types.SuggestionsEventsDocument,
    "\n  mutation CriterionLinkPassages($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        passages {\n          id\n          section {\n            id\n          }\n          quote\n          quoteWhenLinked\n          lost\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.CriterionLinkPassagesDocument,
    "\n  query CriterionPassages($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        criteria {\n          id\n          covered\n          passages {\n            id\n            quote\n            quoteWhenLinked\n            lost\n            from\n            to\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CriterionPassagesDocument,
    "\n  query FigureSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          groups {\n            group\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n": typeof types.FigureSentencesDocument,
    "\n  query SectionFigures($id: ID!) {\n    section(id: $id) {\n      id\n      text\n      figures {\n        metricId\n        metric {\n          id\n          name\n        }\n        level\n        group\n        kind\n        text\n        currentWording\n        status\n      }\n    }\n  }\n": typeof types.SectionFiguresDocument,
    "\n  mutation UpdateFigure($i: FigureInput!) {\n    updateFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.UpdateFigureDocument,
    "\n  mutation UnlinkFigure($i: FigureInput!) {\n    unlinkFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n": typeof types.UnlinkFigureDocument,
};
const documents: Documents = {
    "\n        query IdsSectionInCapitals($id: ID!) {\n          section(id: $id) {\n            id\n          }\n        }\n      ": types.IdsSectionInCapitalsDocument,
    "\n        mutation RequestLimitsInviteMember($i: InviteMemberInput!) {\n          inviteMember(input: $i) {\n            token\n          }\n        }\n      ": types.RequestLimitsInviteMemberDocument,
    "\n        query StorableStringsTemplates {\n          templates {\n            id\n          }\n        }\n      ": types.StorableStringsTemplatesDocument,
    "\n        mutation StorableStringsOddTokenName($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      ": types.StorableStringsOddTokenNameDocument,
    "\n        mutation InvitationsAccept($t: String!) {\n          acceptInvitation(input: { token: $t }) {\n            membership {\n              role\n            }\n          }\n        }\n      ": types.InvitationsAcceptDocument,
    "\n        mutation DurabilityLogIn {\n          logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n            user {\n              id\n            }\n          }\n        }\n      ": types.DurabilityLogInDocument,
    "\n          query DurabilitySectionIds {\n            entries {\n              nodes {\n                sections {\n                  id\n                }\n              }\n            }\n          }\n        ": types.DurabilitySectionIdsDocument,
    "\n              mutation DurabilityApply($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            ": types.DurabilityApplyDocument,
    "\n      query DurabilityStored($id: ID!) {\n        sectionSync(sectionId: $id) {\n          version\n        }\n        entries {\n          nodes {\n            sections {\n              id\n              text\n            }\n          }\n        }\n      }\n    ": types.DurabilityStoredDocument,
    "\n        mutation RedisOutageApply($i: ApplySectionUpdateInput!) {\n          applySectionUpdate(input: $i) {\n            version\n          }\n        }\n      ": types.RedisOutageApplyDocument,
    "\n          query PolicyMatrixTemplates {\n            templates {\n              id\n            }\n          }\n        ": types.PolicyMatrixTemplatesDocument,
    "\n          query PolicyMatrixEntries {\n            entries {\n              totalCount\n            }\n          }\n        ": types.PolicyMatrixEntriesDocument,
    "\n          mutation PolicyMatrixCreateEntry($t: ID!) {\n            createEntry(input: { templateId: $t, title: \"M\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixCreateEntryDocument,
    "\n          mutation PolicyMatrixCreateApiToken {\n            createApiToken(input: { name: \"x\", scope: READ }) {\n              secret\n            }\n          }\n        ": types.PolicyMatrixCreateApiTokenDocument,
    "\n          mutation PolicyMatrixRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { tokenId: $id }) {\n              token {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixRevokeApiTokenDocument,
    "\n          mutation PolicyMatrixAcceptInvitation {\n            acceptInvitation(input: { token: \"unknown\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixAcceptInvitationDocument,
    "\n          query PolicyMatrixEntry($id: ID!) {\n            entry(id: $id) {\n              id\n            }\n          }\n        ": types.PolicyMatrixEntryDocument,
    "\n          query PolicyMatrixEntryPendingInvitations($id: ID!) {\n            entry(id: $id) {\n              pendingInvitations {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixEntryPendingInvitationsDocument,
    "\n          mutation PolicyMatrixInviteMember($i: InviteMemberInput!) {\n            inviteMember(input: $i) {\n              token\n            }\n          }\n        ": types.PolicyMatrixInviteMemberDocument,
    "\n            mutation PolicyMatrixInviteToChange($i: InviteMemberInput!) {\n              inviteMember(input: $i) {\n                invitation {\n                  id\n                }\n              }\n            }\n          ": types.PolicyMatrixInviteToChangeDocument,
    "\n              mutation PolicyMatrixWithdrawInvitation($i: InvitationIdInput!) {\n                withdrawInvitation(input: $i) {\n                  invitation {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixWithdrawInvitationDocument,
    "\n              mutation PolicyMatrixResendInvitation($i: InvitationIdInput!) {\n                resendInvitation(input: $i) {\n                  token\n                }\n              }\n            ": types.PolicyMatrixResendInvitationDocument,
    "\n          mutation PolicyMatrixChangeMemberRole($i: ChangeMemberRoleInput!) {\n            changeMemberRole(input: $i) {\n              membership {\n                role\n              }\n            }\n          }\n        ": types.PolicyMatrixChangeMemberRoleDocument,
    "\n          mutation PolicyMatrixRemoveMember($i: RemoveMemberInput!) {\n            removeMember(input: $i) {\n              removedMembershipId\n            }\n          }\n        ": types.PolicyMatrixRemoveMemberDocument,
    "\n          query PolicyMatrixSection($id: ID!) {\n            section(id: $id) {\n              id\n              title\n            }\n          }\n        ": types.PolicyMatrixSectionDocument,
    "\n          query PolicyMatrixSectionSync($s: ID!) {\n            sectionSync(sectionId: $s) {\n              version\n            }\n          }\n        ": types.PolicyMatrixSectionSyncDocument,
    "\n          mutation PolicyMatrixApplySectionUpdate($i: ApplySectionUpdateInput!) {\n            applySectionUpdate(input: $i) {\n              version\n            }\n          }\n        ": types.PolicyMatrixApplySectionUpdateDocument,
    "\n              mutation PolicyMatrixAcceptSuggestion($i: ResolveSuggestionInput!) {\n                acceptSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": types.PolicyMatrixAcceptSuggestionDocument,
    "\n              mutation PolicyMatrixRejectSuggestion($i: ResolveSuggestionInput!) {\n                rejectSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": types.PolicyMatrixRejectSuggestionDocument,
    "\n              mutation PolicyMatrixAcceptSuggestions($i: ResolveSuggestionsInput!) {\n                acceptSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": types.PolicyMatrixAcceptSuggestionsDocument,
    "\n              mutation PolicyMatrixRejectSuggestions($i: ResolveSuggestionsInput!) {\n                rejectSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            ": types.PolicyMatrixRejectSuggestionsDocument,
    "\n              mutation PolicyMatrixUpdateFigure($i: FigureInput!) {\n                updateFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixUpdateFigureDocument,
    "\n              mutation PolicyMatrixUnlinkFigure($i: FigureInput!) {\n                unlinkFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixUnlinkFigureDocument,
    "\n            query PolicyMatrixReplaceSectionContentVersion($s: ID!) {\n              sectionSync(sectionId: $s) {\n                version\n              }\n            }\n          ": types.PolicyMatrixReplaceSectionContentVersionDocument,
    "\n          mutation PolicyMatrixReplaceSectionContent($i: ReplaceSectionContentInput!) {\n            replaceSectionContent(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixReplaceSectionContentDocument,
    "\n          mutation PolicyMatrixRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n            restoreSectionRevision(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixRestoreSectionRevisionDocument,
    "\n          mutation PolicyMatrixNameSectionRevision($i: NameSectionRevisionInput!) {\n            nameSectionRevision(input: $i) {\n              revision {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixNameSectionRevisionDocument,
    "\n          mutation PolicyMatrixUpdatePresence($i: UpdatePresenceInput!) {\n            updatePresence(input: $i) {\n              presence {\n                userName\n              }\n            }\n          }\n        ": types.PolicyMatrixUpdatePresenceDocument,
    "\n          mutation PolicyMatrixSetSectionWordLimit($i: SetSectionWordLimitInput!) {\n            setSectionWordLimit(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixSetSectionWordLimitDocument,
    "\n          query PolicyMatrixEthnicCategories {\n            ethnicCategories {\n              code\n            }\n          }\n        ": types.PolicyMatrixEthnicCategoriesDocument,
    "\n          mutation PolicyMatrixCreateMetric($i: CreateMetricInput!) {\n            createMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixCreateMetricDocument,
    "\n          mutation PolicyMatrixUpdateMetric($i: UpdateMetricInput!) {\n            updateMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixUpdateMetricDocument,
    "\n          mutation PolicyMatrixDeleteMetric($i: DeleteMetricInput!) {\n            deleteMetric(input: $i) {\n              deletedMetricId\n            }\n          }\n        ": types.PolicyMatrixDeleteMetricDocument,
    "\n          mutation PolicyMatrixSetMetricValues($i: SetMetricValuesInput!) {\n            setMetricValues(input: $i) {\n              written\n            }\n          }\n        ": types.PolicyMatrixSetMetricValuesDocument,
    "\n          mutation PolicyMatrixImportMetricValues($i: ImportMetricValuesInput!) {\n            importMetricValues(input: $i) {\n              written\n            }\n          }\n        ": types.PolicyMatrixImportMetricValuesDocument,
    "\n          mutation PolicyMatrixPreviewValuesFile($i: PreviewValuesFileInput!) {\n            previewValuesFile(input: $i) {\n              headerRow\n            }\n          }\n        ": types.PolicyMatrixPreviewValuesFileDocument,
    "\n          mutation PolicyMatrixImportValuesFile($i: ImportValuesFileInput!) {\n            importValuesFile(input: $i) {\n              written\n            }\n          }\n        ": types.PolicyMatrixImportValuesFileDocument,
    "\n          mutation PolicyMatrixAddTestimonial($i: AddTestimonialInput!) {\n            addTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixAddTestimonialDocument,
    "\n          mutation PolicyMatrixRecordConsent($i: RecordConsentInput!) {\n            recordConsent(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixRecordConsentDocument,
    "\n          mutation PolicyMatrixUpdateTestimonial($i: UpdateTestimonialInput!) {\n            updateTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixUpdateTestimonialDocument,
    "\n          mutation PolicyMatrixDeleteTestimonial($i: DeleteTestimonialInput!) {\n            deleteTestimonial(input: $i) {\n              deletedTestimonialId\n            }\n          }\n        ": types.PolicyMatrixDeleteTestimonialDocument,
    "\n          mutation PolicyMatrixLinkCriterion($i: LinkCriterionInput!) {\n            linkCriterion(input: $i) {\n              criterion {\n                covered\n              }\n            }\n          }\n        ": types.PolicyMatrixLinkCriterionDocument,
    "\n          query PolicyMatrixEntryEvidence($id: ID!) {\n            entry(id: $id) {\n              metrics {\n                values {\n                  suppressed\n                }\n                analysis {\n                  hasData\n                }\n              }\n              testimonials {\n                citedAs\n              }\n              readiness {\n                ready\n              }\n            }\n          }\n        ": types.PolicyMatrixEntryEvidenceDocument,
    "\n          query PolicyMatrixExportEntry($id: ID!) {\n            exportEntry(entryId: $id, format: MARKDOWN) {\n              filename\n            }\n          }\n        ": types.PolicyMatrixExportEntryDocument,
    "\n          mutation PolicyMatrixAddComment($i: AddCommentInput!) {\n            addComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixAddCommentDocument,
    "\n          mutation PolicyMatrixReplyToComment($i: ReplyToCommentInput!) {\n            replyToComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixReplyToCommentDocument,
    "\n          mutation PolicyMatrixEditComment($i: EditCommentInput!) {\n            editComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixEditCommentDocument,
    "\n          mutation PolicyMatrixDeleteComment($i: DeleteCommentInput!) {\n            deleteComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixDeleteCommentDocument,
    "\n          mutation PolicyMatrixResolveComment($i: ResolveCommentInput!) {\n            resolveComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixResolveCommentDocument,
    "\n          mutation PolicyMatrixReopenComment($i: ReopenCommentInput!) {\n            reopenComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixReopenCommentDocument,
    "\n          mutation PolicyMatrixSetSignOffSlots($i: SetSignOffSlotsInput!) {\n            setSignOffSlots(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        ": types.PolicyMatrixSetSignOffSlotsDocument,
    "\n        mutation PolicyMatrixRequestReview($i: RequestReviewInput!) {\n          requestReview(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": types.PolicyMatrixRequestReviewDocument,
    "\n        mutation PolicyMatrixSubmitEntry($i: SubmitEntryInput!) {\n          submitEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": types.PolicyMatrixSubmitEntryDocument,
    "\n        mutation PolicyMatrixReopenEntry($i: ReopenEntryInput!) {\n          reopenEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      ": types.PolicyMatrixReopenEntryDocument,
    "\n          mutation PolicyMatrixSetMailPreference {\n            setMailPreference(input: { kind: MENTION, delivery: DAILY_DIGEST }) {\n              mailPreferences {\n                kind\n              }\n            }\n          }\n        ": types.PolicyMatrixSetMailPreferenceDocument,
    "\n          mutation PolicyMatrixSetEntryClosingDate($i: SetEntryClosingDateInput!) {\n            setEntryClosingDate(input: $i) {\n              entry {\n                closesAt\n              }\n            }\n          }\n        ": types.PolicyMatrixSetEntryClosingDateDocument,
    "\n          mutation PolicyMatrixMarkNotificationsRead {\n            markNotificationsRead(input: { all: true }) {\n              unreadCount\n            }\n          }\n        ": types.PolicyMatrixMarkNotificationsReadDocument,
    "\n          query PolicyMatrixVerifyAuditLog($id: ID!) {\n            verifyAuditLog(entryId: $id) {\n              valid\n            }\n          }\n        ": types.PolicyMatrixVerifyAuditLogDocument,
    "\n          query PolicyMatrixEntryAuditLog($id: ID!) {\n            entry(id: $id) {\n              auditLog {\n                totalCount\n              }\n            }\n          }\n        ": types.PolicyMatrixEntryAuditLogDocument,
    "\n          query PolicyMatrixSectionReview($id: ID!) {\n            entry(id: $id) {\n              sections {\n                comments {\n                  nodes {\n                    anchor {\n                      currentText\n                    }\n                    replies {\n                      id\n                    }\n                  }\n                }\n                signOffs {\n                  nodes {\n                    stale\n                  }\n                }\n                signOffStatus {\n                  approved\n                }\n              }\n            }\n          }\n        ": types.PolicyMatrixSectionReviewDocument,
    "\n          query PolicyMatrixMeId {\n            me {\n              id\n            }\n          }\n        ": types.PolicyMatrixMeIdDocument,
    "\n        query PolicyMatrixSetupTemplates {\n          templates {\n            id\n          }\n        }\n      ": types.PolicyMatrixSetupTemplatesDocument,
    "\n      mutation PolicyMatrixSetupReplaceSectionContent($i: ReplaceSectionContentInput!) {\n        replaceSectionContent(input: $i) {\n          section {\n            id\n          }\n        }\n      }\n    ": types.PolicyMatrixSetupReplaceSectionContentDocument,
    "\n      query PolicyMatrixSetupEntry($id: ID!) {\n        entry(id: $id) {\n          sections {\n            revisions {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.PolicyMatrixSetupEntryDocument,
    "\n          mutation PolicyMatrixSetupToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              secret\n            }\n          }\n        ": types.PolicyMatrixSetupTokenDocument,
    "\n              query PolicyMatrixAskSection($i: ID!) {\n                section(id: $i) {\n                  id\n                }\n              }\n            ": types.PolicyMatrixAskSectionDocument,
    "\n              query PolicyMatrixAskSectionSync($i: ID!) {\n                sectionSync(sectionId: $i) {\n                  version\n                }\n              }\n            ": types.PolicyMatrixAskSectionSyncDocument,
    "\n              mutation PolicyMatrixAskApplySectionUpdate($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            ": types.PolicyMatrixAskApplySectionUpdateDocument,
    "\n              mutation PolicyMatrixAskAddComment($i: AddCommentInput!) {\n                addComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixAskAddCommentDocument,
    "\n              mutation PolicyMatrixAskResolveComment($i: ResolveCommentInput!) {\n                resolveComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixAskResolveCommentDocument,
    "\n              mutation PolicyMatrixAskUpdateMetric($i: UpdateMetricInput!) {\n                updateMetric(input: $i) {\n                  metric {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixAskUpdateMetricDocument,
    "\n              mutation PolicyMatrixAskDeleteTestimonial($i: DeleteTestimonialInput!) {\n                deleteTestimonial(input: $i) {\n                  deletedTestimonialId\n                }\n              }\n            ": types.PolicyMatrixAskDeleteTestimonialDocument,
    "\n              mutation PolicyMatrixAskLinkCriterion($i: LinkCriterionInput!) {\n                linkCriterion(input: $i) {\n                  criterion {\n                    covered\n                  }\n                }\n              }\n            ": types.PolicyMatrixAskLinkCriterionDocument,
    "\n              mutation PolicyMatrixAskRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n                restoreSectionRevision(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            ": types.PolicyMatrixAskRestoreSectionRevisionDocument,
    "\n  query ActivityOfEntry($id: ID!, $first: Int, $after: String) {\n    entry(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          commentId\n          threadId\n          signOffId\n          actor {\n            id\n            name\n          }\n          authors {\n            name\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ActivityOfEntryDocument,
    "\n  mutation ActivityAddComment($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": types.ActivityAddCommentDocument,
    "\n  mutation ActivityReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": types.ActivityReplyDocument,
    "\n  mutation ActivityReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": types.ActivityReplaceContentDocument,
    "\n  query ActivitySections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        title\n        version\n        signOffSlots {\n          key\n          label\n        }\n      }\n    }\n  }\n": types.ActivitySectionsDocument,
    "\n  mutation ActivityInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n    }\n  }\n": types.ActivityInviteDocument,
    "\n  mutation ActivityChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        role\n      }\n    }\n  }\n": types.ActivityChangeRoleDocument,
    "\n  mutation ActivityDeleteComment($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": types.ActivityDeleteCommentDocument,
    "\n  mutation ActivityResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": types.ActivityResolveDocument,
    "\n  mutation ActivityReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n": types.ActivityReopenDocument,
    "\n  mutation ActivityRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": types.ActivityRequestReviewDocument,
    "\n  mutation ActivityCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": types.ActivityCreateMetricDocument,
    "\n  mutation ActivityAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n": types.ActivityAddTestimonialDocument,
    "\n  mutation ActivityLogIn($i: LogInInput!) {\n    logIn(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n": types.ActivityLogInDocument,
    "\n  query ActivityAuditLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          id\n          action\n          summary\n        }\n      }\n    }\n  }\n": types.ActivityAuditLogDocument,
    "\n  query AuditKeyLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          seq\n          hash\n          keyId\n        }\n      }\n    }\n  }\n": types.AuditKeyLogDocument,
    "\n  query AuditKeyVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      problem\n      keyId\n      unvouchedCount\n    }\n  }\n": types.AuditKeyVerifyDocument,
    "\n  query AuditKeyExport($id: ID!) {\n    exportEntry(entryId: $id, format: MARKDOWN) {\n      base64\n    }\n  }\n": types.AuditKeyExportDocument,
    "\n  query AuditLog($id: ID!, $after: String, $first: Int) {\n    entry(id: $id) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          action\n          actorId\n          actorName\n          summary\n          data\n          createdAt\n          prevHash\n          hash\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      brokenEventId\n      problem\n    }\n  }\n": types.AuditVerifyDocument,
    "\n  mutation AuditRevokeApiToken($i: RevokeApiTokenInput!) {\n    revokeApiToken(input: $i) {\n      token {\n        id\n      }\n    }\n  }\n": types.AuditRevokeApiTokenDocument,
    "\n  mutation AuditRemoveMember($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n": types.AuditRemoveMemberDocument,
    "\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LimitsLogInDocument,
    "\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LimitsSignUpDocument,
    "\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n": types.LimitsSectionsDocument,
    "\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n": types.LimitsSignOffDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": types.AuthLogOutDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n": types.AuthMeIdDocument,
    "\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n": types.AuthEntriesCountDocument,
    "\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n": types.AuthTemplateIdsDocument,
    "\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n": types.AuthCreateEntryDocument,
    "\n  mutation CreateApiToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.AuthRevokeTokenDocument,
    "\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpNewAccountDocument,
    "\n  query SsoMe {\n    me {\n      id\n      email\n      name\n      signOffConfirmation\n    }\n  }\n": types.SsoMeDocument,
    "\n  query SsoLoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n": types.SsoLoginOptionsDocument,
    "\n  mutation SsoInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": types.SsoInviteDocument,
    "\n  query SsoSection($id: ID!) {\n    section(id: $id) {\n      contentHash\n    }\n  }\n": types.SsoSectionDocument,
    "\n  mutation SsoSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        confirmedWith\n        meaning\n      }\n    }\n  }\n": types.SsoSignOffDocument,
    "\n  mutation CommentsAdd($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n        body\n        threadId\n        anchor {\n          quote\n          currentText\n          deleted\n          changed\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n": types.CommentsAddDocument,
    "\n  mutation CommentsReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n        threadId\n        body\n      }\n    }\n  }\n": types.CommentsReplyDocument,
    "\n  mutation CommentsEdit($i: EditCommentInput!) {\n    editComment(input: $i) {\n      comment {\n        id\n        body\n        editedAt\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": types.CommentsEditDocument,
    "\n  mutation CommentsDelete($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n        body\n        deleted\n      }\n    }\n  }\n": types.CommentsDeleteDocument,
    "\n  mutation CommentsResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n": types.CommentsResolveDocument,
    "\n  mutation CommentsReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n": types.CommentsReopenDocument,
    "\n  query CommentsThreads($id: ID!, $state: ThreadState) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        comments(first: 20, state: $state) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            id\n            body\n            deleted\n            author {\n              id\n              name\n            }\n            mentions {\n              id\n            }\n            resolved\n            replyCount\n            replies {\n              id\n              body\n              deleted\n              threadId\n              author {\n                name\n              }\n            }\n            anchor {\n              quote\n              currentText\n              deleted\n              changed\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommentsThreadsDocument,
    "\n  query CommentsNotifications($unread: Boolean) {\n    me {\n      unreadNotificationCount\n      notifications(unreadOnly: $unread) {\n        totalCount\n        nodes {\n          id\n          kind\n          message\n          commentId\n          sectionId\n          entryId\n          actor {\n            id\n          }\n          read\n        }\n      }\n    }\n  }\n": types.CommentsNotificationsDocument,
    "\n  mutation CommentsMarkRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unreadCount\n    }\n  }\n": types.CommentsMarkReadDocument,
    "\n  mutation CommentsReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n": types.CommentsReplaceContentDocument,
    "\n  query CommentsMembersUnread($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          unreadNotificationCount\n        }\n      }\n    }\n  }\n": types.CommentsMembersUnreadDocument,
    "\n  query ConnectionThreads($id: ID!, $first: Int!, $after: String) {\n    section(id: $id) {\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConnectionThreadsDocument,
    "\n  query ConnectionEntriesPage($after: String) {\n    entries(first: 1, after: $after) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.ConnectionEntriesPageDocument,
    "\n  query ConnectionPagedEntries($after: String, $first: Int!) {\n    entries(first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.ConnectionPagedEntriesDocument,
    "\n  query ConnectionPagedNotifications($after: String, $first: Int!) {\n    me {\n      notifications(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedNotificationsDocument,
    "\n  query ConnectionPagedComments($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      comments(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedCommentsDocument,
    "\n  query ConnectionPagedSignOffs($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      signOffs(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedSignOffsDocument,
    "\n  query ConnectionPagedRevisions($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      revisions(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedRevisionsDocument,
    "\n  query ConnectionPagedActivity($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      activity(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedActivityDocument,
    "\n  query ConnectionPagedAuditLog($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.ConnectionPagedAuditLogDocument,
    "\n  query CursorsEntries($after: String) {\n    entries(first: 5, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n": types.CursorsEntriesDocument,
    "\n  query CursorsActivity($id: ID!, $after: String) {\n    entry(id: $id) {\n      activity(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": types.CursorsActivityDocument,
    "\n  query CursorsNotifications($after: String) {\n    me {\n      notifications(first: 5, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.CursorsNotificationsDocument,
    "\n  query IdsEntryWithIds($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      sections {\n        id\n      }\n      members {\n        id\n      }\n    }\n  }\n": types.IdsEntryWithIdsDocument,
    "\n  mutation IdsAddCommentWithMention($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        sectionId\n        mentions {\n          id\n        }\n      }\n    }\n  }\n": types.IdsAddCommentWithMentionDocument,
    "\n  mutation LogAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": types.LogAddCommentDocument,
    "\n  query LogEntryId($id: ID!) {\n    entry(id: $id) {\n      id\n    }\n  }\n": types.LogEntryIdDocument,
    "\n  query WebSocketMeName {\n    me {\n      name\n    }\n  }\n": types.WebSocketMeNameDocument,
    "\n  query WebSocketMeIdName {\n    me {\n      id\n      name\n    }\n  }\n": types.WebSocketMeIdNameDocument,
    "\n  mutation WebSocketCreateEntryBadTemplate {\n    createEntry(input: { templateId: \"nope\", title: \"\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": types.WebSocketCreateEntryBadTemplateDocument,
    "\n  query WebSocketMissingEntry {\n    entry(id: \"00000000-0000-4000-8000-000000000000\") {\n      id\n    }\n  }\n": types.WebSocketMissingEntryDocument,
    "\n  subscription WebSocketSectionUpdated {\n    sectionUpdated(sectionId: \"00000000-0000-4000-8000-000000000000\") {\n      version\n    }\n  }\n": types.WebSocketSectionUpdatedDocument,
    "\n  query DemoContentEntry {\n    entries(first: 1) {\n      nodes {\n        sections {\n          title\n          wordCount\n          comments {\n            nodes {\n              body\n              anchor {\n                quote\n              }\n              replies {\n                body\n              }\n            }\n          }\n        }\n        metrics {\n          name\n          analysis {\n            sentences\n          }\n        }\n        testimonials {\n          quote\n          consentStatus\n        }\n      }\n    }\n  }\n": types.DemoContentEntryDocument,
    "\n  query DemoContentWordCounts {\n    entries(first: 1) {\n      nodes {\n        sections {\n          wordCount\n          version\n        }\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": types.DemoContentWordCountsDocument,
    "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n": types.ConcurrentRemovalChangeRoleDocument,
    "\n  mutation ConcurrentRemovalDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n    }\n  }\n": types.ConcurrentRemovalDeleteMetricDocument,
    "\n  mutation ConcurrentRemovalSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": types.ConcurrentRemovalSetValuesDocument,
    "\n  mutation EntriesCreate($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          key\n          title\n          wordLimit\n          criteria {\n            text\n          }\n          signOffSlots {\n            key\n            roles\n          }\n        }\n        members {\n          role\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EntriesCreateDocument,
    "\n  query EntriesEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.EntriesEntryDocument,
    "\n  mutation EntriesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.EntriesInviteDocument,
    "\n  mutation EntriesAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n      }\n      entry {\n        id\n        title\n      }\n    }\n  }\n": types.EntriesAcceptDocument,
    "\n  mutation EntriesChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.EntriesChangeRoleDocument,
    "\n  mutation EntriesRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n      }\n    }\n  }\n": types.EntriesRemoveDocument,
    "\n  query EntriesTemplates {\n    templates {\n      id\n      key\n    }\n  }\n": types.EntriesTemplatesDocument,
    "\n  query EntriesPage($after: String) {\n    entries(first: 2, after: $after) {\n      totalCount\n      nodes {\n        title\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EntriesPageDocument,
    "\n  query EntriesTooLongPage {\n    entries(first: 101) {\n      totalCount\n    }\n  }\n": types.EntriesTooLongPageDocument,
    "\n  query EntriesGarbageCursor {\n    entries(after: \"garbage\") {\n      totalCount\n    }\n  }\n": types.EntriesGarbageCursorDocument,
    "\n  query EntriesInvitation($t: String!) {\n    invitation(token: $t) {\n      entryTitle\n      role\n      email\n      invitedByName\n    }\n  }\n": types.EntriesInvitationDocument,
    "\n  mutation EntriesSetWordLimit($input: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $input) {\n      section {\n        id\n        wordLimit\n      }\n    }\n  }\n": types.EntriesSetWordLimitDocument,
    "\n  mutation InvitationsInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.InvitationsInviteDocument,
    "\n  mutation InvitationsWithdraw($i: InvitationIdInput!) {\n    withdrawInvitation(input: $i) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.InvitationsWithdrawDocument,
    "\n  mutation InvitationsResend($i: InvitationIdInput!) {\n    resendInvitation(input: $i) {\n      token\n      inviteUrl\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.InvitationsResendDocument,
    "\n  query InvitationsPreview($t: String!) {\n    invitation(token: $t) {\n      email\n    }\n  }\n": types.InvitationsPreviewDocument,
    "\n  query InvitationsPending($id: ID!) {\n    entry(id: $id) {\n      pendingInvitations {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.InvitationsPendingDocument,
    "\n  subscription InvitationsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      entryId\n      commentId\n      read\n      actor {\n        name\n      }\n    }\n  }\n": types.InvitationsNotificationAddedDocument,
    "\n  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n      }\n    }\n  }\n": types.EvidenceConcurrentLinkDocument,
    "\n  query EvidenceConcurrentSectionCriteria($id: ID!) {\n    section(id: $id) {\n      criteria {\n        id\n      }\n    }\n  }\n": types.EvidenceConcurrentSectionCriteriaDocument,
    "\n  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n    }\n  }\n": types.EvidenceConcurrentDeleteTestimonialDocument,
    "\n  query EvidencePageOfEntry($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        periods\n        values {\n          numerator\n          suppressed\n        }\n        analysis {\n          hasData\n          groups {\n            group\n            gapVerdict\n          }\n          timeSeries {\n            period\n          }\n        }\n      }\n      testimonials {\n        citedAs\n        attribution\n        addedBy {\n          name\n        }\n        consentRecordedBy {\n          name\n        }\n      }\n      sections {\n        criteria {\n          covered\n          linkedSections {\n            id\n          }\n          linkedMetrics {\n            name\n          }\n          linkedTestimonials {\n            quote\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvidencePageOfEntryDocument,
    "\n  query EvidenceQueriesEntryCriteria($id: ID!) {\n    entry(id: $id) {\n      sections {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceQueriesEntryCriteriaDocument,
    "\n  mutation EvidenceQueriesImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n    }\n  }\n": types.EvidenceQueriesImportValuesDocument,
    "\n  mutation EvidenceQueriesRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n": types.EvidenceQueriesRecordConsentDocument,
    "\n  mutation EvidenceCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        name\n        kind\n        direction\n        ratePer\n        population\n        referenceCode\n        suppressionThreshold\n        dataSource\n      }\n    }\n  }\n": types.EvidenceCreateMetricDocument,
    "\n  mutation EvidenceUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        name\n        dataSource\n        baselinePeriod\n        ratePer\n      }\n    }\n  }\n": types.EvidenceUpdateMetricDocument,
    "\n  mutation EvidenceDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n      entry {\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceDeleteMetricDocument,
    "\n  mutation EvidenceImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n      metric {\n        periods\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n": types.EvidenceImportValuesDocument,
    "\n  mutation EvidenceSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n": types.EvidenceSetValuesDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": types.EstimateFieldsFragmentDoc,
    "\n  query EvidenceAnalysis($id: ID!, $level: GroupLevel) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        analysis(level: $level) {\n          hasData\n          message\n          baselinePeriod\n          followUpPeriod\n          referenceGroup\n          suppressionApplied\n          sentences\n          notes\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            changeVerdict\n            gapVerdict\n            narrowedBeyondChance\n            gapSentence\n            changeSentence\n            baseline {\n              numerator\n              denominator\n              suppressed\n              value {\n                ...EstimateFields\n              }\n            }\n            followUp {\n              numerator\n              denominator\n              value {\n                ...EstimateFields\n              }\n            }\n            change {\n              ...EstimateFields\n            }\n            gapBefore {\n              position\n              difference {\n                ...EstimateFields\n              }\n              ratio {\n                ...EstimateFields\n              }\n            }\n            gapAfter {\n              position\n              difference {\n                ...EstimateFields\n              }\n            }\n            gapChange {\n              ...EstimateFields\n            }\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              figures {\n                numerator\n                suppressed\n              }\n              gapToReference {\n                available\n              }\n            }\n          }\n        }\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n": types.EvidenceAnalysisDocument,
    "\n  mutation EvidenceAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        exportable\n        addedBy {\n          name\n        }\n      }\n    }\n  }\n": types.EvidenceAddTestimonialDocument,
    "\n  mutation EvidenceRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        exportable\n        consentRecordedBy {\n          name\n        }\n      }\n    }\n  }\n": types.EvidenceRecordConsentDocument,
    "\n  mutation EvidenceLinkCriterion($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        linkedSections {\n          id\n        }\n        linkedMetrics {\n          id\n        }\n        linkedTestimonials {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceLinkCriterionDocument,
    "\n  query EvidenceReadiness($id: ID!) {\n    entry(id: $id) {\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n        }\n        sectionsOverWordLimit {\n          section {\n            id\n          }\n          wordCount\n          wordLimit\n        }\n        missingSignOffs {\n          slotKey\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n        figuresOutOfStep {\n          section {\n            id\n          }\n          figure {\n            status\n            text\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceReadinessDocument,
    "\n  query EvidenceTestimonials($id: ID!, $c: Boolean) {\n    entry(id: $id) {\n      testimonials(consentedOnly: $c) {\n        id\n        attribution\n        citedAs\n      }\n    }\n  }\n": types.EvidenceTestimonialsDocument,
    "\n  mutation EvidenceSetWordLimit($i: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": types.EvidenceSetWordLimitDocument,
    "\n  mutation EvidenceTestimonialUpdate($i: UpdateTestimonialInput!) {\n    updateTestimonial(input: $i) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          name\n        }\n        exportable\n      }\n    }\n  }\n": types.EvidenceTestimonialUpdateDocument,
    "\n  mutation EvidenceTestimonialDelete($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": types.EvidenceTestimonialDeleteDocument,
    "\n  mutation EvidenceTestimonialConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        consentStatus\n      }\n    }\n  }\n": types.EvidenceTestimonialConsentDocument,
    "\n  query EvidenceTestimonialExportable($id: ID!) {\n    entry(id: $id) {\n      testimonials(consentedOnly: true) {\n        id\n      }\n    }\n  }\n": types.EvidenceTestimonialExportableDocument,
    "\n  mutation DisclosureSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n": types.DisclosureSetValuesDocument,
    "\n  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": types.DisclosureUpdateMetricDocument,
    "\n  query DisclosureRead($id: ID!) {\n    entry(id: $id) {\n      abilities {\n        canEditEvidence\n        canEditValues\n      }\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DisclosureReadDocument,
    "\n  query DisclosureHistory($id: ID!) {\n    entry(id: $id) {\n      activity(first: 100) {\n        nodes {\n          kind\n          at\n          summary\n          actor {\n            name\n          }\n          valueChanges {\n            period\n            ethnicCode\n            ethnicCategory\n            ageBand\n            figuresShown\n            before {\n              numerator\n              denominator\n            }\n            after {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DisclosureHistoryDocument,
    "\n  query DisclosureAudit($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actorName\n          summary\n          data\n          valueChanges {\n            period\n            ethnicCode\n            ageBand\n            figuresShown\n            before {\n              numerator\n            }\n            after {\n              numerator\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DisclosureAuditDocument,
    "\n  query DisclosureVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n    }\n  }\n": types.DisclosureVerifyDocument,
    "\n  mutation SeriesCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n": types.SeriesCreateMetricDocument,
    "\n  mutation SeriesUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n": types.SeriesUpdateMetricDocument,
    "\n  query SeriesAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          notes\n          groups {\n            group\n            changeVerdict\n            changeSentence\n            gapSentence\n          }\n          overall {\n            period\n            numerator\n            denominator\n            suppressed\n            value {\n              estimate\n            }\n          }\n          spc {\n            group\n            isOverall\n            available\n            reason\n            type\n            variation\n            assurance\n            target\n            provisional\n            signals\n            sentence\n            description\n            points {\n              period\n              value\n              mean\n              upperLimit\n              lowerLimit\n              segment\n              recalculated\n              beyondLimits\n              shift\n              trend\n              twoOfThree\n              variation\n            }\n          }\n          dataQuality {\n            notStated {\n              period\n              share\n              notStated\n              total\n              high\n              moved\n              suppressed\n            }\n            flags {\n              kind\n              period\n              group\n              message\n            }\n          }\n        }\n      }\n      readiness {\n        dataQualityWarnings {\n          message\n        }\n      }\n    }\n  }\n": types.SeriesAnalysisDocument,
    "\n  query AnalysisFileSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          suppressed\n        }\n        analysis(level: ETHNIC_CATEGORY) {\n          sentences\n          groups {\n            code\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n": types.AnalysisFileSentencesDocument,
    "\n  mutation ImportFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      format\n      delimiter\n      headerRow\n      headers\n      rowCount\n      sampleRows\n      suggestedMapping {\n        period\n        ethnicity\n        numerator\n        denominator\n        mean\n        sd\n        n\n      }\n    }\n  }\n": types.ImportFilePreviewDocument,
    "\n  mutation ImportFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        column\n        reason\n      }\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n": types.ImportFileImportDocument,
    "\n  mutation MethodsCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        confidenceLevel\n      }\n    }\n  }\n": types.MethodsCreateMetricDocument,
    "\n  mutation MethodsUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        baselinePeriod\n        followUpPeriod\n        confidenceLevel\n      }\n    }\n  }\n": types.MethodsUpdateMetricDocument,
    "\n  query MethodsAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          confidenceLevel\n          confidence\n          periodOrder\n          message\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          methods {\n            name\n            usedFor\n            reference\n          }\n          groups {\n            group\n            baseline {\n              value {\n                estimate\n                lower\n                upper\n              }\n            }\n            changeVerdict\n            changeSentence\n          }\n        }\n      }\n      readiness {\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MethodsAnalysisDocument,
    "\n  mutation RoundingUpdate($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        roundToFive\n      }\n    }\n  }\n": types.RoundingUpdateDocument,
    "\n  mutation RoundedCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": types.RoundedCreateMetricDocument,
    "\n  fragment RoundedAnalysis on MetricAnalysis {\n    level\n    baselinePeriod\n    followUpPeriod\n    referenceGroup\n    sentences\n    notes\n    groups {\n      group\n      isReference\n      baseline {\n        ...RoundedFigures\n      }\n      followUp {\n        ...RoundedFigures\n      }\n      change {\n        ...RoundedEstimate\n      }\n      gapBefore {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapAfter {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapChange {\n        ...RoundedEstimate\n      }\n      changeSentence\n      gapSentence\n    }\n    timeSeries {\n      period\n      groups {\n        group\n        code\n        isReference\n        figures {\n          ...RoundedFigures\n        }\n        gapToReference {\n          ...RoundedEstimate\n        }\n      }\n    }\n    overall {\n      ...RoundedFigures\n    }\n    standardisedRates {\n      group\n      period\n      events\n      population\n      suppressed\n      value {\n        ...RoundedEstimate\n      }\n      crude {\n        ...RoundedEstimate\n      }\n    }\n    spc {\n      group\n      isOverall\n      available\n      sentence\n      description\n      median\n      points {\n        period\n        value\n        mean\n        upperLimit\n        lowerLimit\n        upperTwoSigma\n        lowerTwoSigma\n      }\n    }\n    dataQuality {\n      notStated {\n        period\n        share\n        notStated\n        total\n        suppressed\n      }\n      flags {\n        message\n      }\n    }\n  }\n": types.RoundedAnalysisFragmentDoc,
    "\n  fragment RoundedFigures on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...RoundedEstimate\n    }\n  }\n": types.RoundedFiguresFragmentDoc,
    "\n  fragment RoundedEstimate on Estimate {\n    available\n    estimate\n    lower\n    upper\n  }\n": types.RoundedEstimateFragmentDoc,
    "\n  query RoundedView($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        kind\n        ratePer\n        confidenceLevel\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          mean\n          sd\n          n\n          suppressed\n        }\n        ons: analysis(level: ONS_GROUP) {\n          ...RoundedAnalysis\n        }\n        detailed: analysis(level: ETHNIC_CATEGORY) {\n          ...RoundedAnalysis\n        }\n      }\n    }\n  }\n": types.RoundedViewDocument,
    "\n  query RoundingRead($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n              value {\n                estimate\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RoundingReadDocument,
    "\n  query ExportEntry($id: ID!, $f: ExportFormat!) {\n    exportEntry(entryId: $id, format: $f) {\n      filename\n      mediaType\n      base64\n    }\n  }\n": types.ExportEntryDocument,
    "\n  query ExportSectionTitles($id: ID!) {\n    entry(id: $id) {\n      sections {\n        title\n      }\n    }\n  }\n": types.ExportSectionTitlesDocument,
    "\n  query ExportStateAndAuditHead($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n    verifyAuditLog(entryId: $id) {\n      valid\n      headSeq\n      headHash\n    }\n  }\n": types.ExportStateAndAuditHeadDocument,
    "\n  mutation ContentSchemaApply($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": types.ContentSchemaApplyDocument,
    "\n  mutation ContentSchemaReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        markdown\n      }\n    }\n  }\n": types.ContentSchemaReplaceDocument,
    "\n  query ContentSchemaSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      update\n    }\n  }\n": types.ContentSchemaSyncDocument,
    "\n  query ContentSchemaSection($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        markdown\n        version\n        contentHash\n      }\n    }\n  }\n": types.ContentSchemaSectionDocument,
    "\n  query ContentSchemaRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": types.ContentSchemaRevisionsDocument,
    "\n  mutation ContentSchemaRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        markdown\n      }\n    }\n  }\n": types.ContentSchemaRestoreDocument,
    "\n  query LiveViews($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        markdown\n        wordCount\n        version\n        contentHash\n      }\n    }\n  }\n": types.LiveViewsDocument,
    "\n  query LiveSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n      version\n    }\n  }\n": types.LiveSyncDocument,
    "\n  subscription LiveSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      version\n    }\n  }\n": types.LiveSectionUpdatedDocument,
    "\n  subscription LiveSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n      authorId\n    }\n  }\n": types.LiveSectionRelayDocument,
    "\n  query LiveRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          totalCount\n          nodes {\n            id\n            reason\n            version\n            markdown\n            authors {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LiveRevisionsDocument,
    "\n  query LiveRestorable($id: ID!) {\n    entry(id: $id) {\n      sections {\n        version\n        markdown\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": types.LiveRestorableDocument,
    "\n  mutation LiveRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n": types.LiveRestoreDocument,
    "\n  subscription LivePresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      sectionId\n      left\n      awareness\n    }\n  }\n": types.LivePresenceUpdatedDocument,
    "\n  mutation LiveUpdatePresence($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n      }\n    }\n  }\n": types.LiveUpdatePresenceDocument,
    "\n  query LivePresence($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n      }\n    }\n  }\n": types.LivePresenceDocument,
    "\n  mutation MultiProcessLogIn($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": types.MultiProcessLogInDocument,
    "\n  query MultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n      }\n    }\n  }\n": types.MultiProcessEntriesDocument,
    "\n  query MultiProcessPresence {\n    entries {\n      nodes {\n        presence {\n          userName\n        }\n      }\n    }\n  }\n": types.MultiProcessPresenceDocument,
    "\n  query PipelinedText($id: ID!) {\n    entry(id: $id) {\n      sections {\n        text\n        version\n      }\n    }\n  }\n": types.PipelinedTextDocument,
    "\n  mutation PresenceUpdate($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n        clientId\n        left\n      }\n    }\n  }\n": types.PresenceUpdateDocument,
    "\n  query PresenceListed($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n        clientId\n      }\n    }\n  }\n": types.PresenceListedDocument,
    "\n  subscription PresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      clientId\n      left\n      awareness\n    }\n  }\n": types.PresenceUpdatedDocument,
    "\n  mutation SectionSizeRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n": types.SectionSizeRestoreDocument,
    "\n  query SectionSizeOfSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        markdown\n        contentBytes\n        contentBytesLimit\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n": types.SectionSizeOfSectionsDocument,
    "\n  subscription SubscriptionListenersPresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n    }\n  }\n": types.SubscriptionListenersPresenceUpdatedDocument,
    "\n  subscription SubscriptionListenersEntryEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n    }\n  }\n": types.SubscriptionListenersEntryEventsDocument,
    "\n  query RevisionHistory($id: ID!, $from: ID, $to: ID) {\n    section(id: $id) {\n      version\n      revisions(first: 10) {\n        nodes {\n          id\n          name\n          reason\n          markdown\n        }\n      }\n      diff(from: $from, to: $to) {\n        op\n        text\n        authors {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RevisionHistoryDocument,
    "\n  mutation RevisionHistoryName($i: NameSectionRevisionInput!) {\n    nameSectionRevision(input: $i) {\n      revision {\n        id\n        name\n      }\n    }\n  }\n": types.RevisionHistoryNameDocument,
    "\n  mutation MailInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      emailed\n    }\n  }\n": types.MailInviteDocument,
    "\n  mutation MailReply($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": types.MailReplyDocument,
    "\n  query MailSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n      }\n    }\n  }\n": types.MailSectionsDocument,
    "\n  mutation MailReplace($input: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $input) {\n      section {\n        id\n      }\n    }\n  }\n": types.MailReplaceDocument,
    "\n  mutation MailRequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        state\n      }\n    }\n  }\n": types.MailRequestReviewDocument,
    "\n  mutation MailSetPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": types.MailSetPreferenceDocument,
    "\n  query MailMyPreferences {\n    me {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": types.MailMyPreferencesDocument,
    "\n  mutation MailUnsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n": types.MailUnsubscribeDocument,
    "\n  mutation MailSetClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        closesAt\n        abilities {\n          canSetClosingDate\n        }\n      }\n    }\n  }\n": types.MailSetClosingDateDocument,
    "\n  mutation MailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n": types.MailRequestResetDocument,
    "\n  mutation MailReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": types.MailResetDocument,
    "\n  query MailServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n": types.MailServerInfoDocument,
    "\n  query MailProcessEntries {\n    entries {\n      nodes {\n        id\n      }\n    }\n  }\n": types.MailProcessEntriesDocument,
    "\n  mutation MailProcessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n    }\n  }\n": types.MailProcessInviteDocument,
    "\n  query PolicyMultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n        members {\n          id\n          role\n          user {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PolicyMultiProcessEntriesDocument,
    "\n  query PolicyMultiProcessSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      version\n    }\n  }\n": types.PolicyMultiProcessSectionSyncDocument,
    "\n  mutation PolicyMultiProcessLogOut {\n    logOut(input: {}) {\n      loggedOut\n    }\n  }\n": types.PolicyMultiProcessLogOutDocument,
    "\n  mutation PolicyRevocationsLogOutEverywhere {\n    logOut(input: { everywhere: true }) {\n      loggedOut\n    }\n  }\n": types.PolicyRevocationsLogOutEverywhereDocument,
    "\n  mutation PolicyRevocationsMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n": types.PolicyRevocationsMarkAllReadDocument,
    "\n  mutation PolicyRevocationsCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Soon gone\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": types.PolicyRevocationsCreateEntryDocument,
    "\n  query PolicyRevocationsSectionMarkdown($s: ID!) {\n    section(id: $s) {\n      markdown\n    }\n  }\n": types.PolicyRevocationsSectionMarkdownDocument,
    "\n  query PolicyRevocationsSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      stateVector\n    }\n  }\n": types.PolicyRevocationsSectionSyncDocument,
    "\n  query PolicyStillAllowedSectionVersion($id: ID!) {\n    section(id: $id) {\n      version\n    }\n  }\n": types.PolicyStillAllowedSectionVersionDocument,
    "\n  mutation StartLogInLead {\n    logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": types.StartLogInLeadDocument,
    "\n  mutation StartCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Made before the restart\" }) {\n      entry {\n        id\n      }\n    }\n  }\n": types.StartCreateEntryDocument,
    "\n  query StartEntries {\n    entries {\n      nodes {\n        title\n        sections {\n          id\n        }\n      }\n    }\n  }\n": types.StartEntriesDocument,
    "\n  mutation SignOffReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        contentHash\n      }\n    }\n  }\n": types.SignOffReplaceDocument,
    "\n  mutation SignOffRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        contentHash\n      }\n    }\n  }\n": types.SignOffRestoreDocument,
    "\n  mutation SignOffSetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      section {\n        signOffSlots {\n          key\n        }\n      }\n      entry {\n        state\n      }\n    }\n  }\n": types.SignOffSetSlotsDocument,
    "\n  query SignOffStatus($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        signOffStatus {\n          approved\n          slots {\n            key\n            held\n            heldBy {\n              id\n              signer {\n                name\n              }\n            }\n          }\n          openChangeRequests {\n            id\n          }\n          staleSignOffs {\n            id\n          }\n        }\n        signOffs {\n          totalCount\n          nodes {\n            id\n            meaning\n            slotKey\n            role\n            note\n            contentHash\n            markdown\n            stale\n            superseded\n            current\n            diffSinceSigned {\n              op\n              text\n            }\n            signer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SignOffStatusDocument,
    "\n  query SignOffNotifications {\n    me {\n      unreadNotificationCount\n      notifications {\n        nodes {\n          kind\n          message\n          sectionId\n          signOffId\n          read\n        }\n      }\n    }\n  }\n": types.SignOffNotificationsDocument,
    "\n  mutation WorkflowPropertySetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": types.WorkflowPropertySetSlotsDocument,
    "\n  query WorkflowPropertyStatus($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        signOffStatus {\n          approved\n        }\n      }\n    }\n  }\n": types.WorkflowPropertyStatusDocument,
    "\n  mutation WorkflowRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.WorkflowRequestReviewDocument,
    "\n  mutation WorkflowSubmit($i: SubmitEntryInput!) {\n    submitEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.WorkflowSubmitDocument,
    "\n  mutation WorkflowReopen($i: ReopenEntryInput!) {\n    reopenEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.WorkflowReopenDocument,
    "\n  query WorkflowNotificationKinds {\n    me {\n      notifications {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n": types.WorkflowNotificationKindsDocument,
    "\n  query WorkflowNotificationSignOffs {\n    me {\n      notifications {\n        nodes {\n          kind\n          signOffId\n        }\n      }\n    }\n  }\n": types.WorkflowNotificationSignOffsDocument,
    "\n  mutation WorkflowAccept($i: AcceptInvitationInput!) {\n    acceptInvitation(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n": types.WorkflowAcceptDocument,
    "\n  query EvidenceSignOffsNow($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        id\n        signOffs(first: 20) {\n          nodes {\n            id\n            stale\n            current\n            evidenceDigest\n            signer {\n              id\n            }\n            diffSinceSigned {\n              op\n              text\n            }\n            evidenceChangesSinceSigned\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceSignOffsNowDocument,
    "\n  query EvidenceSignSeen($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n        evidenceDigest\n      }\n    }\n  }\n": types.EvidenceSignSeenDocument,
    "\n  mutation EvidenceSignSeenSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        contentHash\n        evidenceDigest\n        current\n      }\n    }\n  }\n": types.EvidenceSignSeenSignOffDocument,
    "\n  subscription LiveEditorSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n    }\n  }\n": types.LiveEditorSectionRelayDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": types.LiveEditorSectionSyncDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": types.EntryEventsOfEntryDocument,
    "\n  query WaitingForMe($first: Int, $after: String, $entryId: ID) {\n    me {\n      id\n      waitingForMe(first: $first, after: $after, entryId: $entryId) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          message\n          path\n          createdAt\n          entry {\n            id\n            title\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.WaitingForMeDocument,
    "\n  query MyAccountAtOnce {\n    me {\n      id\n      apiTokens {\n        id\n        lastUsedAt\n      }\n      mailPreferences {\n        kind\n      }\n      unreadNotificationCount\n      waitingForMe {\n        totalCount\n      }\n    }\n  }\n": types.MyAccountAtOnceDocument,
    "\n  query WaitingOfMember($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          waitingForMe {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.WaitingOfMemberDocument,
    "\n  query WaitingSectionCounts($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        wordCount\n        wordLimit\n        openThreadCount\n        pendingSuggestionCount\n        comments(state: OPEN, first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.WaitingSectionCountsDocument,
    "\n  mutation AgeSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n": types.AgeSetValuesDocument,
    "\n  mutation AgeFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      suggestedMapping {\n        period\n        ethnicity\n        ageBand\n        numerator\n        denominator\n      }\n    }\n  }\n": types.AgeFilePreviewDocument,
    "\n  mutation AgeFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        reason\n      }\n    }\n  }\n": types.AgeFileImportDocument,
    "\n  query AgeAnalysis($id: ID!, $level: GroupLevel!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          suppressed\n        }\n        analysis(level: $level) {\n          ageStandardised\n          notes\n          methods {\n            name\n            reference\n          }\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n          standardisedRates {\n            group\n            code\n            isReference\n            period\n            events\n            population\n            ageBands\n            suppressed\n            value {\n              ...EstimateFields\n            }\n            crude {\n              available\n              estimate\n              lower\n              upper\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgeAnalysisDocument,
    "\n  query SuggestionsOfSection($id: ID!, $authorId: ID) {\n    section(id: $id) {\n      id\n      text\n      contentHash\n      version\n      suggestions(authorId: $authorId) {\n        totalCount\n        nodes {\n          id\n          kind\n          text\n          insertedText\n          deletedText\n          role\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            body\n          }\n        }\n      }\n    }\n  }\n": types.SuggestionsOfSectionDocument,
    "\n  mutation SuggestionsAccept($i: ResolveSuggestionInput!) {\n    acceptSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.SuggestionsAcceptDocument,
    "\n  mutation SuggestionsReject($i: ResolveSuggestionInput!) {\n    rejectSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.SuggestionsRejectDocument,
    "\n  mutation SuggestionsAcceptAll($i: ResolveSuggestionsInput!) {\n    acceptSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.SuggestionsAcceptAllDocument,
    "\n  mutation SuggestionsRejectAll($i: ResolveSuggestionsInput!) {\n    rejectSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.SuggestionsRejectAllDocument,
    "\n  subscription SuggestionsEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      sectionId\n      suggestionId\n      actorId\n    }\n  }\n": types.SuggestionsEventsDocument,
    "\n  mutation CriterionLinkPassages($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        passages {\n          id\n          section {\n            id\n          }\n          quote\n          quoteWhenLinked\n          lost\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n": types.CriterionLinkPassagesDocument,
    "\n  query CriterionPassages($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        criteria {\n          id\n          covered\n          passages {\n            id\n            quote\n            quoteWhenLinked\n            lost\n            from\n            to\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n      }\n    }\n  }\n": types.CriterionPassagesDocument,
    "\n  query FigureSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          groups {\n            group\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n": types.FigureSentencesDocument,
    "\n  query SectionFigures($id: ID!) {\n    section(id: $id) {\n      id\n      text\n      figures {\n        metricId\n        metric {\n          id\n          name\n        }\n        level\n        group\n        kind\n        text\n        currentWording\n        status\n      }\n    }\n  }\n": types.SectionFiguresDocument,
    "\n  mutation UpdateFigure($i: FigureInput!) {\n    updateFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.UpdateFigureDocument,
    "\n  mutation UnlinkFigure($i: FigureInput!) {\n    unlinkFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n": types.UnlinkFigureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdsSectionInCapitals($id: ID!) {\n          section(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query IdsSectionInCapitals($id: ID!) {\n          section(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RequestLimitsInviteMember($i: InviteMemberInput!) {\n          inviteMember(input: $i) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation RequestLimitsInviteMember($i: InviteMemberInput!) {\n          inviteMember(input: $i) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StorableStringsTemplates {\n          templates {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query StorableStringsTemplates {\n          templates {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StorableStringsOddTokenName($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      "): (typeof documents)["\n        mutation StorableStringsOddTokenName($input: CreateApiTokenInput!) {\n          createApiToken(input: $input) {\n            secret\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InvitationsAccept($t: String!) {\n          acceptInvitation(input: { token: $t }) {\n            membership {\n              role\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation InvitationsAccept($t: String!) {\n          acceptInvitation(input: { token: $t }) {\n            membership {\n              role\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DurabilityLogIn {\n          logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n            user {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation DurabilityLogIn {\n          logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n            user {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DurabilitySectionIds {\n            entries {\n              nodes {\n                sections {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DurabilitySectionIds {\n            entries {\n              nodes {\n                sections {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation DurabilityApply($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            "): (typeof documents)["\n              mutation DurabilityApply($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilityStored($id: ID!) {\n        sectionSync(sectionId: $id) {\n          version\n        }\n        entries {\n          nodes {\n            sections {\n              id\n              text\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DurabilityStored($id: ID!) {\n        sectionSync(sectionId: $id) {\n          version\n        }\n        entries {\n          nodes {\n            sections {\n              id\n              text\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RedisOutageApply($i: ApplySectionUpdateInput!) {\n          applySectionUpdate(input: $i) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation RedisOutageApply($i: ApplySectionUpdateInput!) {\n          applySectionUpdate(input: $i) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixTemplates {\n            templates {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixTemplates {\n            templates {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEntries {\n            entries {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEntries {\n            entries {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixCreateEntry($t: ID!) {\n            createEntry(input: { templateId: $t, title: \"M\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixCreateEntry($t: ID!) {\n            createEntry(input: { templateId: $t, title: \"M\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixCreateApiToken {\n            createApiToken(input: { name: \"x\", scope: READ }) {\n              secret\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixCreateApiToken {\n            createApiToken(input: { name: \"x\", scope: READ }) {\n              secret\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { tokenId: $id }) {\n              token {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixRevokeApiToken($id: ID!) {\n            revokeApiToken(input: { tokenId: $id }) {\n              token {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixAcceptInvitation {\n            acceptInvitation(input: { token: \"unknown\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixAcceptInvitation {\n            acceptInvitation(input: { token: \"unknown\" }) {\n              entry {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEntry($id: ID!) {\n            entry(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEntry($id: ID!) {\n            entry(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEntryPendingInvitations($id: ID!) {\n            entry(id: $id) {\n              pendingInvitations {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEntryPendingInvitations($id: ID!) {\n            entry(id: $id) {\n              pendingInvitations {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixInviteMember($i: InviteMemberInput!) {\n            inviteMember(input: $i) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixInviteMember($i: InviteMemberInput!) {\n            inviteMember(input: $i) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PolicyMatrixInviteToChange($i: InviteMemberInput!) {\n              inviteMember(input: $i) {\n                invitation {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation PolicyMatrixInviteToChange($i: InviteMemberInput!) {\n              inviteMember(input: $i) {\n                invitation {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixWithdrawInvitation($i: InvitationIdInput!) {\n                withdrawInvitation(input: $i) {\n                  invitation {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixWithdrawInvitation($i: InvitationIdInput!) {\n                withdrawInvitation(input: $i) {\n                  invitation {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixResendInvitation($i: InvitationIdInput!) {\n                resendInvitation(input: $i) {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixResendInvitation($i: InvitationIdInput!) {\n                resendInvitation(input: $i) {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixChangeMemberRole($i: ChangeMemberRoleInput!) {\n            changeMemberRole(input: $i) {\n              membership {\n                role\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixChangeMemberRole($i: ChangeMemberRoleInput!) {\n            changeMemberRole(input: $i) {\n              membership {\n                role\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixRemoveMember($i: RemoveMemberInput!) {\n            removeMember(input: $i) {\n              removedMembershipId\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixRemoveMember($i: RemoveMemberInput!) {\n            removeMember(input: $i) {\n              removedMembershipId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixSection($id: ID!) {\n            section(id: $id) {\n              id\n              title\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixSection($id: ID!) {\n            section(id: $id) {\n              id\n              title\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixSectionSync($s: ID!) {\n            sectionSync(sectionId: $s) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixSectionSync($s: ID!) {\n            sectionSync(sectionId: $s) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixApplySectionUpdate($i: ApplySectionUpdateInput!) {\n            applySectionUpdate(input: $i) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixApplySectionUpdate($i: ApplySectionUpdateInput!) {\n            applySectionUpdate(input: $i) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAcceptSuggestion($i: ResolveSuggestionInput!) {\n                acceptSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAcceptSuggestion($i: ResolveSuggestionInput!) {\n                acceptSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixRejectSuggestion($i: ResolveSuggestionInput!) {\n                rejectSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixRejectSuggestion($i: ResolveSuggestionInput!) {\n                rejectSuggestion(input: $i) {\n                  suggestionIds\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAcceptSuggestions($i: ResolveSuggestionsInput!) {\n                acceptSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAcceptSuggestions($i: ResolveSuggestionsInput!) {\n                acceptSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixRejectSuggestions($i: ResolveSuggestionsInput!) {\n                rejectSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixRejectSuggestions($i: ResolveSuggestionsInput!) {\n                rejectSuggestions(input: $i) {\n                  suggestionIds\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixUpdateFigure($i: FigureInput!) {\n                updateFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixUpdateFigure($i: FigureInput!) {\n                updateFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixUnlinkFigure($i: FigureInput!) {\n                unlinkFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixUnlinkFigure($i: FigureInput!) {\n                unlinkFigure(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PolicyMatrixReplaceSectionContentVersion($s: ID!) {\n              sectionSync(sectionId: $s) {\n                version\n              }\n            }\n          "): (typeof documents)["\n            query PolicyMatrixReplaceSectionContentVersion($s: ID!) {\n              sectionSync(sectionId: $s) {\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixReplaceSectionContent($i: ReplaceSectionContentInput!) {\n            replaceSectionContent(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixReplaceSectionContent($i: ReplaceSectionContentInput!) {\n            replaceSectionContent(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n            restoreSectionRevision(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n            restoreSectionRevision(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixNameSectionRevision($i: NameSectionRevisionInput!) {\n            nameSectionRevision(input: $i) {\n              revision {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixNameSectionRevision($i: NameSectionRevisionInput!) {\n            nameSectionRevision(input: $i) {\n              revision {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixUpdatePresence($i: UpdatePresenceInput!) {\n            updatePresence(input: $i) {\n              presence {\n                userName\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixUpdatePresence($i: UpdatePresenceInput!) {\n            updatePresence(input: $i) {\n              presence {\n                userName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetSectionWordLimit($i: SetSectionWordLimitInput!) {\n            setSectionWordLimit(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetSectionWordLimit($i: SetSectionWordLimitInput!) {\n            setSectionWordLimit(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEthnicCategories {\n            ethnicCategories {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEthnicCategories {\n            ethnicCategories {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixCreateMetric($i: CreateMetricInput!) {\n            createMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixCreateMetric($i: CreateMetricInput!) {\n            createMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixUpdateMetric($i: UpdateMetricInput!) {\n            updateMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixUpdateMetric($i: UpdateMetricInput!) {\n            updateMetric(input: $i) {\n              metric {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixDeleteMetric($i: DeleteMetricInput!) {\n            deleteMetric(input: $i) {\n              deletedMetricId\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixDeleteMetric($i: DeleteMetricInput!) {\n            deleteMetric(input: $i) {\n              deletedMetricId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetMetricValues($i: SetMetricValuesInput!) {\n            setMetricValues(input: $i) {\n              written\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetMetricValues($i: SetMetricValuesInput!) {\n            setMetricValues(input: $i) {\n              written\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixImportMetricValues($i: ImportMetricValuesInput!) {\n            importMetricValues(input: $i) {\n              written\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixImportMetricValues($i: ImportMetricValuesInput!) {\n            importMetricValues(input: $i) {\n              written\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixPreviewValuesFile($i: PreviewValuesFileInput!) {\n            previewValuesFile(input: $i) {\n              headerRow\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixPreviewValuesFile($i: PreviewValuesFileInput!) {\n            previewValuesFile(input: $i) {\n              headerRow\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixImportValuesFile($i: ImportValuesFileInput!) {\n            importValuesFile(input: $i) {\n              written\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixImportValuesFile($i: ImportValuesFileInput!) {\n            importValuesFile(input: $i) {\n              written\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixAddTestimonial($i: AddTestimonialInput!) {\n            addTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixAddTestimonial($i: AddTestimonialInput!) {\n            addTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixRecordConsent($i: RecordConsentInput!) {\n            recordConsent(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixRecordConsent($i: RecordConsentInput!) {\n            recordConsent(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixUpdateTestimonial($i: UpdateTestimonialInput!) {\n            updateTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixUpdateTestimonial($i: UpdateTestimonialInput!) {\n            updateTestimonial(input: $i) {\n              testimonial {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixDeleteTestimonial($i: DeleteTestimonialInput!) {\n            deleteTestimonial(input: $i) {\n              deletedTestimonialId\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixDeleteTestimonial($i: DeleteTestimonialInput!) {\n            deleteTestimonial(input: $i) {\n              deletedTestimonialId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixLinkCriterion($i: LinkCriterionInput!) {\n            linkCriterion(input: $i) {\n              criterion {\n                covered\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixLinkCriterion($i: LinkCriterionInput!) {\n            linkCriterion(input: $i) {\n              criterion {\n                covered\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEntryEvidence($id: ID!) {\n            entry(id: $id) {\n              metrics {\n                values {\n                  suppressed\n                }\n                analysis {\n                  hasData\n                }\n              }\n              testimonials {\n                citedAs\n              }\n              readiness {\n                ready\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEntryEvidence($id: ID!) {\n            entry(id: $id) {\n              metrics {\n                values {\n                  suppressed\n                }\n                analysis {\n                  hasData\n                }\n              }\n              testimonials {\n                citedAs\n              }\n              readiness {\n                ready\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixExportEntry($id: ID!) {\n            exportEntry(entryId: $id, format: MARKDOWN) {\n              filename\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixExportEntry($id: ID!) {\n            exportEntry(entryId: $id, format: MARKDOWN) {\n              filename\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixAddComment($i: AddCommentInput!) {\n            addComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixAddComment($i: AddCommentInput!) {\n            addComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixReplyToComment($i: ReplyToCommentInput!) {\n            replyToComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixReplyToComment($i: ReplyToCommentInput!) {\n            replyToComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixEditComment($i: EditCommentInput!) {\n            editComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixEditComment($i: EditCommentInput!) {\n            editComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixDeleteComment($i: DeleteCommentInput!) {\n            deleteComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixDeleteComment($i: DeleteCommentInput!) {\n            deleteComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixResolveComment($i: ResolveCommentInput!) {\n            resolveComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixResolveComment($i: ResolveCommentInput!) {\n            resolveComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixReopenComment($i: ReopenCommentInput!) {\n            reopenComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixReopenComment($i: ReopenCommentInput!) {\n            reopenComment(input: $i) {\n              comment {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetSignOffSlots($i: SetSignOffSlotsInput!) {\n            setSignOffSlots(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetSignOffSlots($i: SetSignOffSlotsInput!) {\n            setSignOffSlots(input: $i) {\n              section {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyMatrixRequestReview($i: RequestReviewInput!) {\n          requestReview(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyMatrixRequestReview($i: RequestReviewInput!) {\n          requestReview(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyMatrixSubmitEntry($i: SubmitEntryInput!) {\n          submitEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyMatrixSubmitEntry($i: SubmitEntryInput!) {\n          submitEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PolicyMatrixReopenEntry($i: ReopenEntryInput!) {\n          reopenEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PolicyMatrixReopenEntry($i: ReopenEntryInput!) {\n          reopenEntry(input: $i) {\n            entry {\n              state\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetMailPreference {\n            setMailPreference(input: { kind: MENTION, delivery: DAILY_DIGEST }) {\n              mailPreferences {\n                kind\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetMailPreference {\n            setMailPreference(input: { kind: MENTION, delivery: DAILY_DIGEST }) {\n              mailPreferences {\n                kind\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetEntryClosingDate($i: SetEntryClosingDateInput!) {\n            setEntryClosingDate(input: $i) {\n              entry {\n                closesAt\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetEntryClosingDate($i: SetEntryClosingDateInput!) {\n            setEntryClosingDate(input: $i) {\n              entry {\n                closesAt\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixMarkNotificationsRead {\n            markNotificationsRead(input: { all: true }) {\n              unreadCount\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixMarkNotificationsRead {\n            markNotificationsRead(input: { all: true }) {\n              unreadCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixVerifyAuditLog($id: ID!) {\n            verifyAuditLog(entryId: $id) {\n              valid\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixVerifyAuditLog($id: ID!) {\n            verifyAuditLog(entryId: $id) {\n              valid\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixEntryAuditLog($id: ID!) {\n            entry(id: $id) {\n              auditLog {\n                totalCount\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixEntryAuditLog($id: ID!) {\n            entry(id: $id) {\n              auditLog {\n                totalCount\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixSectionReview($id: ID!) {\n            entry(id: $id) {\n              sections {\n                comments {\n                  nodes {\n                    anchor {\n                      currentText\n                    }\n                    replies {\n                      id\n                    }\n                  }\n                }\n                signOffs {\n                  nodes {\n                    stale\n                  }\n                }\n                signOffStatus {\n                  approved\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixSectionReview($id: ID!) {\n            entry(id: $id) {\n              sections {\n                comments {\n                  nodes {\n                    anchor {\n                      currentText\n                    }\n                    replies {\n                      id\n                    }\n                  }\n                }\n                signOffs {\n                  nodes {\n                    stale\n                  }\n                }\n                signOffStatus {\n                  approved\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyMatrixMeId {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PolicyMatrixMeId {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyMatrixSetupTemplates {\n          templates {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PolicyMatrixSetupTemplates {\n          templates {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PolicyMatrixSetupReplaceSectionContent($i: ReplaceSectionContentInput!) {\n        replaceSectionContent(input: $i) {\n          section {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PolicyMatrixSetupReplaceSectionContent($i: ReplaceSectionContentInput!) {\n        replaceSectionContent(input: $i) {\n          section {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PolicyMatrixSetupEntry($id: ID!) {\n        entry(id: $id) {\n          sections {\n            revisions {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PolicyMatrixSetupEntry($id: ID!) {\n        entry(id: $id) {\n          sections {\n            revisions {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PolicyMatrixSetupToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              secret\n            }\n          }\n        "): (typeof documents)["\n          mutation PolicyMatrixSetupToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              secret\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PolicyMatrixAskSection($i: ID!) {\n                section(id: $i) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query PolicyMatrixAskSection($i: ID!) {\n                section(id: $i) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PolicyMatrixAskSectionSync($i: ID!) {\n                sectionSync(sectionId: $i) {\n                  version\n                }\n              }\n            "): (typeof documents)["\n              query PolicyMatrixAskSectionSync($i: ID!) {\n                sectionSync(sectionId: $i) {\n                  version\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskApplySectionUpdate($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskApplySectionUpdate($i: ApplySectionUpdateInput!) {\n                applySectionUpdate(input: $i) {\n                  version\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskAddComment($i: AddCommentInput!) {\n                addComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskAddComment($i: AddCommentInput!) {\n                addComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskResolveComment($i: ResolveCommentInput!) {\n                resolveComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskResolveComment($i: ResolveCommentInput!) {\n                resolveComment(input: $i) {\n                  comment {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskUpdateMetric($i: UpdateMetricInput!) {\n                updateMetric(input: $i) {\n                  metric {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskUpdateMetric($i: UpdateMetricInput!) {\n                updateMetric(input: $i) {\n                  metric {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskDeleteTestimonial($i: DeleteTestimonialInput!) {\n                deleteTestimonial(input: $i) {\n                  deletedTestimonialId\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskDeleteTestimonial($i: DeleteTestimonialInput!) {\n                deleteTestimonial(input: $i) {\n                  deletedTestimonialId\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskLinkCriterion($i: LinkCriterionInput!) {\n                linkCriterion(input: $i) {\n                  criterion {\n                    covered\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskLinkCriterion($i: LinkCriterionInput!) {\n                linkCriterion(input: $i) {\n                  criterion {\n                    covered\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PolicyMatrixAskRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n                restoreSectionRevision(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation PolicyMatrixAskRestoreSectionRevision($i: RestoreSectionRevisionInput!) {\n                restoreSectionRevision(input: $i) {\n                  section {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityOfEntry($id: ID!, $first: Int, $after: String) {\n    entry(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          commentId\n          threadId\n          signOffId\n          actor {\n            id\n            name\n          }\n          authors {\n            name\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityOfEntry($id: ID!, $first: Int, $after: String) {\n    entry(id: $id) {\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          commentId\n          threadId\n          signOffId\n          actor {\n            id\n            name\n          }\n          authors {\n            name\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityAddComment($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityAddComment($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        title\n        version\n        signOffSlots {\n          key\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitySections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        title\n        version\n        signOffSlots {\n          key\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityDeleteComment($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityDeleteComment($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityLogIn($i: LogInInput!) {\n    logIn(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivityLogIn($i: LogInInput!) {\n    logIn(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityAuditLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          id\n          action\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityAuditLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          id\n          action\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditKeyLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          seq\n          hash\n          keyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditKeyLog($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          seq\n          hash\n          keyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditKeyVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      problem\n      keyId\n      unvouchedCount\n    }\n  }\n"): (typeof documents)["\n  query AuditKeyVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      problem\n      keyId\n      unvouchedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditKeyExport($id: ID!) {\n    exportEntry(entryId: $id, format: MARKDOWN) {\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AuditKeyExport($id: ID!) {\n    exportEntry(entryId: $id, format: MARKDOWN) {\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($id: ID!, $after: String, $first: Int) {\n    entry(id: $id) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          action\n          actorId\n          actorName\n          summary\n          data\n          createdAt\n          prevHash\n          hash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($id: ID!, $after: String, $first: Int) {\n    entry(id: $id) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          action\n          actorId\n          actorName\n          summary\n          data\n          createdAt\n          prevHash\n          hash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      brokenEventId\n      problem\n    }\n  }\n"): (typeof documents)["\n  query AuditVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n      checkedCount\n      headSeq\n      headHash\n      brokenAtSeq\n      brokenEventId\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRevokeApiToken($i: RevokeApiTokenInput!) {\n    revokeApiToken(input: $i) {\n      token {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRevokeApiToken($i: RevokeApiTokenInput!) {\n    revokeApiToken(input: $i) {\n      token {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRemoveMember($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRemoveMember($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoMe {\n    me {\n      id\n      email\n      name\n      signOffConfirmation\n    }\n  }\n"): (typeof documents)["\n  query SsoMe {\n    me {\n      id\n      email\n      name\n      signOffConfirmation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoLoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoLoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SsoInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSection($id: ID!) {\n    section(id: $id) {\n      contentHash\n    }\n  }\n"): (typeof documents)["\n  query SsoSection($id: ID!) {\n    section(id: $id) {\n      contentHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        confirmedWith\n        meaning\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        confirmedWith\n        meaning\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsAdd($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n        body\n        threadId\n        anchor {\n          quote\n          currentText\n          deleted\n          changed\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsAdd($i: AddCommentInput!) {\n    addComment(input: $i) {\n      comment {\n        id\n        body\n        threadId\n        anchor {\n          quote\n          currentText\n          deleted\n          changed\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n        threadId\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsReply($i: ReplyToCommentInput!) {\n    replyToComment(input: $i) {\n      comment {\n        id\n        threadId\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsEdit($i: EditCommentInput!) {\n    editComment(input: $i) {\n      comment {\n        id\n        body\n        editedAt\n        mentions {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsEdit($i: EditCommentInput!) {\n    editComment(input: $i) {\n      comment {\n        id\n        body\n        editedAt\n        mentions {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsDelete($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n        body\n        deleted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsDelete($i: DeleteCommentInput!) {\n    deleteComment(input: $i) {\n      comment {\n        id\n        body\n        deleted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsResolve($i: ResolveCommentInput!) {\n    resolveComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsReopen($i: ReopenCommentInput!) {\n    reopenComment(input: $i) {\n      comment {\n        id\n        resolved\n        resolvedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsThreads($id: ID!, $state: ThreadState) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        comments(first: 20, state: $state) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            id\n            body\n            deleted\n            author {\n              id\n              name\n            }\n            mentions {\n              id\n            }\n            resolved\n            replyCount\n            replies {\n              id\n              body\n              deleted\n              threadId\n              author {\n                name\n              }\n            }\n            anchor {\n              quote\n              currentText\n              deleted\n              changed\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsThreads($id: ID!, $state: ThreadState) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        comments(first: 20, state: $state) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          nodes {\n            id\n            body\n            deleted\n            author {\n              id\n              name\n            }\n            mentions {\n              id\n            }\n            resolved\n            replyCount\n            replies {\n              id\n              body\n              deleted\n              threadId\n              author {\n                name\n              }\n            }\n            anchor {\n              quote\n              currentText\n              deleted\n              changed\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsNotifications($unread: Boolean) {\n    me {\n      unreadNotificationCount\n      notifications(unreadOnly: $unread) {\n        totalCount\n        nodes {\n          id\n          kind\n          message\n          commentId\n          sectionId\n          entryId\n          actor {\n            id\n          }\n          read\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsNotifications($unread: Boolean) {\n    me {\n      unreadNotificationCount\n      notifications(unreadOnly: $unread) {\n        totalCount\n        nodes {\n          id\n          kind\n          message\n          commentId\n          sectionId\n          entryId\n          actor {\n            id\n          }\n          read\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsMarkRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsMarkRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsReplaceContent($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsMembersUnread($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          unreadNotificationCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsMembersUnread($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          unreadNotificationCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionThreads($id: ID!, $first: Int!, $after: String) {\n    section(id: $id) {\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionThreads($id: ID!, $first: Int!, $after: String) {\n    section(id: $id) {\n      comments(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionEntriesPage($after: String) {\n    entries(first: 1, after: $after) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionEntriesPage($after: String) {\n    entries(first: 1, after: $after) {\n      totalCount\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedEntries($after: String, $first: Int!) {\n    entries(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedEntries($after: String, $first: Int!) {\n    entries(first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedNotifications($after: String, $first: Int!) {\n    me {\n      notifications(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedNotifications($after: String, $first: Int!) {\n    me {\n      notifications(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedComments($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      comments(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedComments($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      comments(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedSignOffs($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      signOffs(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedSignOffs($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      signOffs(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedRevisions($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      revisions(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedRevisions($after: String, $first: Int!, $section: ID!) {\n    section(id: $section) {\n      revisions(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedActivity($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      activity(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedActivity($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      activity(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionPagedAuditLog($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionPagedAuditLog($after: String, $first: Int!, $entry: ID!) {\n    entry(id: $entry) {\n      auditLog(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorsEntries($after: String) {\n    entries(first: 5, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CursorsEntries($after: String) {\n    entries(first: 5, after: $after) {\n      nodes {\n        id\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorsActivity($id: ID!, $after: String) {\n    entry(id: $id) {\n      activity(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CursorsActivity($id: ID!, $after: String) {\n    entry(id: $id) {\n      activity(first: 1, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorsNotifications($after: String) {\n    me {\n      notifications(first: 5, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CursorsNotifications($after: String) {\n    me {\n      notifications(first: 5, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdsEntryWithIds($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      sections {\n        id\n      }\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdsEntryWithIds($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      sections {\n        id\n      }\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsAddCommentWithMention($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        sectionId\n        mentions {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdsAddCommentWithMention($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        sectionId\n        mentions {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogEntryId($id: ID!) {\n    entry(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query LogEntryId($id: ID!) {\n    entry(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSocketMeName {\n    me {\n      name\n    }\n  }\n"): (typeof documents)["\n  query WebSocketMeName {\n    me {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSocketMeIdName {\n    me {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query WebSocketMeIdName {\n    me {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSocketCreateEntryBadTemplate {\n    createEntry(input: { templateId: \"nope\", title: \"\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebSocketCreateEntryBadTemplate {\n    createEntry(input: { templateId: \"nope\", title: \"\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSocketMissingEntry {\n    entry(id: \"00000000-0000-4000-8000-000000000000\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WebSocketMissingEntry {\n    entry(id: \"00000000-0000-4000-8000-000000000000\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebSocketSectionUpdated {\n    sectionUpdated(sectionId: \"00000000-0000-4000-8000-000000000000\") {\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription WebSocketSectionUpdated {\n    sectionUpdated(sectionId: \"00000000-0000-4000-8000-000000000000\") {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoContentEntry {\n    entries(first: 1) {\n      nodes {\n        sections {\n          title\n          wordCount\n          comments {\n            nodes {\n              body\n              anchor {\n                quote\n              }\n              replies {\n                body\n              }\n            }\n          }\n        }\n        metrics {\n          name\n          analysis {\n            sentences\n          }\n        }\n        testimonials {\n          quote\n          consentStatus\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoContentEntry {\n    entries(first: 1) {\n      nodes {\n        sections {\n          title\n          wordCount\n          comments {\n            nodes {\n              body\n              anchor {\n                quote\n              }\n              replies {\n                body\n              }\n            }\n          }\n        }\n        metrics {\n          name\n          analysis {\n            sentences\n          }\n        }\n        testimonials {\n          quote\n          consentStatus\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoContentWordCounts {\n    entries(first: 1) {\n      nodes {\n        sections {\n          wordCount\n          version\n        }\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoContentWordCounts {\n    entries(first: 1) {\n      nodes {\n        sections {\n          wordCount\n          version\n        }\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRemovalDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRemovalSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesCreate($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          key\n          title\n          wordLimit\n          criteria {\n            text\n          }\n          signOffSlots {\n            key\n            roles\n          }\n        }\n        members {\n          role\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesCreate($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          key\n          title\n          wordLimit\n          criteria {\n            text\n          }\n          signOffSlots {\n            key\n            roles\n          }\n        }\n        members {\n          role\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntriesEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      members {\n        id\n        role\n        user {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n      }\n      entry {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n      }\n      entry {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesTemplates {\n    templates {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  query EntriesTemplates {\n    templates {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesPage($after: String) {\n    entries(first: 2, after: $after) {\n      totalCount\n      nodes {\n        title\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntriesPage($after: String) {\n    entries(first: 2, after: $after) {\n      totalCount\n      nodes {\n        title\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesTooLongPage {\n    entries(first: 101) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EntriesTooLongPage {\n    entries(first: 101) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesGarbageCursor {\n    entries(after: \"garbage\") {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EntriesGarbageCursor {\n    entries(after: \"garbage\") {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesInvitation($t: String!) {\n    invitation(token: $t) {\n      entryTitle\n      role\n      email\n      invitedByName\n    }\n  }\n"): (typeof documents)["\n  query EntriesInvitation($t: String!) {\n    invitation(token: $t) {\n      entryTitle\n      role\n      email\n      invitedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntriesSetWordLimit($input: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $input) {\n      section {\n        id\n        wordLimit\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EntriesSetWordLimit($input: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $input) {\n      section {\n        id\n        wordLimit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsInvite($i: InviteMemberInput!) {\n    inviteMember(input: $i) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsWithdraw($i: InvitationIdInput!) {\n    withdrawInvitation(input: $i) {\n      invitation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsWithdraw($i: InvitationIdInput!) {\n    withdrawInvitation(input: $i) {\n      invitation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsResend($i: InvitationIdInput!) {\n    resendInvitation(input: $i) {\n      token\n      inviteUrl\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsResend($i: InvitationIdInput!) {\n    resendInvitation(input: $i) {\n      token\n      inviteUrl\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsPreview($t: String!) {\n    invitation(token: $t) {\n      email\n    }\n  }\n"): (typeof documents)["\n  query InvitationsPreview($t: String!) {\n    invitation(token: $t) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsPending($id: ID!) {\n    entry(id: $id) {\n      pendingInvitations {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsPending($id: ID!) {\n    entry(id: $id) {\n      pendingInvitations {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InvitationsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      entryId\n      commentId\n      read\n      actor {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InvitationsNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      entryId\n      commentId\n      read\n      actor {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceConcurrentSectionCriteria($id: ID!) {\n    section(id: $id) {\n      criteria {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceConcurrentSectionCriteria($id: ID!) {\n    section(id: $id) {\n      criteria {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePageOfEntry($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        periods\n        values {\n          numerator\n          suppressed\n        }\n        analysis {\n          hasData\n          groups {\n            group\n            gapVerdict\n          }\n          timeSeries {\n            period\n          }\n        }\n      }\n      testimonials {\n        citedAs\n        attribution\n        addedBy {\n          name\n        }\n        consentRecordedBy {\n          name\n        }\n      }\n      sections {\n        criteria {\n          covered\n          linkedSections {\n            id\n          }\n          linkedMetrics {\n            name\n          }\n          linkedTestimonials {\n            quote\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidencePageOfEntry($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        periods\n        values {\n          numerator\n          suppressed\n        }\n        analysis {\n          hasData\n          groups {\n            group\n            gapVerdict\n          }\n          timeSeries {\n            period\n          }\n        }\n      }\n      testimonials {\n        citedAs\n        attribution\n        addedBy {\n          name\n        }\n        consentRecordedBy {\n          name\n        }\n      }\n      sections {\n        criteria {\n          covered\n          linkedSections {\n            id\n          }\n          linkedMetrics {\n            name\n          }\n          linkedTestimonials {\n            quote\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceQueriesEntryCriteria($id: ID!) {\n    entry(id: $id) {\n      sections {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceQueriesEntryCriteria($id: ID!) {\n    entry(id: $id) {\n      sections {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceQueriesImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceQueriesImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceQueriesRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceQueriesRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        name\n        kind\n        direction\n        ratePer\n        population\n        referenceCode\n        suppressionThreshold\n        dataSource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        name\n        kind\n        direction\n        ratePer\n        population\n        referenceCode\n        suppressionThreshold\n        dataSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        name\n        dataSource\n        baselinePeriod\n        ratePer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        name\n        dataSource\n        baselinePeriod\n        ratePer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n      entry {\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceDeleteMetric($i: DeleteMetricInput!) {\n    deleteMetric(input: $i) {\n      deletedMetricId\n      entry {\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n      metric {\n        periods\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceImportValues($i: ImportMetricValuesInput!) {\n    importMetricValues(input: $i) {\n      written\n      metric {\n        periods\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"): (typeof documents)["\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceAnalysis($id: ID!, $level: GroupLevel) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        analysis(level: $level) {\n          hasData\n          message\n          baselinePeriod\n          followUpPeriod\n          referenceGroup\n          suppressionApplied\n          sentences\n          notes\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            changeVerdict\n            gapVerdict\n            narrowedBeyondChance\n            gapSentence\n            changeSentence\n            baseline {\n              numerator\n              denominator\n              suppressed\n              value {\n                ...EstimateFields\n              }\n            }\n            followUp {\n              numerator\n              denominator\n              value {\n                ...EstimateFields\n              }\n            }\n            change {\n              ...EstimateFields\n            }\n            gapBefore {\n              position\n              difference {\n                ...EstimateFields\n              }\n              ratio {\n                ...EstimateFields\n              }\n            }\n            gapAfter {\n              position\n              difference {\n                ...EstimateFields\n              }\n            }\n            gapChange {\n              ...EstimateFields\n            }\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              figures {\n                numerator\n                suppressed\n              }\n              gapToReference {\n                available\n              }\n            }\n          }\n        }\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceAnalysis($id: ID!, $level: GroupLevel) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        analysis(level: $level) {\n          hasData\n          message\n          baselinePeriod\n          followUpPeriod\n          referenceGroup\n          suppressionApplied\n          sentences\n          notes\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            changeVerdict\n            gapVerdict\n            narrowedBeyondChance\n            gapSentence\n            changeSentence\n            baseline {\n              numerator\n              denominator\n              suppressed\n              value {\n                ...EstimateFields\n              }\n            }\n            followUp {\n              numerator\n              denominator\n              value {\n                ...EstimateFields\n              }\n            }\n            change {\n              ...EstimateFields\n            }\n            gapBefore {\n              position\n              difference {\n                ...EstimateFields\n              }\n              ratio {\n                ...EstimateFields\n              }\n            }\n            gapAfter {\n              position\n              difference {\n                ...EstimateFields\n              }\n            }\n            gapChange {\n              ...EstimateFields\n            }\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              figures {\n                numerator\n                suppressed\n              }\n              gapToReference {\n                available\n              }\n            }\n          }\n        }\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        exportable\n        addedBy {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceAddTestimonial($i: AddTestimonialInput!) {\n    addTestimonial(input: $i) {\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        exportable\n        addedBy {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        exportable\n        consentRecordedBy {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceRecordConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        exportable\n        consentRecordedBy {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceLinkCriterion($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        linkedSections {\n          id\n        }\n        linkedMetrics {\n          id\n        }\n        linkedTestimonials {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceLinkCriterion($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        linkedSections {\n          id\n        }\n        linkedMetrics {\n          id\n        }\n        linkedTestimonials {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceReadiness($id: ID!) {\n    entry(id: $id) {\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n        }\n        sectionsOverWordLimit {\n          section {\n            id\n          }\n          wordCount\n          wordLimit\n        }\n        missingSignOffs {\n          slotKey\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n        figuresOutOfStep {\n          section {\n            id\n          }\n          figure {\n            status\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceReadiness($id: ID!) {\n    entry(id: $id) {\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n        }\n        sectionsOverWordLimit {\n          section {\n            id\n          }\n          wordCount\n          wordLimit\n        }\n        missingSignOffs {\n          slotKey\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n        figuresOutOfStep {\n          section {\n            id\n          }\n          figure {\n            status\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceTestimonials($id: ID!, $c: Boolean) {\n    entry(id: $id) {\n      testimonials(consentedOnly: $c) {\n        id\n        attribution\n        citedAs\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceTestimonials($id: ID!, $c: Boolean) {\n    entry(id: $id) {\n      testimonials(consentedOnly: $c) {\n        id\n        attribution\n        citedAs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSetWordLimit($i: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceSetWordLimit($i: SetSectionWordLimitInput!) {\n    setSectionWordLimit(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceTestimonialUpdate($i: UpdateTestimonialInput!) {\n    updateTestimonial(input: $i) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          name\n        }\n        exportable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceTestimonialUpdate($i: UpdateTestimonialInput!) {\n    updateTestimonial(input: $i) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          name\n        }\n        exportable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceTestimonialDelete($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceTestimonialDelete($i: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $i) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceTestimonialConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        consentStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceTestimonialConsent($i: RecordConsentInput!) {\n    recordConsent(input: $i) {\n      testimonial {\n        consentStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceTestimonialExportable($id: ID!) {\n    entry(id: $id) {\n      testimonials(consentedOnly: true) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceTestimonialExportable($id: ID!) {\n    entry(id: $id) {\n      testimonials(consentedOnly: true) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisclosureSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n"): (typeof documents)["\n  mutation DisclosureSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureRead($id: ID!) {\n    entry(id: $id) {\n      abilities {\n        canEditEvidence\n        canEditValues\n      }\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisclosureRead($id: ID!) {\n    entry(id: $id) {\n      abilities {\n        canEditEvidence\n        canEditValues\n      }\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureHistory($id: ID!) {\n    entry(id: $id) {\n      activity(first: 100) {\n        nodes {\n          kind\n          at\n          summary\n          actor {\n            name\n          }\n          valueChanges {\n            period\n            ethnicCode\n            ethnicCategory\n            ageBand\n            figuresShown\n            before {\n              numerator\n              denominator\n            }\n            after {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisclosureHistory($id: ID!) {\n    entry(id: $id) {\n      activity(first: 100) {\n        nodes {\n          kind\n          at\n          summary\n          actor {\n            name\n          }\n          valueChanges {\n            period\n            ethnicCode\n            ethnicCategory\n            ageBand\n            figuresShown\n            before {\n              numerator\n              denominator\n            }\n            after {\n              numerator\n              denominator\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureAudit($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actorName\n          summary\n          data\n          valueChanges {\n            period\n            ethnicCode\n            ageBand\n            figuresShown\n            before {\n              numerator\n            }\n            after {\n              numerator\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisclosureAudit($id: ID!) {\n    entry(id: $id) {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actorName\n          summary\n          data\n          valueChanges {\n            period\n            ethnicCode\n            ageBand\n            figuresShown\n            before {\n              numerator\n            }\n            after {\n              numerator\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n    }\n  }\n"): (typeof documents)["\n  query DisclosureVerify($id: ID!) {\n    verifyAuditLog(entryId: $id) {\n      valid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeriesCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeriesUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SeriesUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        target\n        recalculationPeriods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          notes\n          groups {\n            group\n            changeVerdict\n            changeSentence\n            gapSentence\n          }\n          overall {\n            period\n            numerator\n            denominator\n            suppressed\n            value {\n              estimate\n            }\n          }\n          spc {\n            group\n            isOverall\n            available\n            reason\n            type\n            variation\n            assurance\n            target\n            provisional\n            signals\n            sentence\n            description\n            points {\n              period\n              value\n              mean\n              upperLimit\n              lowerLimit\n              segment\n              recalculated\n              beyondLimits\n              shift\n              trend\n              twoOfThree\n              variation\n            }\n          }\n          dataQuality {\n            notStated {\n              period\n              share\n              notStated\n              total\n              high\n              moved\n              suppressed\n            }\n            flags {\n              kind\n              period\n              group\n              message\n            }\n          }\n        }\n      }\n      readiness {\n        dataQualityWarnings {\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          notes\n          groups {\n            group\n            changeVerdict\n            changeSentence\n            gapSentence\n          }\n          overall {\n            period\n            numerator\n            denominator\n            suppressed\n            value {\n              estimate\n            }\n          }\n          spc {\n            group\n            isOverall\n            available\n            reason\n            type\n            variation\n            assurance\n            target\n            provisional\n            signals\n            sentence\n            description\n            points {\n              period\n              value\n              mean\n              upperLimit\n              lowerLimit\n              segment\n              recalculated\n              beyondLimits\n              shift\n              trend\n              twoOfThree\n              variation\n            }\n          }\n          dataQuality {\n            notStated {\n              period\n              share\n              notStated\n              total\n              high\n              moved\n              suppressed\n            }\n            flags {\n              kind\n              period\n              group\n              message\n            }\n          }\n        }\n      }\n      readiness {\n        dataQualityWarnings {\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisFileSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          suppressed\n        }\n        analysis(level: ETHNIC_CATEGORY) {\n          sentences\n          groups {\n            code\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalysisFileSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          suppressed\n        }\n        analysis(level: ETHNIC_CATEGORY) {\n          sentences\n          groups {\n            code\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      format\n      delimiter\n      headerRow\n      headers\n      rowCount\n      sampleRows\n      suggestedMapping {\n        period\n        ethnicity\n        numerator\n        denominator\n        mean\n        sd\n        n\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      format\n      delimiter\n      headerRow\n      headers\n      rowCount\n      sampleRows\n      suggestedMapping {\n        period\n        ethnicity\n        numerator\n        denominator\n        mean\n        sd\n        n\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        column\n        reason\n      }\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        column\n        reason\n      }\n      metric {\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n          mean\n          sd\n          n\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethodsCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        confidenceLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MethodsCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n        confidenceLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MethodsUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        baselinePeriod\n        followUpPeriod\n        confidenceLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MethodsUpdateMetric($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        id\n        baselinePeriod\n        followUpPeriod\n        confidenceLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MethodsAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          confidenceLevel\n          confidence\n          periodOrder\n          message\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          methods {\n            name\n            usedFor\n            reference\n          }\n          groups {\n            group\n            baseline {\n              value {\n                estimate\n                lower\n                upper\n              }\n            }\n            changeVerdict\n            changeSentence\n          }\n        }\n      }\n      readiness {\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MethodsAnalysis($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          confidenceLevel\n          confidence\n          periodOrder\n          message\n          periods\n          baselinePeriod\n          followUpPeriod\n          sentences\n          methods {\n            name\n            usedFor\n            reference\n          }\n          groups {\n            group\n            baseline {\n              value {\n                estimate\n                lower\n                upper\n              }\n            }\n            changeVerdict\n            changeSentence\n          }\n        }\n      }\n      readiness {\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundingUpdate($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        roundToFive\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoundingUpdate($i: UpdateMetricInput!) {\n    updateMetric(input: $i) {\n      metric {\n        roundToFive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundedCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoundedCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundedAnalysis on MetricAnalysis {\n    level\n    baselinePeriod\n    followUpPeriod\n    referenceGroup\n    sentences\n    notes\n    groups {\n      group\n      isReference\n      baseline {\n        ...RoundedFigures\n      }\n      followUp {\n        ...RoundedFigures\n      }\n      change {\n        ...RoundedEstimate\n      }\n      gapBefore {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapAfter {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapChange {\n        ...RoundedEstimate\n      }\n      changeSentence\n      gapSentence\n    }\n    timeSeries {\n      period\n      groups {\n        group\n        code\n        isReference\n        figures {\n          ...RoundedFigures\n        }\n        gapToReference {\n          ...RoundedEstimate\n        }\n      }\n    }\n    overall {\n      ...RoundedFigures\n    }\n    standardisedRates {\n      group\n      period\n      events\n      population\n      suppressed\n      value {\n        ...RoundedEstimate\n      }\n      crude {\n        ...RoundedEstimate\n      }\n    }\n    spc {\n      group\n      isOverall\n      available\n      sentence\n      description\n      median\n      points {\n        period\n        value\n        mean\n        upperLimit\n        lowerLimit\n        upperTwoSigma\n        lowerTwoSigma\n      }\n    }\n    dataQuality {\n      notStated {\n        period\n        share\n        notStated\n        total\n        suppressed\n      }\n      flags {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoundedAnalysis on MetricAnalysis {\n    level\n    baselinePeriod\n    followUpPeriod\n    referenceGroup\n    sentences\n    notes\n    groups {\n      group\n      isReference\n      baseline {\n        ...RoundedFigures\n      }\n      followUp {\n        ...RoundedFigures\n      }\n      change {\n        ...RoundedEstimate\n      }\n      gapBefore {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapAfter {\n        difference {\n          ...RoundedEstimate\n        }\n        ratio {\n          ...RoundedEstimate\n        }\n      }\n      gapChange {\n        ...RoundedEstimate\n      }\n      changeSentence\n      gapSentence\n    }\n    timeSeries {\n      period\n      groups {\n        group\n        code\n        isReference\n        figures {\n          ...RoundedFigures\n        }\n        gapToReference {\n          ...RoundedEstimate\n        }\n      }\n    }\n    overall {\n      ...RoundedFigures\n    }\n    standardisedRates {\n      group\n      period\n      events\n      population\n      suppressed\n      value {\n        ...RoundedEstimate\n      }\n      crude {\n        ...RoundedEstimate\n      }\n    }\n    spc {\n      group\n      isOverall\n      available\n      sentence\n      description\n      median\n      points {\n        period\n        value\n        mean\n        upperLimit\n        lowerLimit\n        upperTwoSigma\n        lowerTwoSigma\n      }\n    }\n    dataQuality {\n      notStated {\n        period\n        share\n        notStated\n        total\n        suppressed\n      }\n      flags {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundedFigures on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...RoundedEstimate\n    }\n  }\n"): (typeof documents)["\n  fragment RoundedFigures on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...RoundedEstimate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundedEstimate on Estimate {\n    available\n    estimate\n    lower\n    upper\n  }\n"): (typeof documents)["\n  fragment RoundedEstimate on Estimate {\n    available\n    estimate\n    lower\n    upper\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundedView($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        kind\n        ratePer\n        confidenceLevel\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          mean\n          sd\n          n\n          suppressed\n        }\n        ons: analysis(level: ONS_GROUP) {\n          ...RoundedAnalysis\n        }\n        detailed: analysis(level: ETHNIC_CATEGORY) {\n          ...RoundedAnalysis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundedView($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        name\n        kind\n        ratePer\n        confidenceLevel\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          mean\n          sd\n          n\n          suppressed\n        }\n        ons: analysis(level: ONS_GROUP) {\n          ...RoundedAnalysis\n        }\n        detailed: analysis(level: ETHNIC_CATEGORY) {\n          ...RoundedAnalysis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundingRead($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n              value {\n                estimate\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundingRead($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          numerator\n          denominator\n        }\n        analysis {\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n              value {\n                estimate\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEntry($id: ID!, $f: ExportFormat!) {\n    exportEntry(entryId: $id, format: $f) {\n      filename\n      mediaType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query ExportEntry($id: ID!, $f: ExportFormat!) {\n    exportEntry(entryId: $id, format: $f) {\n      filename\n      mediaType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSectionTitles($id: ID!) {\n    entry(id: $id) {\n      sections {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportSectionTitles($id: ID!) {\n    entry(id: $id) {\n      sections {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportStateAndAuditHead($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n    verifyAuditLog(entryId: $id) {\n      valid\n      headSeq\n      headHash\n    }\n  }\n"): (typeof documents)["\n  query ExportStateAndAuditHead($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n    verifyAuditLog(entryId: $id) {\n      valid\n      headSeq\n      headHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentSchemaApply($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ContentSchemaApply($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentSchemaReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        markdown\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContentSchemaReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        markdown\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSchemaSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      update\n    }\n  }\n"): (typeof documents)["\n  query ContentSchemaSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSchemaSection($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        markdown\n        version\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentSchemaSection($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        markdown\n        version\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSchemaRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentSchemaRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentSchemaRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        markdown\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ContentSchemaRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        markdown\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveViews($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        markdown\n        wordCount\n        version\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveViews($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        markdown\n        wordCount\n        version\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n      version\n    }\n  }\n"): (typeof documents)["\n  query LiveSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n      authorId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n      authorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          totalCount\n          nodes {\n            id\n            reason\n            version\n            markdown\n            authors {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveRevisions($id: ID!) {\n    entry(id: $id) {\n      sections {\n        revisions {\n          totalCount\n          nodes {\n            id\n            reason\n            version\n            markdown\n            authors {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRestorable($id: ID!) {\n    entry(id: $id) {\n      sections {\n        version\n        markdown\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveRestorable($id: ID!) {\n    entry(id: $id) {\n      sections {\n        version\n        markdown\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LivePresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      sectionId\n      left\n      awareness\n    }\n  }\n"): (typeof documents)["\n  subscription LivePresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      sectionId\n      left\n      awareness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdatePresence($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveUpdatePresence($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePresence($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n      }\n    }\n  }\n"): (typeof documents)["\n  query LivePresence($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiProcessLogIn($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MultiProcessLogIn($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiProcessPresence {\n    entries {\n      nodes {\n        presence {\n          userName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MultiProcessPresence {\n    entries {\n      nodes {\n        presence {\n          userName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelinedText($id: ID!) {\n    entry(id: $id) {\n      sections {\n        text\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelinedText($id: ID!) {\n    entry(id: $id) {\n      sections {\n        text\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresenceUpdate($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n        clientId\n        left\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresenceUpdate($i: UpdatePresenceInput!) {\n    updatePresence(input: $i) {\n      presence {\n        userName\n        clientId\n        left\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresenceListed($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresenceListed($id: ID!) {\n    entry(id: $id) {\n      presence {\n        userName\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      clientId\n      left\n      awareness\n    }\n  }\n"): (typeof documents)["\n  subscription PresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n      clientId\n      left\n      awareness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectionSizeRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SectionSizeRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionSizeOfSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        markdown\n        contentBytes\n        contentBytesLimit\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionSizeOfSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        markdown\n        contentBytes\n        contentBytesLimit\n        revisions {\n          nodes {\n            id\n            markdown\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionListenersPresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionListenersPresenceUpdated($e: ID!) {\n    presenceUpdated(entryId: $e) {\n      userName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionListenersEntryEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionListenersEntryEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionHistory($id: ID!, $from: ID, $to: ID) {\n    section(id: $id) {\n      version\n      revisions(first: 10) {\n        nodes {\n          id\n          name\n          reason\n          markdown\n        }\n      }\n      diff(from: $from, to: $to) {\n        op\n        text\n        authors {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionHistory($id: ID!, $from: ID, $to: ID) {\n    section(id: $id) {\n      version\n      revisions(first: 10) {\n        nodes {\n          id\n          name\n          reason\n          markdown\n        }\n      }\n      diff(from: $from, to: $to) {\n        op\n        text\n        authors {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionHistoryName($i: NameSectionRevisionInput!) {\n    nameSectionRevision(input: $i) {\n      revision {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevisionHistoryName($i: NameSectionRevisionInput!) {\n    nameSectionRevision(input: $i) {\n      revision {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation MailInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailReply($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailReply($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailSections($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailReplace($input: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $input) {\n      section {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailReplace($input: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $input) {\n      section {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailRequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailRequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSetPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailSetPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailMyPreferences {\n    me {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailMyPreferences {\n    me {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailUnsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n"): (typeof documents)["\n  mutation MailUnsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSetClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        closesAt\n        abilities {\n          canSetClosingDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MailSetClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        closesAt\n        abilities {\n          canSetClosingDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation MailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n"): (typeof documents)["\n  mutation MailReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n"): (typeof documents)["\n  query MailServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailProcessEntries {\n    entries {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailProcessEntries {\n    entries {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailProcessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation MailProcessInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n        members {\n          id\n          role\n          user {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyMultiProcessEntries {\n    entries {\n      nodes {\n        id\n        sections {\n          id\n        }\n        members {\n          id\n          role\n          user {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyMultiProcessSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query PolicyMultiProcessSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyMultiProcessLogOut {\n    logOut(input: {}) {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyMultiProcessLogOut {\n    logOut(input: {}) {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRevocationsLogOutEverywhere {\n    logOut(input: { everywhere: true }) {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRevocationsLogOutEverywhere {\n    logOut(input: { everywhere: true }) {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRevocationsMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRevocationsMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PolicyRevocationsCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Soon gone\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PolicyRevocationsCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Soon gone\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyRevocationsSectionMarkdown($s: ID!) {\n    section(id: $s) {\n      markdown\n    }\n  }\n"): (typeof documents)["\n  query PolicyRevocationsSectionMarkdown($s: ID!) {\n    section(id: $s) {\n      markdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyRevocationsSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      stateVector\n    }\n  }\n"): (typeof documents)["\n  query PolicyRevocationsSectionSync($s: ID!) {\n    sectionSync(sectionId: $s) {\n      stateVector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyStillAllowedSectionVersion($id: ID!) {\n    section(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query PolicyStillAllowedSectionVersion($id: ID!) {\n    section(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLogInLead {\n    logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartLogInLead {\n    logIn(input: { email: \"lead@demo.quorum.test\", password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Made before the restart\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartCreateEntry($t: ID!) {\n    createEntry(input: { templateId: $t, title: \"Made before the restart\" }) {\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartEntries {\n    entries {\n      nodes {\n        title\n        sections {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartEntries {\n    entries {\n      nodes {\n        title\n        sections {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffReplace($i: ReplaceSectionContentInput!) {\n    replaceSectionContent(input: $i) {\n      section {\n        version\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        contentHash\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffRestore($i: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $i) {\n      section {\n        contentHash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffSetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      section {\n        signOffSlots {\n          key\n        }\n      }\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffSetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      section {\n        signOffSlots {\n          key\n        }\n      }\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffStatus($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        signOffStatus {\n          approved\n          slots {\n            key\n            held\n            heldBy {\n              id\n              signer {\n                name\n              }\n            }\n          }\n          openChangeRequests {\n            id\n          }\n          staleSignOffs {\n            id\n          }\n        }\n        signOffs {\n          totalCount\n          nodes {\n            id\n            meaning\n            slotKey\n            role\n            note\n            contentHash\n            markdown\n            stale\n            superseded\n            current\n            diffSinceSigned {\n              op\n              text\n            }\n            signer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignOffStatus($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        signOffStatus {\n          approved\n          slots {\n            key\n            held\n            heldBy {\n              id\n              signer {\n                name\n              }\n            }\n          }\n          openChangeRequests {\n            id\n          }\n          staleSignOffs {\n            id\n          }\n        }\n        signOffs {\n          totalCount\n          nodes {\n            id\n            meaning\n            slotKey\n            role\n            note\n            contentHash\n            markdown\n            stale\n            superseded\n            current\n            diffSinceSigned {\n              op\n              text\n            }\n            signer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffNotifications {\n    me {\n      unreadNotificationCount\n      notifications {\n        nodes {\n          kind\n          message\n          sectionId\n          signOffId\n          read\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignOffNotifications {\n    me {\n      unreadNotificationCount\n      notifications {\n        nodes {\n          kind\n          message\n          sectionId\n          signOffId\n          read\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowPropertySetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowPropertySetSlots($i: SetSignOffSlotsInput!) {\n    setSignOffSlots(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPropertyStatus($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        signOffStatus {\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPropertyStatus($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        signOffStatus {\n          approved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowRequestReview($i: RequestReviewInput!) {\n    requestReview(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowSubmit($i: SubmitEntryInput!) {\n    submitEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowSubmit($i: SubmitEntryInput!) {\n    submitEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowReopen($i: ReopenEntryInput!) {\n    reopenEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowReopen($i: ReopenEntryInput!) {\n    reopenEntry(input: $i) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowNotificationKinds {\n    me {\n      notifications {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowNotificationKinds {\n    me {\n      notifications {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowNotificationSignOffs {\n    me {\n      notifications {\n        nodes {\n          kind\n          signOffId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowNotificationSignOffs {\n    me {\n      notifications {\n        nodes {\n          kind\n          signOffId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkflowAccept($i: AcceptInvitationInput!) {\n    acceptInvitation(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WorkflowAccept($i: AcceptInvitationInput!) {\n    acceptInvitation(input: $i) {\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSignOffsNow($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        id\n        signOffs(first: 20) {\n          nodes {\n            id\n            stale\n            current\n            evidenceDigest\n            signer {\n              id\n            }\n            diffSinceSigned {\n              op\n              text\n            }\n            evidenceChangesSinceSigned\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceSignOffsNow($id: ID!) {\n    entry(id: $id) {\n      state\n      sections {\n        id\n        signOffs(first: 20) {\n          nodes {\n            id\n            stale\n            current\n            evidenceDigest\n            signer {\n              id\n            }\n            diffSinceSigned {\n              op\n              text\n            }\n            evidenceChangesSinceSigned\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSignSeen($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n        evidenceDigest\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceSignSeen($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        version\n        contentHash\n        evidenceDigest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSignSeenSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        contentHash\n        evidenceDigest\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceSignSeenSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        contentHash\n        evidenceDigest\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEditorSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEditorSectionRelay($s: ID!) {\n    sectionRelay(sectionId: $s) {\n      kind\n      update\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n"): (typeof documents)["\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n"): (typeof documents)["\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingForMe($first: Int, $after: String, $entryId: ID) {\n    me {\n      id\n      waitingForMe(first: $first, after: $after, entryId: $entryId) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          message\n          path\n          createdAt\n          entry {\n            id\n            title\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingForMe($first: Int, $after: String, $entryId: ID) {\n    me {\n      id\n      waitingForMe(first: $first, after: $after, entryId: $entryId) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          message\n          path\n          createdAt\n          entry {\n            id\n            title\n          }\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccountAtOnce {\n    me {\n      id\n      apiTokens {\n        id\n        lastUsedAt\n      }\n      mailPreferences {\n        kind\n      }\n      unreadNotificationCount\n      waitingForMe {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccountAtOnce {\n    me {\n      id\n      apiTokens {\n        id\n        lastUsedAt\n      }\n      mailPreferences {\n        kind\n      }\n      unreadNotificationCount\n      waitingForMe {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingOfMember($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          waitingForMe {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingOfMember($id: ID!) {\n    entry(id: $id) {\n      members {\n        user {\n          id\n          waitingForMe {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingSectionCounts($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        wordCount\n        wordLimit\n        openThreadCount\n        pendingSuggestionCount\n        comments(state: OPEN, first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingSectionCounts($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        wordCount\n        wordLimit\n        openThreadCount\n        pendingSuggestionCount\n        comments(state: OPEN, first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgeSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n"): (typeof documents)["\n  mutation AgeSetValues($i: SetMetricValuesInput!) {\n    setMetricValues(input: $i) {\n      written\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgeFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      suggestedMapping {\n        period\n        ethnicity\n        ageBand\n        numerator\n        denominator\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgeFilePreview($i: PreviewValuesFileInput!) {\n    previewValuesFile(input: $i) {\n      suggestedMapping {\n        period\n        ethnicity\n        ageBand\n        numerator\n        denominator\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgeFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgeFileImport($i: ImportValuesFileInput!) {\n    importValuesFile(input: $i) {\n      written\n      skipped {\n        row\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgeAnalysis($id: ID!, $level: GroupLevel!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          suppressed\n        }\n        analysis(level: $level) {\n          ageStandardised\n          notes\n          methods {\n            name\n            reference\n          }\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n          standardisedRates {\n            group\n            code\n            isReference\n            period\n            events\n            population\n            ageBands\n            suppressed\n            value {\n              ...EstimateFields\n            }\n            crude {\n              available\n              estimate\n              lower\n              upper\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgeAnalysis($id: ID!, $level: GroupLevel!) {\n    entry(id: $id) {\n      metrics {\n        id\n        values {\n          period\n          ethnicCode\n          ageBand\n          numerator\n          denominator\n          suppressed\n        }\n        analysis(level: $level) {\n          ageStandardised\n          notes\n          methods {\n            name\n            reference\n          }\n          groups {\n            group\n            baseline {\n              numerator\n              denominator\n            }\n          }\n          standardisedRates {\n            group\n            code\n            isReference\n            period\n            events\n            population\n            ageBands\n            suppressed\n            value {\n              ...EstimateFields\n            }\n            crude {\n              available\n              estimate\n              lower\n              upper\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsOfSection($id: ID!, $authorId: ID) {\n    section(id: $id) {\n      id\n      text\n      contentHash\n      version\n      suggestions(authorId: $authorId) {\n        totalCount\n        nodes {\n          id\n          kind\n          text\n          insertedText\n          deletedText\n          role\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            body\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionsOfSection($id: ID!, $authorId: ID) {\n    section(id: $id) {\n      id\n      text\n      contentHash\n      version\n      suggestions(authorId: $authorId) {\n        totalCount\n        nodes {\n          id\n          kind\n          text\n          insertedText\n          deletedText\n          role\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            body\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsAccept($i: ResolveSuggestionInput!) {\n    acceptSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsAccept($i: ResolveSuggestionInput!) {\n    acceptSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsReject($i: ResolveSuggestionInput!) {\n    rejectSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsReject($i: ResolveSuggestionInput!) {\n    rejectSuggestion(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsAcceptAll($i: ResolveSuggestionsInput!) {\n    acceptSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsAcceptAll($i: ResolveSuggestionsInput!) {\n    acceptSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsRejectAll($i: ResolveSuggestionsInput!) {\n    rejectSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsRejectAll($i: ResolveSuggestionsInput!) {\n    rejectSuggestions(input: $i) {\n      suggestionIds\n      section {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SuggestionsEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      sectionId\n      suggestionId\n      actorId\n    }\n  }\n"): (typeof documents)["\n  subscription SuggestionsEvents($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      sectionId\n      suggestionId\n      actorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CriterionLinkPassages($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        passages {\n          id\n          section {\n            id\n          }\n          quote\n          quoteWhenLinked\n          lost\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CriterionLinkPassages($i: LinkCriterionInput!) {\n    linkCriterion(input: $i) {\n      criterion {\n        id\n        covered\n        passages {\n          id\n          section {\n            id\n          }\n          quote\n          quoteWhenLinked\n          lost\n          from\n          to\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriterionPassages($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        criteria {\n          id\n          covered\n          passages {\n            id\n            quote\n            quoteWhenLinked\n            lost\n            from\n            to\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriterionPassages($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        text\n        criteria {\n          id\n          covered\n          passages {\n            id\n            quote\n            quoteWhenLinked\n            lost\n            from\n            to\n          }\n        }\n      }\n      readiness {\n        ready\n        uncoveredCriteria {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          groups {\n            group\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FigureSentences($id: ID!) {\n    entry(id: $id) {\n      metrics {\n        id\n        analysis {\n          groups {\n            group\n            changeSentence\n            gapSentence\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionFigures($id: ID!) {\n    section(id: $id) {\n      id\n      text\n      figures {\n        metricId\n        metric {\n          id\n          name\n        }\n        level\n        group\n        kind\n        text\n        currentWording\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionFigures($id: ID!) {\n    section(id: $id) {\n      id\n      text\n      figures {\n        metricId\n        metric {\n          id\n          name\n        }\n        level\n        group\n        kind\n        text\n        currentWording\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFigure($i: FigureInput!) {\n    updateFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFigure($i: FigureInput!) {\n    updateFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkFigure($i: FigureInput!) {\n    unlinkFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkFigure($i: FigureInput!) {\n    unlinkFigure(input: $i) {\n      section {\n        id\n        text\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;