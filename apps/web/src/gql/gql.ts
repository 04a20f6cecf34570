/* eslint-disable */
import * as types from './graphql';
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
    "\n  query ServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query MailPreferences {\n    me {\n      id\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": typeof types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  query ActivityHistory($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityHistoryDocument,
    "\n  query ActivityLog($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          createdAt\n          summary\n        }\n      }\n    }\n  }\n": typeof types.ActivityLogDocument,
    "\n  query EntryActivity($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canReadAuditLog\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n      }\n    }\n  }\n": typeof types.EntryActivityDocument,
    "\n  subscription EntryEvents($entryId: ID!) {\n    entryEvents(entryId: $entryId) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": typeof types.EntryEventsDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n": typeof types.LoginOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment CommentByline on Comment {\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n    }\n  }\n": typeof types.CommentBylineFragmentDoc,
    "\n  fragment CommentParts on Comment {\n    id\n    body\n    deleted\n    author {\n      id\n      name\n    }\n    ...CommentByline\n  }\n": typeof types.CommentPartsFragmentDoc,
    "\n  fragment CommentThread on Comment {\n    ...CommentParts @unmask\n    sectionId\n    resolved\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    anchor {\n      quote\n      currentText\n      changed\n      deleted\n      start\n      end\n    }\n    replies {\n      ...CommentParts @unmask\n    }\n  }\n": typeof types.CommentThreadFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentThread\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  query EntryComments($id: ID!) {\n    entry(id: $id) {\n      id\n      abilities {\n        canComment\n        canEdit\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        openThreads: comments(state: OPEN) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n        resolvedThreads: comments(state: RESOLVED) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntryCommentsDocument,
    "\n  mutation ReopenComment($input: ReopenCommentInput!) {\n    reopenComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReopenCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation ResolveComment($input: ResolveCommentInput!) {\n    resolveComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResolveCommentDocument,
    "\n  query SectionThreads($id: ID!, $openFirst: Int!, $resolvedFirst: Int!) {\n    section(id: $id) {\n      id\n      openThreads: comments(state: OPEN, first: $openFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n      resolvedThreads: comments(state: RESOLVED, first: $resolvedFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n    }\n  }\n": typeof types.SectionThreadsDocument,
    "\n  fragment EntryHeader on Entry {\n    id\n    title\n    state\n    viewerRole\n    template {\n      id\n      name\n    }\n  }\n": typeof types.EntryHeaderFragmentDoc,
    "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CreateEntryDocument,
    "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n          title\n          wordLimit\n          wordCount\n          signOffStatus {\n            slots {\n              key\n              held\n            }\n          }\n          comments(state: OPEN, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEntriesDocument,
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      ...EntryHeader\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": typeof types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n": typeof types.AddTestimonialDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateMetricDocument,
    "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      entry {\n        id\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeleteMetricDocument,
    "\n  mutation DeleteTestimonial($input: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $input) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeleteTestimonialDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": typeof types.EstimateFieldsFragmentDoc,
    "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields @unmask\n    }\n  }\n": typeof types.FiguresFieldsFragmentDoc,
    "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields @unmask\n    }\n    ratio {\n      ...EstimateFields @unmask\n    }\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        confidenceLevel\n        periods\n        baselinePeriod\n        followUpPeriod\n        target\n        recalculationPeriods\n        analysis {\n          hasData\n          message\n          confidenceLevel\n          periodOrder\n          methods {\n            name\n            usedFor\n            reference\n          }\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields @unmask\n            }\n            followUp {\n              ...FiguresFields @unmask\n            }\n            change {\n              ...EstimateFields @unmask\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields @unmask\n            }\n            gapAfter {\n              ...GapFields @unmask\n            }\n            gapChange {\n              ...EstimateFields @unmask\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          spc {\n            ...SpcChartFields @unmask\n          }\n          dataQuality {\n            ...DataQualityFields @unmask\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields @unmask\n              }\n              gapToReference {\n                ...EstimateFields @unmask\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n        dataQualityWarnings {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n": typeof types.EntryEvidenceDocument,
    "\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.ImportMetricValuesDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  fragment SpcChartFields on SpcChart {\n    group\n    isOverall\n    available\n    reason\n    type\n    variation\n    assurance\n    target\n    provisional\n    signals\n    median\n    runSignals\n    sentence\n    description\n    points {\n      period\n      value\n      mean\n      upperLimit\n      lowerLimit\n      recalculated\n      beyondLimits\n      shift\n      trend\n      twoOfThree\n      variation\n    }\n  }\n": typeof types.SpcChartFieldsFragmentDoc,
    "\n  fragment DataQualityFields on DataQuality {\n    notStated {\n      period\n      share\n      notStated\n      total\n      high\n      moved\n      suppressed\n    }\n    flags {\n      kind\n      period\n      group\n      message\n    }\n  }\n": typeof types.DataQualityFieldsFragmentDoc,
    "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateMetricDocument,
    "\n  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {\n    updateTestimonial(input: $input) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n      }\n    }\n  }\n": typeof types.UpdateTestimonialDocument,
    "\n  query ExportEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canExport\n      }\n    }\n  }\n": typeof types.ExportEntryDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n": typeof types.ApplySectionUpdateDocument,
    "\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n": typeof types.EntryPresenceDocument,
    "\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n": typeof types.PresenceUpdatedDocument,
    "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n    section(id: $sectionId) {\n      id\n      contentBytesLimit\n    }\n  }\n": typeof types.SectionSyncDocument,
    "\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n": typeof types.SectionUpdatedDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  query NotificationCount {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n": typeof types.NotificationCountDocument,
    "\n  query Notifications {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          message\n          createdAt\n          read\n          entryId\n          sectionId\n          commentId\n          signOffId\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      message\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query EntryClosingDate($id: ID!) {\n    entry(id: $id) {\n      id\n      closesAt\n      abilities {\n        canSetClosingDate\n      }\n    }\n  }\n": typeof types.EntryClosingDateDocument,
    "\n  mutation SetEntryClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        id\n        closesAt\n      }\n    }\n  }\n": typeof types.SetEntryClosingDateDocument,
    "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n": typeof types.RestoreSectionRevisionDocument,
    "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectionRevisionsDocument,
    "\n  query SignOffConfirmation {\n    me {\n      id\n      signOffConfirmation\n    }\n    loginOptions {\n      singleSignOn {\n        label\n        confirmPath\n      }\n    }\n  }\n": typeof types.SignOffConfirmationDocument,
    "\n  query EntryWorkflow($id: ID!) {\n    entry(id: $id) {\n      id\n      state\n      abilities {\n        canMoveWorkflow\n      }\n      sections {\n        id\n        title\n        signOffSlots {\n          key\n          label\n          roles\n        }\n      }\n    }\n  }\n": typeof types.EntryWorkflowDocument,
    "\n  mutation ReopenEntry($input: ReopenEntryInput!) {\n    reopenEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ReopenEntryDocument,
    "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.RequestReviewDocument,
    "\n  mutation SignOffSection($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        meaning\n      }\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.SignOffSectionDocument,
    "\n  query SignOffStatus($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      state\n      viewerRole\n      abilities {\n        canSignOff\n      }\n      sections {\n        id\n        title\n        contentHash\n        signOffStatus {\n          approved\n          slots {\n            key\n            label\n            roles\n            held\n            heldBy {\n              ...SignOffFields @unmask\n              ...SignOffByline\n            }\n          }\n          openChangeRequests {\n            ...SignOffFields @unmask\n            ...SignOffByline\n          }\n          staleSignOffs {\n            id\n            ...SignOffByline\n            diffSinceSigned {\n              op\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignOffStatusDocument,
    "\n  mutation SubmitEntry($input: SubmitEntryInput!) {\n    submitEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": typeof types.SubmitEntryDocument,
    "\n  fragment SignOffByline on SignOff {\n    meaning\n    note\n    role\n    slotLabel\n    createdAt\n    signer {\n      id\n      name\n    }\n  }\n": typeof types.SignOffBylineFragmentDoc,
    "\n  fragment SignOffFields on SignOff {\n    id\n    meaning\n    signer {\n      id\n      name\n    }\n  }\n": typeof types.SignOffFieldsFragmentDoc,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      ...EntryHeader\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": typeof types.EntryTeamDocument,
    "\n  mutation WithdrawInvitation($input: InvitationIdInput!) {\n    withdrawInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
};
const documents: Documents = {
    "\n  query ServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query MailPreferences {\n    me {\n      id\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": types.MailPreferencesDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  query ActivityHistory($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ActivityHistoryDocument,
    "\n  query ActivityLog($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          createdAt\n          summary\n        }\n      }\n    }\n  }\n": types.ActivityLogDocument,
    "\n  query EntryActivity($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canReadAuditLog\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n      }\n    }\n  }\n": types.EntryActivityDocument,
    "\n  subscription EntryEvents($entryId: ID!) {\n    entryEvents(entryId: $entryId) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": types.EntryEventsDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": types.LogOutDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n": types.LoginOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment CommentByline on Comment {\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n    }\n  }\n": types.CommentBylineFragmentDoc,
    "\n  fragment CommentParts on Comment {\n    id\n    body\n    deleted\n    author {\n      id\n      name\n    }\n    ...CommentByline\n  }\n": types.CommentPartsFragmentDoc,
    "\n  fragment CommentThread on Comment {\n    ...CommentParts @unmask\n    sectionId\n    resolved\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    anchor {\n      quote\n      currentText\n      changed\n      deleted\n      start\n      end\n    }\n    replies {\n      ...CommentParts @unmask\n    }\n  }\n": types.CommentThreadFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentThread\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  query EntryComments($id: ID!) {\n    entry(id: $id) {\n      id\n      abilities {\n        canComment\n        canEdit\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        openThreads: comments(state: OPEN) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n        resolvedThreads: comments(state: RESOLVED) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n      }\n    }\n  }\n": types.EntryCommentsDocument,
    "\n  mutation ReopenComment($input: ReopenCommentInput!) {\n    reopenComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReopenCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n": types.ReplyToCommentDocument,
    "\n  mutation ResolveComment($input: ResolveCommentInput!) {\n    resolveComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResolveCommentDocument,
    "\n  query SectionThreads($id: ID!, $openFirst: Int!, $resolvedFirst: Int!) {\n    section(id: $id) {\n      id\n      openThreads: comments(state: OPEN, first: $openFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n      resolvedThreads: comments(state: RESOLVED, first: $resolvedFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n    }\n  }\n": types.SectionThreadsDocument,
    "\n  fragment EntryHeader on Entry {\n    id\n    title\n    state\n    viewerRole\n    template {\n      id\n      name\n    }\n  }\n": types.EntryHeaderFragmentDoc,
    "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n": types.CreateEntryDocument,
    "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n          title\n          wordLimit\n          wordCount\n          signOffStatus {\n            slots {\n              key\n              held\n            }\n          }\n          comments(state: OPEN, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.MyEntriesDocument,
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      ...EntryHeader\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": types.TemplatesDocument,
    "\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n": types.AddTestimonialDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": types.CreateMetricDocument,
    "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      entry {\n        id\n        metrics {\n          id\n        }\n      }\n    }\n  }\n": types.DeleteMetricDocument,
    "\n  mutation DeleteTestimonial($input: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $input) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n": types.DeleteTestimonialDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": types.EstimateFieldsFragmentDoc,
    "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields @unmask\n    }\n  }\n": types.FiguresFieldsFragmentDoc,
    "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields @unmask\n    }\n    ratio {\n      ...EstimateFields @unmask\n    }\n  }\n": types.GapFieldsFragmentDoc,
    "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        confidenceLevel\n        periods\n        baselinePeriod\n        followUpPeriod\n        target\n        recalculationPeriods\n        analysis {\n          hasData\n          message\n          confidenceLevel\n          periodOrder\n          methods {\n            name\n            usedFor\n            reference\n          }\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields @unmask\n            }\n            followUp {\n              ...FiguresFields @unmask\n            }\n            change {\n              ...EstimateFields @unmask\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields @unmask\n            }\n            gapAfter {\n              ...GapFields @unmask\n            }\n            gapChange {\n              ...EstimateFields @unmask\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          spc {\n            ...SpcChartFields @unmask\n          }\n          dataQuality {\n            ...DataQualityFields @unmask\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields @unmask\n              }\n              gapToReference {\n                ...EstimateFields @unmask\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n        dataQualityWarnings {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n": types.EntryEvidenceDocument,
    "\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n": types.ImportMetricValuesDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n": types.RecordConsentDocument,
    "\n  fragment SpcChartFields on SpcChart {\n    group\n    isOverall\n    available\n    reason\n    type\n    variation\n    assurance\n    target\n    provisional\n    signals\n    median\n    runSignals\n    sentence\n    description\n    points {\n      period\n      value\n      mean\n      upperLimit\n      lowerLimit\n      recalculated\n      beyondLimits\n      shift\n      trend\n      twoOfThree\n      variation\n    }\n  }\n": types.SpcChartFieldsFragmentDoc,
    "\n  fragment DataQualityFields on DataQuality {\n    notStated {\n      period\n      share\n      notStated\n      total\n      high\n      moved\n      suppressed\n    }\n    flags {\n      kind\n      period\n      group\n      message\n    }\n  }\n": types.DataQualityFieldsFragmentDoc,
    "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateMetricDocument,
    "\n  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {\n    updateTestimonial(input: $input) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n      }\n    }\n  }\n": types.UpdateTestimonialDocument,
    "\n  query ExportEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canExport\n      }\n    }\n  }\n": types.ExportEntryDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n": types.ApplySectionUpdateDocument,
    "\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n": types.EntryPresenceDocument,
    "\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n": types.PresenceUpdatedDocument,
    "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n    section(id: $sectionId) {\n      id\n      contentBytesLimit\n    }\n  }\n": types.SectionSyncDocument,
    "\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n": types.SectionUpdatedDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n": types.UpdatePresenceDocument,
    "\n  query NotificationCount {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n": types.NotificationCountDocument,
    "\n  query Notifications {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          message\n          createdAt\n          read\n          entryId\n          sectionId\n          commentId\n          signOffId\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      message\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query EntryClosingDate($id: ID!) {\n    entry(id: $id) {\n      id\n      closesAt\n      abilities {\n        canSetClosingDate\n      }\n    }\n  }\n": types.EntryClosingDateDocument,
    "\n  mutation SetEntryClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        id\n        closesAt\n      }\n    }\n  }\n": types.SetEntryClosingDateDocument,
    "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n": types.RestoreSectionRevisionDocument,
    "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SectionRevisionsDocument,
    "\n  query SignOffConfirmation {\n    me {\n      id\n      signOffConfirmation\n    }\n    loginOptions {\n      singleSignOn {\n        label\n        confirmPath\n      }\n    }\n  }\n": types.SignOffConfirmationDocument,
    "\n  query EntryWorkflow($id: ID!) {\n    entry(id: $id) {\n      id\n      state\n      abilities {\n        canMoveWorkflow\n      }\n      sections {\n        id\n        title\n        signOffSlots {\n          key\n          label\n          roles\n        }\n      }\n    }\n  }\n": types.EntryWorkflowDocument,
    "\n  mutation ReopenEntry($input: ReopenEntryInput!) {\n    reopenEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.ReopenEntryDocument,
    "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.RequestReviewDocument,
    "\n  mutation SignOffSection($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        meaning\n      }\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.SignOffSectionDocument,
    "\n  query SignOffStatus($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      state\n      viewerRole\n      abilities {\n        canSignOff\n      }\n      sections {\n        id\n        title\n        contentHash\n        signOffStatus {\n          approved\n          slots {\n            key\n            label\n            roles\n            held\n            heldBy {\n              ...SignOffFields @unmask\n              ...SignOffByline\n            }\n          }\n          openChangeRequests {\n            ...SignOffFields @unmask\n            ...SignOffByline\n          }\n          staleSignOffs {\n            id\n            ...SignOffByline\n            diffSinceSigned {\n              op\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SignOffStatusDocument,
    "\n  mutation SubmitEntry($input: SubmitEntryInput!) {\n    submitEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n": types.SubmitEntryDocument,
    "\n  fragment SignOffByline on SignOff {\n    meaning\n    note\n    role\n    slotLabel\n    createdAt\n    signer {\n      id\n      name\n    }\n  }\n": types.SignOffBylineFragmentDoc,
    "\n  fragment SignOffFields on SignOff {\n    id\n    meaning\n    signer {\n      id\n      name\n    }\n  }\n": types.SignOffFieldsFragmentDoc,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      ...EntryHeader\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": types.EntryTeamDocument,
    "\n  mutation WithdrawInvitation($input: InvitationIdInput!) {\n    withdrawInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.ResendInvitationDocument,
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
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      mailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      requested\n      mailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      passwordReset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailPreferences {\n    me {\n      id\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailPreferences {\n    me {\n      id\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      mailPreferences {\n        kind\n        delivery\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityHistory($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityHistory($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          at\n          summary\n          section {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityLog($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          createdAt\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityLog($id: ID!, $first: Int!, $after: String) {\n    entry(id: $id) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          seq\n          createdAt\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryActivity($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canReadAuditLog\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryActivity($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canReadAuditLog\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EntryEvents($entryId: ID!) {\n    entryEvents(entryId: $entryId) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription EntryEvents($entryId: ID!) {\n    entryEvents(entryId: $entryId) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginOptions {\n    loginOptions {\n      passwordLogin\n      singleSignOn {\n        label\n        startPath\n        confirmPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentByline on Comment {\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommentByline on Comment {\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentParts on Comment {\n    id\n    body\n    deleted\n    author {\n      id\n      name\n    }\n    ...CommentByline\n  }\n"): (typeof documents)["\n  fragment CommentParts on Comment {\n    id\n    body\n    deleted\n    author {\n      id\n      name\n    }\n    ...CommentByline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread on Comment {\n    ...CommentParts @unmask\n    sectionId\n    resolved\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    anchor {\n      quote\n      currentText\n      changed\n      deleted\n      start\n      end\n    }\n    replies {\n      ...CommentParts @unmask\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread on Comment {\n    ...CommentParts @unmask\n    sectionId\n    resolved\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    anchor {\n      quote\n      currentText\n      changed\n      deleted\n      start\n      end\n    }\n    replies {\n      ...CommentParts @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentThread\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        ...CommentThread\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryComments($id: ID!) {\n    entry(id: $id) {\n      id\n      abilities {\n        canComment\n        canEdit\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        openThreads: comments(state: OPEN) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n        resolvedThreads: comments(state: RESOLVED) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryComments($id: ID!) {\n    entry(id: $id) {\n      id\n      abilities {\n        canComment\n        canEdit\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        openThreads: comments(state: OPEN) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n        resolvedThreads: comments(state: RESOLVED) {\n          totalCount\n          nodes {\n            ...CommentThread @unmask\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenComment($input: ReopenCommentInput!) {\n    reopenComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenComment($input: ReopenCommentInput!) {\n    reopenComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        ...CommentParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComment($input: ResolveCommentInput!) {\n    resolveComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComment($input: ResolveCommentInput!) {\n    resolveComment(input: $input) {\n      comment {\n        id\n        resolved\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionThreads($id: ID!, $openFirst: Int!, $resolvedFirst: Int!) {\n    section(id: $id) {\n      id\n      openThreads: comments(state: OPEN, first: $openFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n      resolvedThreads: comments(state: RESOLVED, first: $resolvedFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionThreads($id: ID!, $openFirst: Int!, $resolvedFirst: Int!) {\n    section(id: $id) {\n      id\n      openThreads: comments(state: OPEN, first: $openFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n      resolvedThreads: comments(state: RESOLVED, first: $resolvedFirst) {\n        totalCount\n        nodes {\n          ...CommentThread @unmask\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryHeader on Entry {\n    id\n    title\n    state\n    viewerRole\n    template {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EntryHeader on Entry {\n    id\n    title\n    state\n    viewerRole\n    template {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n          title\n          wordLimit\n          wordCount\n          signOffStatus {\n            slots {\n              key\n              held\n            }\n          }\n          comments(state: OPEN, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n          title\n          wordLimit\n          wordCount\n          signOffStatus {\n            slots {\n              key\n              held\n            }\n          }\n          comments(state: OPEN, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      ...EntryHeader\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      viewerRole\n      ...EntryHeader\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      entry {\n        id\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      entry {\n        id\n        metrics {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTestimonial($input: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $input) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTestimonial($input: DeleteTestimonialInput!) {\n    deleteTestimonial(input: $input) {\n      deletedTestimonialId\n      entry {\n        id\n        testimonials {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"): (typeof documents)["\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields @unmask\n    }\n  }\n"): (typeof documents)["\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields @unmask\n    }\n    ratio {\n      ...EstimateFields @unmask\n    }\n  }\n"): (typeof documents)["\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields @unmask\n    }\n    ratio {\n      ...EstimateFields @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        confidenceLevel\n        periods\n        baselinePeriod\n        followUpPeriod\n        target\n        recalculationPeriods\n        analysis {\n          hasData\n          message\n          confidenceLevel\n          periodOrder\n          methods {\n            name\n            usedFor\n            reference\n          }\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields @unmask\n            }\n            followUp {\n              ...FiguresFields @unmask\n            }\n            change {\n              ...EstimateFields @unmask\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields @unmask\n            }\n            gapAfter {\n              ...GapFields @unmask\n            }\n            gapChange {\n              ...EstimateFields @unmask\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          spc {\n            ...SpcChartFields @unmask\n          }\n          dataQuality {\n            ...DataQualityFields @unmask\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields @unmask\n              }\n              gapToReference {\n                ...EstimateFields @unmask\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n        dataQualityWarnings {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n"): (typeof documents)["\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        confidenceLevel\n        periods\n        baselinePeriod\n        followUpPeriod\n        target\n        recalculationPeriods\n        analysis {\n          hasData\n          message\n          confidenceLevel\n          periodOrder\n          methods {\n            name\n            usedFor\n            reference\n          }\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields @unmask\n            }\n            followUp {\n              ...FiguresFields @unmask\n            }\n            change {\n              ...EstimateFields @unmask\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields @unmask\n            }\n            gapAfter {\n              ...GapFields @unmask\n            }\n            gapChange {\n              ...EstimateFields @unmask\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          spc {\n            ...SpcChartFields @unmask\n          }\n          dataQuality {\n            ...DataQualityFields @unmask\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields @unmask\n              }\n              gapToReference {\n                ...EstimateFields @unmask\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n        dataQualityWarnings {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpcChartFields on SpcChart {\n    group\n    isOverall\n    available\n    reason\n    type\n    variation\n    assurance\n    target\n    provisional\n    signals\n    median\n    runSignals\n    sentence\n    description\n    points {\n      period\n      value\n      mean\n      upperLimit\n      lowerLimit\n      recalculated\n      beyondLimits\n      shift\n      trend\n      twoOfThree\n      variation\n    }\n  }\n"): (typeof documents)["\n  fragment SpcChartFields on SpcChart {\n    group\n    isOverall\n    available\n    reason\n    type\n    variation\n    assurance\n    target\n    provisional\n    signals\n    median\n    runSignals\n    sentence\n    description\n    points {\n      period\n      value\n      mean\n      upperLimit\n      lowerLimit\n      recalculated\n      beyondLimits\n      shift\n      trend\n      twoOfThree\n      variation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataQualityFields on DataQuality {\n    notStated {\n      period\n      share\n      notStated\n      total\n      high\n      moved\n      suppressed\n    }\n    flags {\n      kind\n      period\n      group\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment DataQualityFields on DataQuality {\n    notStated {\n      period\n      share\n      notStated\n      total\n      high\n      moved\n      suppressed\n    }\n    flags {\n      kind\n      period\n      group\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {\n    updateTestimonial(input: $input) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTestimonial($input: UpdateTestimonialInput!) {\n    updateTestimonial(input: $input) {\n      consentReset\n      testimonial {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canExport\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportEntry($id: ID!) {\n    entry(id: $id) {\n      id\n      ...EntryHeader\n      abilities {\n        canExport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n"): (typeof documents)["\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n    section(id: $sectionId) {\n      id\n      contentBytesLimit\n    }\n  }\n"): (typeof documents)["\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n    section(id: $sectionId) {\n      id\n      contentBytesLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCount {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationCount {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          message\n          createdAt\n          read\n          entryId\n          sectionId\n          commentId\n          signOffId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          message\n          createdAt\n          read\n          entryId\n          sectionId\n          commentId\n          signOffId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      message\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryClosingDate($id: ID!) {\n    entry(id: $id) {\n      id\n      closesAt\n      abilities {\n        canSetClosingDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryClosingDate($id: ID!) {\n    entry(id: $id) {\n      id\n      closesAt\n      abilities {\n        canSetClosingDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEntryClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        id\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEntryClosingDate($input: SetEntryClosingDateInput!) {\n    setEntryClosingDate(input: $input) {\n      entry {\n        id\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffConfirmation {\n    me {\n      id\n      signOffConfirmation\n    }\n    loginOptions {\n      singleSignOn {\n        label\n        confirmPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignOffConfirmation {\n    me {\n      id\n      signOffConfirmation\n    }\n    loginOptions {\n      singleSignOn {\n        label\n        confirmPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryWorkflow($id: ID!) {\n    entry(id: $id) {\n      id\n      state\n      abilities {\n        canMoveWorkflow\n      }\n      sections {\n        id\n        title\n        signOffSlots {\n          key\n          label\n          roles\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryWorkflow($id: ID!) {\n    entry(id: $id) {\n      id\n      state\n      abilities {\n        canMoveWorkflow\n      }\n      sections {\n        id\n        title\n        signOffSlots {\n          key\n          label\n          roles\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenEntry($input: ReopenEntryInput!) {\n    reopenEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenEntry($input: ReopenEntryInput!) {\n    reopenEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReview($input: RequestReviewInput!) {\n    requestReview(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffSection($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        meaning\n      }\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffSection($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n        meaning\n      }\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffStatus($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      state\n      viewerRole\n      abilities {\n        canSignOff\n      }\n      sections {\n        id\n        title\n        contentHash\n        signOffStatus {\n          approved\n          slots {\n            key\n            label\n            roles\n            held\n            heldBy {\n              ...SignOffFields @unmask\n              ...SignOffByline\n            }\n          }\n          openChangeRequests {\n            ...SignOffFields @unmask\n            ...SignOffByline\n          }\n          staleSignOffs {\n            id\n            ...SignOffByline\n            diffSinceSigned {\n              op\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignOffStatus($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      state\n      viewerRole\n      abilities {\n        canSignOff\n      }\n      sections {\n        id\n        title\n        contentHash\n        signOffStatus {\n          approved\n          slots {\n            key\n            label\n            roles\n            held\n            heldBy {\n              ...SignOffFields @unmask\n              ...SignOffByline\n            }\n          }\n          openChangeRequests {\n            ...SignOffFields @unmask\n            ...SignOffByline\n          }\n          staleSignOffs {\n            id\n            ...SignOffByline\n            diffSinceSigned {\n              op\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitEntry($input: SubmitEntryInput!) {\n    submitEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitEntry($input: SubmitEntryInput!) {\n    submitEntry(input: $input) {\n      entry {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignOffByline on SignOff {\n    meaning\n    note\n    role\n    slotLabel\n    createdAt\n    signer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignOffByline on SignOff {\n    meaning\n    note\n    role\n    slotLabel\n    createdAt\n    signer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignOffFields on SignOff {\n    id\n    meaning\n    signer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignOffFields on SignOff {\n    id\n    meaning\n    signer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Membership {\n    id\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Membership {\n    id\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      ...EntryHeader\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      ...EntryHeader\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($input: InvitationIdInput!) {\n    withdrawInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawInvitation($input: InvitationIdInput!) {\n    withdrawInvitation(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      inviteUrl\n      emailed\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;