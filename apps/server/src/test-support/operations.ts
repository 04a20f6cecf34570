import { graphql } from './gql/index.js';

// The documents the server's tests send, one per operation, shared by every test that sends it (as Vendure's
// e2e tests share theirs). A test that needs an odd request (a malformed id, a made-up field) writes it where it is used.
// Typed by `npx -y pnpm@12.4.2 --filter @quorum/server codegen`.

// activity

export const ACTIVITY = graphql(`
  query ActivityOfEntry($id: ID!, $first: Int, $after: String) {
    entry(id: $id) {
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
        }
        nodes {
          id
          kind
          at
          summary
          commentId
          threadId
          signOffId
          actor {
            id
            name
          }
          authors {
            name
          }
          section {
            id
            title
          }
        }
      }
    }
  }
`);

export const ADD = graphql(`
  mutation ActivityAddComment($i: AddCommentInput!) {
    addComment(input: $i) {
      comment {
        id
      }
    }
  }
`);

export const REPLY = graphql(`
  mutation ActivityReply($i: ReplyToCommentInput!) {
    replyToComment(input: $i) {
      comment {
        id
      }
    }
  }
`);

export const REPLACE = graphql(`
  mutation ActivityReplaceContent($i: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $i) {
      section {
        id
      }
    }
  }
`);

export const SECTIONS = graphql(`
  query ActivitySections($id: ID!) {
    entry(id: $id) {
      sections {
        id
        title
        version
        signOffSlots {
          key
          label
        }
      }
    }
  }
`);

export const INVITE = graphql(`
  mutation ActivityInvite($i: InviteMemberInput!) {
    inviteMember(input: $i) {
      token
    }
  }
`);

export const CHANGE_ROLE = graphql(`
  mutation ActivityChangeRole($i: ChangeMemberRoleInput!) {
    changeMemberRole(input: $i) {
      membership {
        role
      }
    }
  }
`);

export const DELETE = graphql(`
  mutation ActivityDeleteComment($i: DeleteCommentInput!) {
    deleteComment(input: $i) {
      comment {
        id
      }
    }
  }
`);

export const RESOLVE = graphql(`
  mutation ActivityResolve($i: ResolveCommentInput!) {
    resolveComment(input: $i) {
      comment {
        id
      }
    }
  }
`);

export const REOPEN = graphql(`
  mutation ActivityReopen($i: ReopenCommentInput!) {
    reopenComment(input: $i) {
      comment {
        id
      }
    }
  }
`);

export const REQUEST_REVIEW = graphql(`
  mutation ActivityRequestReview($i: RequestReviewInput!) {
    requestReview(input: $i) {
      entry {
        state
      }
    }
  }
`);

export const CREATE_METRIC = graphql(`
  mutation ActivityCreateMetric($i: CreateMetricInput!) {
    createMetric(input: $i) {
      metric {
        id
      }
    }
  }
`);

export const ADD_TESTIMONIAL = graphql(`
  mutation ActivityAddTestimonial($i: AddTestimonialInput!) {
    addTestimonial(input: $i) {
      testimonial {
        id
      }
    }
  }
`);

export const LOG_IN = graphql(`
  mutation ActivityLogIn($i: LogInInput!) {
    logIn(input: $i) {
      user {
        id
      }
    }
  }
`);

export const AUDIT_LOG = graphql(`
  query ActivityAuditLog($id: ID!) {
    entry(id: $id) {
      auditLog(first: 100) {
        nodes {
          id
          action
          summary
        }
      }
    }
  }
`);

// audit

export const LOG = graphql(`
  query AuditKeyLog($id: ID!) {
    entry(id: $id) {
      auditLog(first: 100) {
        nodes {
          seq
          hash
          keyId
        }
      }
    }
  }
`);

export const VERIFY = graphql(`
  query AuditKeyVerify($id: ID!) {
    verifyAuditLog(entryId: $id) {
      valid
      checkedCount
      headSeq
      headHash
      brokenAtSeq
      problem
      keyId
      unvouchedCount
    }
  }
`);

export const EXPORT = graphql(`
  query AuditKeyExport($id: ID!) {
    exportEntry(entryId: $id, format: MARKDOWN) {
      base64
    }
  }
`);

export const AUDIT_LOG_2 = graphql(`
  query AuditLog($id: ID!, $after: String, $first: Int) {
    entry(id: $id) {
      auditLog(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          seq
          action
          actorId
          actorName
          summary
          data
          createdAt
          prevHash
          hash
        }
      }
    }
  }
`);

export const AUDIT_VERIFY = graphql(`
  query AuditVerify($id: ID!) {
    verifyAuditLog(entryId: $id) {
      valid
      checkedCount
      headSeq
      headHash
      brokenAtSeq
      brokenEventId
      problem
    }
  }
`);

export const REVOKE_TOKEN = graphql(`
  mutation AuditRevokeApiToken($i: RevokeApiTokenInput!) {
    revokeApiToken(input: $i) {
      token {
        id
      }
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation AuditRemoveMember($i: RemoveMemberInput!) {
    removeMember(input: $i) {
      removedMembershipId
    }
  }
`);

// auth

export const LIMITS_LOG_IN = graphql(`
  mutation LimitsLogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
      }
    }
  }
`);

export const SIGN_UP = graphql(`
  mutation LimitsSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

export const LIMITS_SECTIONS = graphql(`
  query LimitsSections {
    entries {
      nodes {
        sections {
          id
          contentHash
        }
      }
    }
  }
`);

export const LIMITS_SIGN_OFF = graphql(`
  mutation LimitsSignOff($input: SignOffSectionInput!) {
    signOffSection(input: $input) {
      signOff {
        id
      }
    }
  }
`);

export const AUTH_SIGN_UP = graphql(`
  mutation AuthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
        name
      }
    }
  }
`);

export const LOG_OUT = graphql(`
  mutation AuthLogOut($input: LogOutInput!) {
    logOut(input: $input) {
      loggedOut
    }
  }
`);

export const ME = graphql(`
  query AuthMe {
    me {
      id
      email
    }
  }
`);

export const ME_ID = graphql(`
  query AuthMeId {
    me {
      id
    }
  }
`);

export const ENTRIES_COUNT = graphql(`
  query AuthEntriesCount {
    entries {
      totalCount
    }
  }
`);

export const TEMPLATE_IDS = graphql(`
  query AuthTemplateIds {
    templates {
      id
    }
  }
`);

export const CREATE_ENTRY = graphql(`
  mutation AuthCreateEntry($t: ID!, $title: String!) {
    createEntry(input: { templateId: $t, title: $title }) {
      entry {
        id
      }
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($i: CreateApiTokenInput!) {
    createApiToken(input: $i) {
      secret
      token {
        id
        name
        scope
        prefix
      }
    }
  }
`);

export const AUTH_REVOKE_TOKEN = graphql(`
  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      token {
        id
        revokedAt
      }
    }
  }
`);

export const SIGN_UP_NEW_ACCOUNT = graphql(`
  mutation SignUpNewAccount($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const SSO_ME = graphql(`
  query SsoMe {
    me {
      id
      email
      name
      signOffConfirmation
    }
  }
`);

export const SSO_LOGIN_OPTIONS = graphql(`
  query SsoLoginOptions {
    loginOptions {
      passwordLogin
      singleSignOn {
        label
        startPath
        confirmPath
      }
    }
  }
`);

export const SSO_INVITE = graphql(`
  mutation SsoInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
    }
  }
`);

export const SSO_SECTION = graphql(`
  query SsoSection($id: ID!) {
    section(id: $id) {
      contentHash
    }
  }
`);

export const SSO_SIGN_OFF = graphql(`
  mutation SsoSignOff($input: SignOffSectionInput!) {
    signOffSection(input: $input) {
      signOff {
        id
        confirmedWith
        meaning
      }
    }
  }
`);

// comments

export const COMMENTS_ADD = graphql(`
  mutation CommentsAdd($i: AddCommentInput!) {
    addComment(input: $i) {
      comment {
        id
        body
        threadId
        anchor {
          quote
          currentText
          deleted
          changed
          from
          to
          start
          end
        }
      }
    }
  }
`);

export const COMMENTS_REPLY = graphql(`
  mutation CommentsReply($i: ReplyToCommentInput!) {
    replyToComment(input: $i) {
      comment {
        id
        threadId
        body
      }
    }
  }
`);

export const EDIT = graphql(`
  mutation CommentsEdit($i: EditCommentInput!) {
    editComment(input: $i) {
      comment {
        id
        body
        editedAt
        mentions {
          id
        }
      }
    }
  }
`);

export const COMMENTS_DELETE = graphql(`
  mutation CommentsDelete($i: DeleteCommentInput!) {
    deleteComment(input: $i) {
      comment {
        id
        body
        deleted
      }
    }
  }
`);

export const COMMENTS_RESOLVE = graphql(`
  mutation CommentsResolve($i: ResolveCommentInput!) {
    resolveComment(input: $i) {
      comment {
        id
        resolved
        resolvedBy {
          id
        }
      }
    }
  }
`);

export const COMMENTS_REOPEN = graphql(`
  mutation CommentsReopen($i: ReopenCommentInput!) {
    reopenComment(input: $i) {
      comment {
        id
        resolved
        resolvedBy {
          id
        }
      }
    }
  }
`);

export const THREADS = graphql(`
  query CommentsThreads($id: ID!, $state: ThreadState) {
    entry(id: $id) {
      sections {
        id
        text
        comments(first: 20, state: $state) {
          totalCount
          pageInfo {
            hasNextPage
          }
          nodes {
            id
            body
            deleted
            author {
              id
              name
            }
            mentions {
              id
            }
            resolved
            replyCount
            replies {
              id
              body
              deleted
              threadId
              author {
                name
              }
            }
            anchor {
              quote
              currentText
              deleted
              changed
              from
              to
            }
          }
        }
      }
    }
  }
`);

export const NOTES = graphql(`
  query CommentsNotifications($unread: Boolean) {
    me {
      unreadNotificationCount
      notifications(unreadOnly: $unread) {
        totalCount
        nodes {
          id
          kind
          message
          commentId
          sectionId
          entryId
          actor {
            id
          }
          read
        }
      }
    }
  }
`);

export const MARK = graphql(`
  mutation CommentsMarkRead($i: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $i) {
      marked
      unreadCount
    }
  }
`);

export const COMMENTS_REPLACE_CONTENT = graphql(`
  mutation CommentsReplaceContent($i: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $i) {
      section {
        version
      }
    }
  }
`);

export const MEMBERS_UNREAD = graphql(`
  query CommentsMembersUnread($id: ID!) {
    entry(id: $id) {
      members {
        user {
          id
          unreadNotificationCount
        }
      }
    }
  }
`);

// common

export const CONNECTION_THREADS = graphql(`
  query ConnectionThreads($id: ID!, $first: Int!, $after: String) {
    section(id: $id) {
      comments(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ENTRIES_PAGE = graphql(`
  query ConnectionEntriesPage($after: String) {
    entries(first: 1, after: $after) {
      totalCount
      nodes {
        id
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

export const PAGED_ENTRIES = graphql(`
  query ConnectionPagedEntries($after: String, $first: Int!) {
    entries(first: $first, after: $after) {
      totalCount
    }
  }
`);

export const PAGED_NOTIFICATIONS = graphql(`
  query ConnectionPagedNotifications($after: String, $first: Int!) {
    me {
      notifications(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const PAGED_COMMENTS = graphql(`
  query ConnectionPagedComments($after: String, $first: Int!, $section: ID!) {
    section(id: $section) {
      comments(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const PAGED_SIGN_OFFS = graphql(`
  query ConnectionPagedSignOffs($after: String, $first: Int!, $section: ID!) {
    section(id: $section) {
      signOffs(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const PAGED_REVISIONS = graphql(`
  query ConnectionPagedRevisions($after: String, $first: Int!, $section: ID!) {
    section(id: $section) {
      revisions(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const PAGED_ACTIVITY = graphql(`
  query ConnectionPagedActivity($after: String, $first: Int!, $entry: ID!) {
    entry(id: $entry) {
      activity(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const PAGED_AUDIT_LOG = graphql(`
  query ConnectionPagedAuditLog($after: String, $first: Int!, $entry: ID!) {
    entry(id: $entry) {
      auditLog(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);

export const ENTRIES = graphql(`
  query CursorsEntries($after: String) {
    entries(first: 5, after: $after) {
      nodes {
        id
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

export const CURSORS_ACTIVITY = graphql(`
  query CursorsActivity($id: ID!, $after: String) {
    entry(id: $id) {
      activity(first: 1, after: $after) {
        nodes {
          id
        }
        pageInfo {
          endCursor
        }
      }
    }
  }
`);

export const NOTIFICATIONS = graphql(`
  query CursorsNotifications($after: String) {
    me {
      notifications(first: 5, after: $after) {
        totalCount
      }
    }
  }
`);

export const ENTRY_WITH_IDS = graphql(`
  query IdsEntryWithIds($id: ID!) {
    entry(id: $id) {
      id
      viewerRole
      sections {
        id
      }
      members {
        id
      }
    }
  }
`);

export const ADD_COMMENT_WITH_MENTION = graphql(`
  mutation IdsAddCommentWithMention($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        sectionId
        mentions {
          id
        }
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation LogAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

export const ENTRY_ID = graphql(`
  query LogEntryId($id: ID!) {
    entry(id: $id) {
      id
    }
  }
`);

export const ME_NAME = graphql(`
  query WebSocketMeName {
    me {
      name
    }
  }
`);

export const ME_ID_NAME = graphql(`
  query WebSocketMeIdName {
    me {
      id
      name
    }
  }
`);

export const CREATE_ENTRY_BAD_TEMPLATE = graphql(`
  mutation WebSocketCreateEntryBadTemplate {
    createEntry(input: { templateId: "nope", title: "" }) {
      entry {
        id
      }
    }
  }
`);

export const MISSING_ENTRY = graphql(`
  query WebSocketMissingEntry {
    entry(id: "00000000-0000-4000-8000-000000000000") {
      id
    }
  }
`);

export const SECTION_UPDATED = graphql(`
  subscription WebSocketSectionUpdated {
    sectionUpdated(sectionId: "00000000-0000-4000-8000-000000000000") {
      version
    }
  }
`);

// demo

export const ENTRY = graphql(`
  query DemoContentEntry {
    entries(first: 1) {
      nodes {
        sections {
          title
          wordCount
          comments {
            nodes {
              body
              anchor {
                quote
              }
              replies {
                body
              }
            }
          }
        }
        metrics {
          name
          analysis {
            sentences
          }
        }
        testimonials {
          quote
          consentStatus
        }
      }
    }
  }
`);

export const WORD_COUNTS = graphql(`
  query DemoContentWordCounts {
    entries(first: 1) {
      nodes {
        sections {
          wordCount
          version
        }
        metrics {
          id
        }
      }
    }
  }
`);

// entries

export const CHANGE = graphql(`
  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {
    changeMemberRole(input: $i) {
      membership {
        id
      }
    }
  }
`);

export const DELETE_METRIC = graphql(`
  mutation ConcurrentRemovalDeleteMetric($i: DeleteMetricInput!) {
    deleteMetric(input: $i) {
      deletedMetricId
    }
  }
`);

export const SET_VALUES = graphql(`
  mutation ConcurrentRemovalSetValues($i: SetMetricValuesInput!) {
    setMetricValues(input: $i) {
      metric {
        id
      }
    }
  }
`);

export const CREATE = graphql(`
  mutation EntriesCreate($input: CreateEntryInput!) {
    createEntry(input: $input) {
      entry {
        id
        title
        state
        viewerRole
        sections {
          key
          title
          wordLimit
          criteria {
            text
          }
          signOffSlots {
            key
            roles
          }
        }
        members {
          role
          user {
            name
          }
        }
      }
    }
  }
`);

export const ENTRIES_ENTRY = graphql(`
  query EntriesEntry($id: ID!) {
    entry(id: $id) {
      id
      title
      members {
        id
        role
        user {
          id
          email
        }
      }
    }
  }
`);

export const ENTRIES_INVITE = graphql(`
  mutation EntriesInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      inviteUrl
      invitation {
        id
        email
        role
      }
    }
  }
`);

export const ACCEPT = graphql(`
  mutation EntriesAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        role
      }
      entry {
        id
        title
      }
    }
  }
`);

export const ENTRIES_CHANGE_ROLE = graphql(`
  mutation EntriesChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`);

export const REMOVE = graphql(`
  mutation EntriesRemove($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      entry {
        id
      }
    }
  }
`);

export const TEMPLATES = graphql(`
  query EntriesTemplates {
    templates {
      id
      key
    }
  }
`);

export const PAGE = graphql(`
  query EntriesPage($after: String) {
    entries(first: 2, after: $after) {
      totalCount
      nodes {
        title
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TOO_LONG_PAGE = graphql(`
  query EntriesTooLongPage {
    entries(first: 101) {
      totalCount
    }
  }
`);

export const GARBAGE_CURSOR = graphql(`
  query EntriesGarbageCursor {
    entries(after: "garbage") {
      totalCount
    }
  }
`);

export const INVITATION = graphql(`
  query EntriesInvitation($t: String!) {
    invitation(token: $t) {
      entryTitle
      role
      email
      invitedByName
    }
  }
`);

export const SET_WORD_LIMIT = graphql(`
  mutation EntriesSetWordLimit($input: SetSectionWordLimitInput!) {
    setSectionWordLimit(input: $input) {
      section {
        id
        wordLimit
      }
    }
  }
`);

export const INVITATIONS_INVITE = graphql(`
  mutation InvitationsInvite($i: InviteMemberInput!) {
    inviteMember(input: $i) {
      token
      invitation {
        id
        expiresAt
      }
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation InvitationsWithdraw($i: InvitationIdInput!) {
    withdrawInvitation(input: $i) {
      invitation {
        id
      }
    }
  }
`);

export const RESEND = graphql(`
  mutation InvitationsResend($i: InvitationIdInput!) {
    resendInvitation(input: $i) {
      token
      inviteUrl
      invitation {
        id
        expiresAt
      }
    }
  }
`);

export const PREVIEW = graphql(`
  query InvitationsPreview($t: String!) {
    invitation(token: $t) {
      email
    }
  }
`);

export const PENDING = graphql(`
  query InvitationsPending($id: ID!) {
    entry(id: $id) {
      pendingInvitations {
        id
        expiresAt
      }
    }
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription InvitationsNotificationAdded {
    notificationAdded {
      id
      kind
      entryId
      commentId
      read
      actor {
        name
      }
    }
  }
`);

// evidence

export const LINK = graphql(`
  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {
    linkCriterion(input: $i) {
      criterion {
        id
      }
    }
  }
`);

export const SECTION_CRITERIA = graphql(`
  query EvidenceConcurrentSectionCriteria($id: ID!) {
    section(id: $id) {
      criteria {
        id
      }
    }
  }
`);

export const DELETE_TESTIMONIAL = graphql(`
  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {
    deleteTestimonial(input: $i) {
      deletedTestimonialId
    }
  }
`);

export const EVIDENCE_PAGE = graphql(`
  query EvidencePageOfEntry($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        periods
        values {
          numerator
          suppressed
        }
        analysis {
          hasData
          groups {
            group
            gapVerdict
          }
          timeSeries {
            period
          }
        }
      }
      testimonials {
        citedAs
        attribution
        addedBy {
          name
        }
        consentRecordedBy {
          name
        }
      }
      sections {
        criteria {
          covered
          linkedSections {
            id
          }
          linkedMetrics {
            name
          }
          linkedTestimonials {
            quote
          }
        }
      }
      readiness {
        ready
        uncoveredCriteria {
          id
        }
        missingQuantitativeEvidence {
          message
          metric {
            id
          }
        }
      }
    }
  }
`);

export const ENTRY_CRITERIA = graphql(`
  query EvidenceQueriesEntryCriteria($id: ID!) {
    entry(id: $id) {
      sections {
        criteria {
          id
        }
      }
    }
  }
`);

export const IMPORT_VALUES = graphql(`
  mutation EvidenceQueriesImportValues($i: ImportMetricValuesInput!) {
    importMetricValues(input: $i) {
      written
    }
  }
`);

export const RECORD_CONSENT = graphql(`
  mutation EvidenceQueriesRecordConsent($i: RecordConsentInput!) {
    recordConsent(input: $i) {
      testimonial {
        id
      }
    }
  }
`);

export const EVIDENCE_CREATE_METRIC = graphql(`
  mutation EvidenceCreateMetric($i: CreateMetricInput!) {
    createMetric(input: $i) {
      metric {
        id
        name
        kind
        direction
        ratePer
        population
        referenceCode
        suppressionThreshold
        dataSource
      }
    }
  }
`);

export const UPDATE = graphql(`
  mutation EvidenceUpdateMetric($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        id
        name
        dataSource
        baselinePeriod
        ratePer
      }
    }
  }
`);

export const EVIDENCE_DELETE_METRIC = graphql(`
  mutation EvidenceDeleteMetric($i: DeleteMetricInput!) {
    deleteMetric(input: $i) {
      deletedMetricId
      entry {
        metrics {
          id
        }
      }
    }
  }
`);

export const IMPORT = graphql(`
  mutation EvidenceImportValues($i: ImportMetricValuesInput!) {
    importMetricValues(input: $i) {
      written
      metric {
        periods
        values {
          period
          ethnicCode
          numerator
          denominator
          suppressed
        }
      }
    }
  }
`);

export const SET = graphql(`
  mutation EvidenceSetValues($i: SetMetricValuesInput!) {
    setMetricValues(input: $i) {
      written
      metric {
        values {
          period
          ethnicCode
          numerator
          denominator
          mean
          sd
          n
        }
      }
    }
  }
`);

/** An estimate with its interval, or why there is none: how the analysis queries read every one. */
export const ESTIMATE_FIELDS = graphql(`
  fragment EstimateFields on Estimate {
    available
    estimate
    lower
    upper
    reason
  }
`);

export const ANALYSIS = graphql(`
  query EvidenceAnalysis($id: ID!, $level: GroupLevel) {
    entry(id: $id) {
      metrics {
        id
        name
        analysis(level: $level) {
          hasData
          message
          baselinePeriod
          followUpPeriod
          referenceGroup
          suppressionApplied
          sentences
          notes
          groups {
            group
            code
            isReference
            suppressed
            changeVerdict
            gapVerdict
            narrowedBeyondChance
            gapSentence
            changeSentence
            baseline {
              numerator
              denominator
              suppressed
              value {
                ...EstimateFields
              }
            }
            followUp {
              numerator
              denominator
              value {
                ...EstimateFields
              }
            }
            change {
              ...EstimateFields
            }
            gapBefore {
              position
              difference {
                ...EstimateFields
              }
              ratio {
                ...EstimateFields
              }
            }
            gapAfter {
              position
              difference {
                ...EstimateFields
              }
            }
            gapChange {
              ...EstimateFields
            }
          }
          timeSeries {
            period
            groups {
              group
              figures {
                numerator
                suppressed
              }
              gapToReference {
                available
              }
            }
          }
        }
        values {
          period
          ethnicCode
          numerator
          denominator
          suppressed
        }
      }
    }
  }
`);

export const EVIDENCE_ADD_TESTIMONIAL = graphql(`
  mutation EvidenceAddTestimonial($i: AddTestimonialInput!) {
    addTestimonial(input: $i) {
      testimonial {
        id
        quote
        source
        anonymised
        attribution
        citedAs
        consentStatus
        exportable
        addedBy {
          name
        }
      }
    }
  }
`);

export const CONSENT = graphql(`
  mutation EvidenceRecordConsent($i: RecordConsentInput!) {
    recordConsent(input: $i) {
      testimonial {
        id
        consentStatus
        consentDate
        consentNote
        consentRecordedAt
        exportable
        consentRecordedBy {
          name
        }
      }
    }
  }
`);

export const EVIDENCE_LINK_CRITERION = graphql(`
  mutation EvidenceLinkCriterion($i: LinkCriterionInput!) {
    linkCriterion(input: $i) {
      criterion {
        id
        covered
        linkedSections {
          id
        }
        linkedMetrics {
          id
        }
        linkedTestimonials {
          id
        }
      }
    }
  }
`);

export const READINESS = graphql(`
  query EvidenceReadiness($id: ID!) {
    entry(id: $id) {
      readiness {
        ready
        checksNotRun
        uncoveredCriteria {
          id
        }
        sectionsOverWordLimit {
          section {
            id
          }
          wordCount
          wordLimit
        }
        missingSignOffs {
          slotKey
        }
        missingQuantitativeEvidence {
          message
          metric {
            id
          }
        }
        figuresOutOfStep {
          section {
            id
          }
          figure {
            status
            text
          }
        }
      }
    }
  }
`);

export const TESTIMONIALS = graphql(`
  query EvidenceTestimonials($id: ID!, $c: Boolean) {
    entry(id: $id) {
      testimonials(consentedOnly: $c) {
        id
        attribution
        citedAs
      }
    }
  }
`);

export const EVIDENCE_SET_WORD_LIMIT = graphql(`
  mutation EvidenceSetWordLimit($i: SetSectionWordLimitInput!) {
    setSectionWordLimit(input: $i) {
      section {
        id
      }
    }
  }
`);

export const EVIDENCE_TESTIMONIAL_UPDATE = graphql(`
  mutation EvidenceTestimonialUpdate($i: UpdateTestimonialInput!) {
    updateTestimonial(input: $i) {
      consentReset
      testimonial {
        id
        quote
        source
        anonymised
        attribution
        citedAs
        consentStatus
        consentDate
        consentNote
        consentRecordedAt
        consentRecordedBy {
          name
        }
        exportable
      }
    }
  }
`);

export const EVIDENCE_TESTIMONIAL_DELETE = graphql(`
  mutation EvidenceTestimonialDelete($i: DeleteTestimonialInput!) {
    deleteTestimonial(input: $i) {
      deletedTestimonialId
      entry {
        id
        testimonials {
          id
        }
      }
    }
  }
`);

export const EVIDENCE_TESTIMONIAL_CONSENT = graphql(`
  mutation EvidenceTestimonialConsent($i: RecordConsentInput!) {
    recordConsent(input: $i) {
      testimonial {
        consentStatus
      }
    }
  }
`);

export const EXPORTABLE = graphql(`
  query EvidenceTestimonialExportable($id: ID!) {
    entry(id: $id) {
      testimonials(consentedOnly: true) {
        id
      }
    }
  }
`);

export const DISCLOSURE_SET_VALUES = graphql(`
  mutation DisclosureSetValues($i: SetMetricValuesInput!) {
    setMetricValues(input: $i) {
      written
    }
  }
`);

export const DISCLOSURE_UPDATE_METRIC = graphql(`
  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        id
      }
    }
  }
`);

export const READ = graphql(`
  query DisclosureRead($id: ID!) {
    entry(id: $id) {
      abilities {
        canEditEvidence
        canEditValues
      }
      metrics {
        id
        values {
          period
          ethnicCode
          numerator
          denominator
        }
        analysis {
          groups {
            group
            baseline {
              numerator
              denominator
            }
          }
        }
      }
    }
  }
`);

export const HISTORY = graphql(`
  query DisclosureHistory($id: ID!) {
    entry(id: $id) {
      activity(first: 100) {
        nodes {
          kind
          at
          summary
          actor {
            name
          }
          valueChanges {
            period
            ethnicCode
            ethnicCategory
            ageBand
            figuresShown
            before {
              numerator
              denominator
            }
            after {
              numerator
              denominator
            }
          }
        }
      }
    }
  }
`);

export const AUDIT = graphql(`
  query DisclosureAudit($id: ID!) {
    entry(id: $id) {
      auditLog(first: 100) {
        nodes {
          action
          actorName
          summary
          data
          valueChanges {
            period
            ethnicCode
            ageBand
            figuresShown
            before {
              numerator
            }
            after {
              numerator
            }
          }
        }
      }
    }
  }
`);

export const DISCLOSURE_VERIFY = graphql(`
  query DisclosureVerify($id: ID!) {
    verifyAuditLog(entryId: $id) {
      valid
    }
  }
`);

export const SERIES_CREATE = graphql(`
  mutation SeriesCreateMetric($i: CreateMetricInput!) {
    createMetric(input: $i) {
      metric {
        id
        target
        recalculationPeriods
      }
    }
  }
`);

export const SERIES_UPDATE = graphql(`
  mutation SeriesUpdateMetric($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        id
        target
        recalculationPeriods
      }
    }
  }
`);

export const SERIES_ANALYSIS = graphql(`
  query SeriesAnalysis($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        analysis {
          periods
          baselinePeriod
          followUpPeriod
          sentences
          notes
          groups {
            group
            changeVerdict
            changeSentence
            gapSentence
          }
          overall {
            period
            numerator
            denominator
            suppressed
            value {
              estimate
            }
          }
          spc {
            group
            isOverall
            available
            reason
            type
            variation
            assurance
            target
            provisional
            signals
            sentence
            description
            points {
              period
              value
              mean
              upperLimit
              lowerLimit
              segment
              recalculated
              beyondLimits
              shift
              trend
              twoOfThree
              variation
            }
          }
          dataQuality {
            notStated {
              period
              share
              notStated
              total
              high
              moved
              suppressed
            }
            flags {
              kind
              period
              group
              message
            }
          }
        }
      }
      readiness {
        dataQualityWarnings {
          message
        }
      }
    }
  }
`);

export const ANALYSIS_FILE_SENTENCES = graphql(`
  query AnalysisFileSentences($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        values {
          period
          ethnicCode
          numerator
          suppressed
        }
        analysis(level: ETHNIC_CATEGORY) {
          sentences
          groups {
            code
            changeSentence
            gapSentence
          }
        }
      }
    }
  }
`);

export const IMPORT_FILE_PREVIEW = graphql(`
  mutation ImportFilePreview($i: PreviewValuesFileInput!) {
    previewValuesFile(input: $i) {
      format
      delimiter
      headerRow
      headers
      rowCount
      sampleRows
      suggestedMapping {
        period
        ethnicity
        numerator
        denominator
        mean
        sd
        n
      }
    }
  }
`);

export const IMPORT_FILE_IMPORT = graphql(`
  mutation ImportFileImport($i: ImportValuesFileInput!) {
    importValuesFile(input: $i) {
      written
      skipped {
        row
        column
        reason
      }
      metric {
        values {
          period
          ethnicCode
          numerator
          denominator
          mean
          sd
          n
        }
      }
    }
  }
`);

export const METHODS_CREATE = graphql(`
  mutation MethodsCreateMetric($i: CreateMetricInput!) {
    createMetric(input: $i) {
      metric {
        id
        confidenceLevel
      }
    }
  }
`);

export const METHODS_UPDATE = graphql(`
  mutation MethodsUpdateMetric($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        id
        baselinePeriod
        followUpPeriod
        confidenceLevel
      }
    }
  }
`);

export const METHODS_ANALYSIS = graphql(`
  query MethodsAnalysis($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        analysis {
          confidenceLevel
          confidence
          periodOrder
          message
          periods
          baselinePeriod
          followUpPeriod
          sentences
          methods {
            name
            usedFor
            reference
          }
          groups {
            group
            baseline {
              value {
                estimate
                lower
                upper
              }
            }
            changeVerdict
            changeSentence
          }
        }
      }
      readiness {
        missingQuantitativeEvidence {
          message
          metric {
            id
          }
        }
      }
    }
  }
`);

export const ROUND = graphql(`
  mutation RoundingUpdate($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        roundToFive
      }
    }
  }
`);

export const ROUNDED_CREATE_METRIC = graphql(`
  mutation RoundedCreateMetric($i: CreateMetricInput!) {
    createMetric(input: $i) {
      metric {
        id
      }
    }
  }
`);

export const ROUNDED_ANALYSIS_FIELDS = graphql(`
  fragment RoundedAnalysis on MetricAnalysis {
    level
    baselinePeriod
    followUpPeriod
    referenceGroup
    sentences
    notes
    groups {
      group
      isReference
      baseline {
        ...RoundedFigures
      }
      followUp {
        ...RoundedFigures
      }
      change {
        ...RoundedEstimate
      }
      gapBefore {
        difference {
          ...RoundedEstimate
        }
        ratio {
          ...RoundedEstimate
        }
      }
      gapAfter {
        difference {
          ...RoundedEstimate
        }
        ratio {
          ...RoundedEstimate
        }
      }
      gapChange {
        ...RoundedEstimate
      }
      changeSentence
      gapSentence
    }
    timeSeries {
      period
      groups {
        group
        code
        isReference
        figures {
          ...RoundedFigures
        }
        gapToReference {
          ...RoundedEstimate
        }
      }
    }
    overall {
      ...RoundedFigures
    }
    standardisedRates {
      group
      period
      events
      population
      suppressed
      value {
        ...RoundedEstimate
      }
      crude {
        ...RoundedEstimate
      }
    }
    spc {
      group
      isOverall
      available
      sentence
      description
      median
      points {
        period
        value
        mean
        upperLimit
        lowerLimit
        upperTwoSigma
        lowerTwoSigma
      }
    }
    dataQuality {
      notStated {
        period
        share
        notStated
        total
        suppressed
      }
      flags {
        message
      }
    }
  }
`);

export const ROUNDED_FIGURES_FIELDS = graphql(`
  fragment RoundedFigures on GroupFigures {
    period
    numerator
    denominator
    mean
    sd
    n
    suppressed
    value {
      ...RoundedEstimate
    }
  }
`);

export const ROUNDED_ESTIMATE_FIELDS = graphql(`
  fragment RoundedEstimate on Estimate {
    available
    estimate
    lower
    upper
  }
`);

/** Everything a member is shown of an entry's metrics, at both levels: rounded-disclosure.test.ts looks through it all. */
export const ROUNDED_VIEW = graphql(`
  query RoundedView($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        name
        kind
        ratePer
        confidenceLevel
        values {
          period
          ethnicCode
          ageBand
          numerator
          denominator
          mean
          sd
          n
          suppressed
        }
        ons: analysis(level: ONS_GROUP) {
          ...RoundedAnalysis
        }
        detailed: analysis(level: ETHNIC_CATEGORY) {
          ...RoundedAnalysis
        }
      }
    }
  }
`);

export const ROUNDING_READ = graphql(`
  query RoundingRead($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        values {
          period
          ethnicCode
          numerator
          denominator
        }
        analysis {
          groups {
            group
            baseline {
              numerator
              denominator
              value {
                estimate
              }
            }
          }
        }
      }
    }
  }
`);

// export

export const EXPORT_ENTRY = graphql(`
  query ExportEntry($id: ID!, $f: ExportFormat!) {
    exportEntry(entryId: $id, format: $f) {
      filename
      mediaType
      base64
    }
  }
`);

export const TITLES = graphql(`
  query ExportSectionTitles($id: ID!) {
    entry(id: $id) {
      sections {
        title
      }
    }
  }
`);

export const STATE_AND_HEAD = graphql(`
  query ExportStateAndAuditHead($id: ID!) {
    entry(id: $id) {
      state
    }
    verifyAuditLog(entryId: $id) {
      valid
      headSeq
      headHash
    }
  }
`);

// live

export const APPLY = graphql(`
  mutation ContentSchemaApply($i: ApplySectionUpdateInput!) {
    applySectionUpdate(input: $i) {
      version
    }
  }
`);

export const CONTENT_SCHEMA_REPLACE = graphql(`
  mutation ContentSchemaReplace($i: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $i) {
      section {
        version
        markdown
      }
    }
  }
`);

export const SYNC = graphql(`
  query ContentSchemaSync($s: ID!) {
    sectionSync(sectionId: $s) {
      update
    }
  }
`);

export const SECTION = graphql(`
  query ContentSchemaSection($id: ID!) {
    entry(id: $id) {
      sections {
        id
        markdown
        version
        contentHash
      }
    }
  }
`);

export const REVISIONS = graphql(`
  query ContentSchemaRevisions($id: ID!) {
    entry(id: $id) {
      sections {
        revisions {
          nodes {
            id
            markdown
          }
        }
      }
    }
  }
`);

export const RESTORE = graphql(`
  mutation ContentSchemaRestore($i: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $i) {
      section {
        markdown
      }
    }
  }
`);

export const VIEWS = graphql(`
  query LiveViews($id: ID!) {
    entry(id: $id) {
      sections {
        id
        text
        markdown
        wordCount
        version
        contentHash
      }
    }
  }
`);

export const LIVE_SYNC = graphql(`
  query LiveSync($s: ID!, $v: String) {
    sectionSync(sectionId: $s, stateVector: $v) {
      update
      stateVector
      version
    }
  }
`);

export const LIVE_SECTION_UPDATED = graphql(`
  subscription LiveSectionUpdated($s: ID!) {
    sectionUpdated(sectionId: $s) {
      version
    }
  }
`);

export const LIVE_SECTION_RELAY = graphql(`
  subscription LiveSectionRelay($s: ID!) {
    sectionRelay(sectionId: $s) {
      kind
      update
      clientId
      authorId
    }
  }
`);

export const LIVE_REVISIONS = graphql(`
  query LiveRevisions($id: ID!) {
    entry(id: $id) {
      sections {
        revisions {
          totalCount
          nodes {
            id
            reason
            version
            markdown
            authors {
              name
            }
          }
        }
      }
    }
  }
`);

export const RESTORABLE = graphql(`
  query LiveRestorable($id: ID!) {
    entry(id: $id) {
      sections {
        version
        markdown
        revisions {
          nodes {
            id
            markdown
          }
        }
      }
    }
  }
`);

export const LIVE_RESTORE = graphql(`
  mutation LiveRestore($i: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $i) {
      section {
        id
      }
    }
  }
`);

export const PRESENCE_UPDATED = graphql(`
  subscription LivePresenceUpdated($e: ID!) {
    presenceUpdated(entryId: $e) {
      userName
      sectionId
      left
      awareness
    }
  }
`);

export const UPDATE_PRESENCE = graphql(`
  mutation LiveUpdatePresence($i: UpdatePresenceInput!) {
    updatePresence(input: $i) {
      presence {
        userName
      }
    }
  }
`);

export const PRESENCE = graphql(`
  query LivePresence($id: ID!) {
    entry(id: $id) {
      presence {
        userName
      }
    }
  }
`);

export const MULTI_PROCESS_LOG_IN = graphql(`
  mutation MultiProcessLogIn($e: String!) {
    logIn(input: { email: $e, password: "quorum-demo-2026" }) {
      user {
        id
      }
    }
  }
`);

export const MULTI_PROCESS_ENTRIES = graphql(`
  query MultiProcessEntries {
    entries {
      nodes {
        id
        sections {
          id
        }
      }
    }
  }
`);

export const MULTI_PROCESS_PRESENCE = graphql(`
  query MultiProcessPresence {
    entries {
      nodes {
        presence {
          userName
        }
      }
    }
  }
`);

export const TEXT = graphql(`
  query PipelinedText($id: ID!) {
    entry(id: $id) {
      sections {
        text
        version
      }
    }
  }
`);

export const PRESENCE_UPDATE = graphql(`
  mutation PresenceUpdate($i: UpdatePresenceInput!) {
    updatePresence(input: $i) {
      presence {
        userName
        clientId
        left
      }
    }
  }
`);

export const LISTED = graphql(`
  query PresenceListed($id: ID!) {
    entry(id: $id) {
      presence {
        userName
        clientId
      }
    }
  }
`);

export const PRESENCE_UPDATED_2 = graphql(`
  subscription PresenceUpdated($e: ID!) {
    presenceUpdated(entryId: $e) {
      userName
      clientId
      left
      awareness
    }
  }
`);

export const SECTION_SIZE_RESTORE = graphql(`
  mutation SectionSizeRestore($i: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $i) {
      section {
        version
      }
    }
  }
`);

export const SIZE = graphql(`
  query SectionSizeOfSections($id: ID!) {
    entry(id: $id) {
      sections {
        id
        version
        markdown
        contentBytes
        contentBytesLimit
        revisions {
          nodes {
            id
            markdown
          }
        }
      }
    }
  }
`);

export const SUBSCRIPTION_LISTENERS_PRESENCE_UPDATED = graphql(`
  subscription SubscriptionListenersPresenceUpdated($e: ID!) {
    presenceUpdated(entryId: $e) {
      userName
    }
  }
`);

export const ENTRY_EVENTS = graphql(`
  subscription SubscriptionListenersEntryEvents($e: ID!) {
    entryEvents(entryId: $e) {
      kind
    }
  }
`);

export const REVISION_HISTORY = graphql(`
  query RevisionHistory($id: ID!, $from: ID, $to: ID) {
    section(id: $id) {
      version
      revisions(first: 10) {
        nodes {
          id
          name
          reason
          markdown
        }
      }
      diff(from: $from, to: $to) {
        op
        text
        authors {
          id
          name
        }
      }
    }
  }
`);

export const NAME = graphql(`
  mutation RevisionHistoryName($i: NameSectionRevisionInput!) {
    nameSectionRevision(input: $i) {
      revision {
        id
        name
      }
    }
  }
`);

// mail

export const MAIL_INVITE = graphql(`
  mutation MailInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      inviteUrl
      emailed
    }
  }
`);

export const MAIL_REPLY = graphql(`
  mutation MailReply($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

export const MAIL_SECTIONS = graphql(`
  query MailSections($id: ID!) {
    entry(id: $id) {
      sections {
        id
        version
        contentHash
      }
    }
  }
`);

export const MAIL_REPLACE = graphql(`
  mutation MailReplace($input: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $input) {
      section {
        id
      }
    }
  }
`);

export const MAIL_REQUEST_REVIEW = graphql(`
  mutation MailRequestReview($input: RequestReviewInput!) {
    requestReview(input: $input) {
      entry {
        state
      }
    }
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation MailSetPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      mailPreferences {
        kind
        delivery
      }
    }
  }
`);

export const MY_PREFERENCES = graphql(`
  query MailMyPreferences {
    me {
      mailPreferences {
        kind
        delivery
      }
    }
  }
`);

export const UNSUBSCRIBE = graphql(`
  mutation MailUnsubscribe($input: UnsubscribeInput!) {
    unsubscribe(input: $input) {
      kinds
    }
  }
`);

export const SET_CLOSING_DATE = graphql(`
  mutation MailSetClosingDate($input: SetEntryClosingDateInput!) {
    setEntryClosingDate(input: $input) {
      entry {
        closesAt
        abilities {
          canSetClosingDate
        }
      }
    }
  }
`);

export const REQUEST_RESET = graphql(`
  mutation MailRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      requested
      mailEnabled
    }
  }
`);

export const RESET = graphql(`
  mutation MailReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordReset
    }
  }
`);

export const SERVER_INFO = graphql(`
  query MailServerInfo {
    serverInfo {
      mailEnabled
    }
  }
`);

export const MAIL_PROCESS_ENTRIES = graphql(`
  query MailProcessEntries {
    entries {
      nodes {
        id
      }
    }
  }
`);

export const MAIL_PROCESS_INVITE = graphql(`
  mutation MailProcessInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      emailed
    }
  }
`);

// policy

export const POLICY_MULTI_PROCESS_ENTRIES = graphql(`
  query PolicyMultiProcessEntries {
    entries {
      nodes {
        id
        sections {
          id
        }
        members {
          id
          role
          user {
            id
          }
        }
      }
    }
  }
`);

export const SECTION_SYNC = graphql(`
  query PolicyMultiProcessSectionSync($s: ID!) {
    sectionSync(sectionId: $s) {
      version
    }
  }
`);

export const POLICY_MULTI_PROCESS_LOG_OUT = graphql(`
  mutation PolicyMultiProcessLogOut {
    logOut(input: {}) {
      loggedOut
    }
  }
`);

export const LOG_OUT_EVERYWHERE = graphql(`
  mutation PolicyRevocationsLogOutEverywhere {
    logOut(input: { everywhere: true }) {
      loggedOut
    }
  }
`);

export const MARK_ALL_READ = graphql(`
  mutation PolicyRevocationsMarkAllRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);

export const POLICY_REVOCATIONS_CREATE_ENTRY = graphql(`
  mutation PolicyRevocationsCreateEntry($t: ID!) {
    createEntry(input: { templateId: $t, title: "Soon gone" }) {
      entry {
        id
      }
    }
  }
`);

export const SECTION_MARKDOWN = graphql(`
  query PolicyRevocationsSectionMarkdown($s: ID!) {
    section(id: $s) {
      markdown
    }
  }
`);

export const POLICY_REVOCATIONS_SECTION_SYNC = graphql(`
  query PolicyRevocationsSectionSync($s: ID!) {
    sectionSync(sectionId: $s) {
      stateVector
    }
  }
`);

export const SECTION_VERSION = graphql(`
  query PolicyStillAllowedSectionVersion($id: ID!) {
    section(id: $id) {
      version
    }
  }
`);

// server

export const LOG_IN_LEAD = graphql(`
  mutation StartLogInLead {
    logIn(input: { email: "lead@demo.quorum.test", password: "quorum-demo-2026" }) {
      user {
        id
      }
    }
  }
`);

export const START_CREATE_ENTRY = graphql(`
  mutation StartCreateEntry($t: ID!) {
    createEntry(input: { templateId: $t, title: "Made before the restart" }) {
      entry {
        id
      }
    }
  }
`);

export const START_ENTRIES = graphql(`
  query StartEntries {
    entries {
      nodes {
        title
        sections {
          id
        }
      }
    }
  }
`);

// sign-off

export const SIGN_OFF_REPLACE = graphql(`
  mutation SignOffReplace($i: ReplaceSectionContentInput!) {
    replaceSectionContent(input: $i) {
      section {
        version
        contentHash
      }
    }
  }
`);

export const SIGN_OFF_RESTORE = graphql(`
  mutation SignOffRestore($i: RestoreSectionRevisionInput!) {
    restoreSectionRevision(input: $i) {
      section {
        contentHash
      }
    }
  }
`);

export const SLOTS = graphql(`
  mutation SignOffSetSlots($i: SetSignOffSlotsInput!) {
    setSignOffSlots(input: $i) {
      section {
        signOffSlots {
          key
        }
      }
      entry {
        state
      }
    }
  }
`);

export const STATUS = graphql(`
  query SignOffStatus($id: ID!) {
    entry(id: $id) {
      sections {
        id
        signOffStatus {
          approved
          slots {
            key
            held
            heldBy {
              id
              signer {
                name
              }
            }
          }
          openChangeRequests {
            id
          }
          staleSignOffs {
            id
          }
        }
        signOffs {
          totalCount
          nodes {
            id
            meaning
            slotKey
            role
            note
            contentHash
            markdown
            stale
            superseded
            current
            diffSinceSigned {
              op
              text
            }
            signer {
              id
            }
          }
        }
      }
    }
  }
`);

export const SIGN_OFF_NOTIFICATIONS = graphql(`
  query SignOffNotifications {
    me {
      unreadNotificationCount
      notifications {
        nodes {
          kind
          message
          sectionId
          signOffId
          read
        }
      }
    }
  }
`);

export const WORKFLOW_PROPERTY_SET_SLOTS = graphql(`
  mutation WorkflowPropertySetSlots($i: SetSignOffSlotsInput!) {
    setSignOffSlots(input: $i) {
      entry {
        state
      }
    }
  }
`);

export const WORKFLOW_PROPERTY_STATUS = graphql(`
  query WorkflowPropertyStatus($id: ID!) {
    entry(id: $id) {
      state
      sections {
        signOffStatus {
          approved
        }
      }
    }
  }
`);

export const WORKFLOW_REQUEST_REVIEW = graphql(`
  mutation WorkflowRequestReview($i: RequestReviewInput!) {
    requestReview(input: $i) {
      entry {
        id
        state
      }
    }
  }
`);

export const SUBMIT = graphql(`
  mutation WorkflowSubmit($i: SubmitEntryInput!) {
    submitEntry(input: $i) {
      entry {
        id
        state
      }
    }
  }
`);

export const WORKFLOW_REOPEN = graphql(`
  mutation WorkflowReopen($i: ReopenEntryInput!) {
    reopenEntry(input: $i) {
      entry {
        id
        state
      }
    }
  }
`);

export const NOTIFICATION_KINDS = graphql(`
  query WorkflowNotificationKinds {
    me {
      notifications {
        nodes {
          kind
        }
      }
    }
  }
`);

export const NOTIFICATION_SIGN_OFFS = graphql(`
  query WorkflowNotificationSignOffs {
    me {
      notifications {
        nodes {
          kind
          signOffId
        }
      }
    }
  }
`);

export const WORKFLOW_ACCEPT = graphql(`
  mutation WorkflowAccept($i: AcceptInvitationInput!) {
    acceptInvitation(input: $i) {
      entry {
        state
      }
    }
  }
`);

export const SIGN_OFFS_NOW = graphql(`
  query EvidenceSignOffsNow($id: ID!) {
    entry(id: $id) {
      state
      sections {
        id
        signOffs(first: 20) {
          nodes {
            id
            stale
            current
            evidenceDigest
            signer {
              id
            }
            diffSinceSigned {
              op
              text
            }
            evidenceChangesSinceSigned
          }
        }
      }
    }
  }
`);

// A sign-off is bound to what its signer saw (issue 11): the text's hash and the evidence's digest, read together.
export const SIGN_SEEN = graphql(`
  query EvidenceSignSeen($id: ID!) {
    entry(id: $id) {
      sections {
        id
        version
        contentHash
        evidenceDigest
      }
    }
  }
`);

export const SIGN_SEEN_SIGN_OFF = graphql(`
  mutation EvidenceSignSeenSignOff($i: SignOffSectionInput!) {
    signOffSection(input: $i) {
      signOff {
        id
        contentHash
        evidenceDigest
        current
      }
    }
  }
`);

// test-support

export const LIVE_EDITOR_SECTION_RELAY = graphql(`
  subscription LiveEditorSectionRelay($s: ID!) {
    sectionRelay(sectionId: $s) {
      kind
      update
      clientId
    }
  }
`);

export const LIVE_EDITOR_SECTION_SYNC = graphql(`
  query LiveEditorSectionSync($s: ID!, $v: String) {
    sectionSync(sectionId: $s, stateVector: $v) {
      update
      stateVector
    }
  }
`);

export const SIGN_OFF = graphql(`
  mutation ReviewSignOff($i: SignOffSectionInput!) {
    signOffSection(input: $i) {
      signOff {
        id
        slotKey
        meaning
        role
        stale
        current
        markdown
      }
      entry {
        state
      }
    }
  }
`);

export const STATE = graphql(`
  query ReviewEntryState($id: ID!) {
    entry(id: $id) {
      state
    }
  }
`);

export const HASHES = graphql(`
  query ReviewSectionHashes($id: ID!) {
    entry(id: $id) {
      sections {
        id
        contentHash
        version
      }
    }
  }
`);

export const ENTRY_EVENTS_OF_ENTRY = graphql(`
  subscription EntryEventsOfEntry($e: ID!) {
    entryEvents(entryId: $e) {
      kind
      entryId
      sectionId
      commentId
      threadId
      signOffId
      membershipId
      userId
      actorId
      state
      at
    }
  }
`);

export const WAITING_FOR_ME = graphql(`
  query WaitingForMe($first: Int, $after: String, $entryId: ID) {
    me {
      id
      waitingForMe(first: $first, after: $after, entryId: $entryId) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          message
          path
          createdAt
          entry {
            id
            title
          }
          section {
            id
            title
          }
        }
      }
    }
  }
`);

/** What a script asks of its own account at once (the fields resolve side by side on one request). */
export const MY_ACCOUNT_AT_ONCE = graphql(`
  query MyAccountAtOnce {
    me {
      id
      apiTokens {
        id
        lastUsedAt
      }
      mailPreferences {
        kind
      }
      unreadNotificationCount
      waitingForMe {
        totalCount
      }
    }
  }
`);

export const WAITING_OF_MEMBER = graphql(`
  query WaitingOfMember($id: ID!) {
    entry(id: $id) {
      members {
        user {
          id
          waitingForMe {
            totalCount
          }
        }
      }
    }
  }
`);

export const WAITING_SECTION_COUNTS = graphql(`
  query WaitingSectionCounts($id: ID!) {
    entry(id: $id) {
      sections {
        id
        wordCount
        wordLimit
        openThreadCount
        pendingSuggestionCount
        comments(state: OPEN, first: 1) {
          totalCount
        }
      }
    }
  }
`);

// age-standardised rates (evidence/age-standardised.test.ts)

export const AGE_SET_VALUES = graphql(`
  mutation AgeSetValues($i: SetMetricValuesInput!) {
    setMetricValues(input: $i) {
      written
    }
  }
`);

export const AGE_FILE_PREVIEW = graphql(`
  mutation AgeFilePreview($i: PreviewValuesFileInput!) {
    previewValuesFile(input: $i) {
      suggestedMapping {
        period
        ethnicity
        ageBand
        numerator
        denominator
      }
    }
  }
`);

export const AGE_FILE_IMPORT = graphql(`
  mutation AgeFileImport($i: ImportValuesFileInput!) {
    importValuesFile(input: $i) {
      written
      skipped {
        row
        reason
      }
    }
  }
`);

export const AGE_ANALYSIS = graphql(`
  query AgeAnalysis($id: ID!, $level: GroupLevel!) {
    entry(id: $id) {
      metrics {
        id
        values {
          period
          ethnicCode
          ageBand
          numerator
          denominator
          suppressed
        }
        analysis(level: $level) {
          ageStandardised
          notes
          methods {
            name
            reference
          }
          groups {
            group
            baseline {
              numerator
              denominator
            }
          }
          standardisedRates {
            group
            code
            isReference
            period
            events
            population
            ageBands
            suppressed
            value {
              ...EstimateFields
            }
            crude {
              available
              estimate
              lower
              upper
            }
          }
        }
      }
    }
  }
`);

// Suggesting mode (issue 11): suggestions/suggestions.test.ts.
export const SUGGESTIONS = graphql(`
  query SuggestionsOfSection($id: ID!, $authorId: ID) {
    section(id: $id) {
      id
      text
      contentHash
      version
      suggestions(authorId: $authorId) {
        totalCount
        nodes {
          id
          kind
          text
          insertedText
          deletedText
          role
          createdAt
          author {
            id
            name
          }
          thread {
            id
            body
          }
        }
      }
    }
  }
`);

export const ACCEPT_SUGGESTION = graphql(`
  mutation SuggestionsAccept($i: ResolveSuggestionInput!) {
    acceptSuggestion(input: $i) {
      suggestionIds
      section {
        id
        text
      }
    }
  }
`);

export const REJECT_SUGGESTION = graphql(`
  mutation SuggestionsReject($i: ResolveSuggestionInput!) {
    rejectSuggestion(input: $i) {
      suggestionIds
      section {
        id
        text
      }
    }
  }
`);

export const ACCEPT_SUGGESTIONS = graphql(`
  mutation SuggestionsAcceptAll($i: ResolveSuggestionsInput!) {
    acceptSuggestions(input: $i) {
      suggestionIds
      section {
        id
        text
      }
    }
  }
`);

export const REJECT_SUGGESTIONS = graphql(`
  mutation SuggestionsRejectAll($i: ResolveSuggestionsInput!) {
    rejectSuggestions(input: $i) {
      suggestionIds
      section {
        id
        text
      }
    }
  }
`);

export const SUGGESTION_EVENTS = graphql(`
  subscription SuggestionsEvents($e: ID!) {
    entryEvents(entryId: $e) {
      kind
      sectionId
      suggestionId
      actorId
    }
  }
`);

export const CRITERION_LINK_PASSAGES = graphql(`
  mutation CriterionLinkPassages($i: LinkCriterionInput!) {
    linkCriterion(input: $i) {
      criterion {
        id
        covered
        passages {
          id
          section {
            id
          }
          quote
          quoteWhenLinked
          lost
          from
          to
          start
          end
        }
      }
    }
  }
`);

export const CRITERION_PASSAGES = graphql(`
  query CriterionPassages($id: ID!) {
    entry(id: $id) {
      sections {
        id
        text
        criteria {
          id
          covered
          passages {
            id
            quote
            quoteWhenLinked
            lost
            from
            to
          }
        }
      }
      readiness {
        ready
        uncoveredCriteria {
          id
        }
      }
    }
  }
`);

export const FIGURE_SENTENCES = graphql(`
  query FigureSentences($id: ID!) {
    entry(id: $id) {
      metrics {
        id
        analysis {
          groups {
            group
            changeSentence
            gapSentence
          }
        }
      }
    }
  }
`);

export const SECTION_FIGURES = graphql(`
  query SectionFigures($id: ID!) {
    section(id: $id) {
      id
      text
      figures {
        metricId
        metric {
          id
          name
        }
        level
        group
        kind
        text
        currentWording
        status
      }
    }
  }
`);

export const UPDATE_FIGURE = graphql(`
  mutation UpdateFigure($i: FigureInput!) {
    updateFigure(input: $i) {
      section {
        id
        text
      }
    }
  }
`);

export const UNLINK_FIGURE = graphql(`
  mutation UnlinkFigure($i: FigureInput!) {
    unlinkFigure(input: $i) {
      section {
        id
        text
      }
    }
  }
`);
