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
    "\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LimitsLogInDocument,
    "\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LimitsSignUpDocument,
    "\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n": typeof types.LimitsSectionsDocument,
    "\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n": typeof types.LimitsSignOffDocument,
    "\n  mutation RedisOutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RedisOutageLogInDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AuthLogInDocument,
    "\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": typeof types.AuthLogOutDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n": typeof types.AuthMeIdDocument,
    "\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n": typeof types.AuthEntriesCountDocument,
    "\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n": typeof types.AuthTemplateIdsDocument,
    "\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AuthCreateEntryDocument,
    "\n  mutation AuthCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n": typeof types.AuthCreateTokenDocument,
    "\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.AuthRevokeTokenDocument,
    "\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpNewAccountDocument,
    "\n  mutation SignUpBlankTokenName {\n    createApiToken(input: { name: \"   \", scope: READ }) {\n      token {\n        id\n      }\n    }\n  }\n": typeof types.SignUpBlankTokenNameDocument,
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
    "\n  mutation ConcurrentRemovalRemove($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n": typeof types.ConcurrentRemovalRemoveDocument,
    "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n": typeof types.ConcurrentRemovalChangeRoleDocument,
    "\n  mutation ConcurrentRemovalCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.ConcurrentRemovalCreateMetricDocument,
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
    "\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.FactoriesLogInDocument,
    "\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n": typeof types.LiveEditorSectionUpdatedDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": typeof types.LiveEditorSectionSyncDocument,
    "\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": typeof types.LiveEditorApplyUpdateDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": typeof types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": typeof types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": typeof types.EntryEventsOfEntryDocument,
    "\n  mutation ServerProcessLogInDemo($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ServerProcessLogInDemoDocument,
    "\n  mutation TestServerSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.TestServerSignUpDocument,
};
const documents: Documents = {
    "\n  mutation LimitsLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LimitsLogInDocument,
    "\n  mutation LimitsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LimitsSignUpDocument,
    "\n  query LimitsSections {\n    entries {\n      nodes {\n        sections {\n          id\n          contentHash\n        }\n      }\n    }\n  }\n": types.LimitsSectionsDocument,
    "\n  mutation LimitsSignOff($input: SignOffSectionInput!) {\n    signOffSection(input: $input) {\n      signOff {\n        id\n      }\n    }\n  }\n": types.LimitsSignOffDocument,
    "\n  mutation RedisOutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.RedisOutageLogInDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AuthLogInDocument,
    "\n  mutation AuthLogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": types.AuthLogOutDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthMeId {\n    me {\n      id\n    }\n  }\n": types.AuthMeIdDocument,
    "\n  query AuthEntriesCount {\n    entries {\n      totalCount\n    }\n  }\n": types.AuthEntriesCountDocument,
    "\n  query AuthTemplateIds {\n    templates {\n      id\n    }\n  }\n": types.AuthTemplateIdsDocument,
    "\n  mutation AuthCreateEntry($t: ID!, $title: String!) {\n    createEntry(input: { templateId: $t, title: $title }) {\n      entry {\n        id\n      }\n    }\n  }\n": types.AuthCreateEntryDocument,
    "\n  mutation AuthCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n": types.AuthCreateTokenDocument,
    "\n  mutation AuthRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      token {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.AuthRevokeTokenDocument,
    "\n  mutation SignUpNewAccount($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpNewAccountDocument,
    "\n  mutation SignUpBlankTokenName {\n    createApiToken(input: { name: \"   \", scope: READ }) {\n      token {\n        id\n      }\n    }\n  }\n": types.SignUpBlankTokenNameDocument,
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
    "\n  mutation ConcurrentRemovalRemove($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n": types.ConcurrentRemovalRemoveDocument,
    "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n": types.ConcurrentRemovalChangeRoleDocument,
    "\n  mutation ConcurrentRemovalCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n": types.ConcurrentRemovalCreateMetricDocument,
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
    "\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.FactoriesLogInDocument,
    "\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n": types.LiveEditorSectionUpdatedDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": types.LiveEditorSectionSyncDocument,
    "\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": types.LiveEditorApplyUpdateDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": types.EntryEventsOfEntryDocument,
    "\n  mutation ServerProcessLogInDemo($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n": types.ServerProcessLogInDemoDocument,
    "\n  mutation TestServerSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.TestServerSignUpDocument,
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
export function graphql(source: "\n  mutation RedisOutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedisOutageLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AuthCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n        scope\n        prefix\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SignUpBlankTokenName {\n    createApiToken(input: { name: \"   \", scope: READ }) {\n      token {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpBlankTokenName {\n    createApiToken(input: { name: \"   \", scope: READ }) {\n      token {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ConcurrentRemovalRemove($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalRemove($i: RemoveMemberInput!) {\n    removeMember(input: $i) {\n      removedMembershipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalChangeRole($i: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $i) {\n      membership {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentRemovalCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConcurrentRemovalCreateMetric($i: CreateMetricInput!) {\n    createMetric(input: $i) {\n      metric {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n"): (typeof documents)["\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ServerProcessLogInDemo($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServerProcessLogInDemo($e: String!) {\n    logIn(input: { email: $e, password: \"quorum-demo-2026\" }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServerSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestServerSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;