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
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CreateEntryDocument,
    "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MyEntriesDocument,
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": typeof types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n": typeof types.AddTestimonialDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateMetricDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": typeof types.EstimateFieldsFragmentDoc,
    "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields\n    }\n  }\n": typeof types.FiguresFieldsFragmentDoc,
    "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields\n    }\n    ratio {\n      ...EstimateFields\n    }\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        periods\n        analysis {\n          hasData\n          message\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields\n            }\n            followUp {\n              ...FiguresFields\n            }\n            change {\n              ...EstimateFields\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields\n            }\n            gapAfter {\n              ...GapFields\n            }\n            gapChange {\n              ...EstimateFields\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields\n              }\n              gapToReference {\n                ...EstimateFields\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n": typeof types.EntryEvidenceDocument,
    "\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n": typeof types.ImportMetricValuesDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n": typeof types.ApplySectionUpdateDocument,
    "\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n": typeof types.EntryPresenceDocument,
    "\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n": typeof types.PresenceUpdatedDocument,
    "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n  }\n": typeof types.SectionSyncDocument,
    "\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n": typeof types.SectionUpdatedDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n": typeof types.RestoreSectionRevisionDocument,
    "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectionRevisionsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.EntryTeamDocument,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n": types.LogOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n": types.CreateEntryDocument,
    "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n        }\n      }\n    }\n  }\n": types.MyEntriesDocument,
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": types.TemplatesDocument,
    "\n  mutation AddTestimonial($input: AddTestimonialInput!) {\n    addTestimonial(input: $input) {\n      testimonial {\n        id\n      }\n    }\n  }\n": types.AddTestimonialDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n        name\n      }\n    }\n  }\n": types.CreateMetricDocument,
    "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n": types.EstimateFieldsFragmentDoc,
    "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields\n    }\n  }\n": types.FiguresFieldsFragmentDoc,
    "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields\n    }\n    ratio {\n      ...EstimateFields\n    }\n  }\n": types.GapFieldsFragmentDoc,
    "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        periods\n        analysis {\n          hasData\n          message\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields\n            }\n            followUp {\n              ...FiguresFields\n            }\n            change {\n              ...EstimateFields\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields\n            }\n            gapAfter {\n              ...GapFields\n            }\n            gapChange {\n              ...EstimateFields\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields\n              }\n              gapToReference {\n                ...EstimateFields\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n": types.EntryEvidenceDocument,
    "\n  mutation ImportMetricValues($input: ImportMetricValuesInput!) {\n    importMetricValues(input: $input) {\n      written\n      metric {\n        id\n      }\n    }\n  }\n": types.ImportMetricValuesDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      testimonial {\n        id\n        consentStatus\n        consentDate\n        consentNote\n        exportable\n      }\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation ApplySectionUpdate($input: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $input) {\n      version\n    }\n  }\n": types.ApplySectionUpdateDocument,
    "\n  query EntryPresence($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      presence {\n        clientId\n        userId\n        userName\n        sectionId\n        awareness\n        left\n      }\n    }\n  }\n": types.EntryPresenceDocument,
    "\n  subscription PresenceUpdated($entryId: ID!) {\n    presenceUpdated(entryId: $entryId) {\n      clientId\n      userId\n      userName\n      sectionId\n      awareness\n      left\n    }\n  }\n": types.PresenceUpdatedDocument,
    "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n  }\n": types.SectionSyncDocument,
    "\n  subscription SectionUpdated($sectionId: ID!) {\n    sectionUpdated(sectionId: $sectionId) {\n      update\n      clientId\n      version\n    }\n  }\n": types.SectionUpdatedDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input) {\n      presence {\n        clientId\n      }\n    }\n  }\n": types.UpdatePresenceDocument,
    "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n": types.RestoreSectionRevisionDocument,
    "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SectionRevisionsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query PendingInvitations($id: ID!) {\n    entry(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      entry {\n        id\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.EntryTeamDocument,
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
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut($input: LogOutInput!) {\n    logOut(input: $input) {\n      loggedOut\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEntry($input: CreateEntryInput!) {\n    createEntry(input: $input) {\n      entry {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntries($first: Int!, $after: String) {\n    entries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        state\n        viewerRole\n        sections {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n        canEdit\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"): (typeof documents)["\n  fragment EstimateFields on Estimate {\n    available\n    estimate\n    lower\n    upper\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields\n    }\n  }\n"): (typeof documents)["\n  fragment FiguresFields on GroupFigures {\n    period\n    numerator\n    denominator\n    mean\n    sd\n    n\n    suppressed\n    value {\n      ...EstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields\n    }\n    ratio {\n      ...EstimateFields\n    }\n  }\n"): (typeof documents)["\n  fragment GapFields on GapEstimate {\n    position\n    difference {\n      ...EstimateFields\n    }\n    ratio {\n      ...EstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        periods\n        analysis {\n          hasData\n          message\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields\n            }\n            followUp {\n              ...FiguresFields\n            }\n            change {\n              ...EstimateFields\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields\n            }\n            gapAfter {\n              ...GapFields\n            }\n            gapChange {\n              ...EstimateFields\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields\n              }\n              gapToReference {\n                ...EstimateFields\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n"): (typeof documents)["\n  query EntryEvidence($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canEditEvidence\n        canAddTestimonials\n      }\n      metrics {\n        id\n        name\n        definition\n        kind\n        direction\n        dataSource\n        population\n        ratePer\n        unit\n        referenceCode\n        suppressionThreshold\n        periods\n        analysis {\n          hasData\n          message\n          notes\n          referenceGroup\n          baselinePeriod\n          followUpPeriod\n          suppressionApplied\n          suppressionThreshold\n          sentences\n          groups {\n            group\n            code\n            isReference\n            suppressed\n            baseline {\n              ...FiguresFields\n            }\n            followUp {\n              ...FiguresFields\n            }\n            change {\n              ...EstimateFields\n            }\n            changeVerdict\n            gapBefore {\n              ...GapFields\n            }\n            gapAfter {\n              ...GapFields\n            }\n            gapChange {\n              ...EstimateFields\n            }\n            gapVerdict\n            narrowedBeyondChance\n          }\n          timeSeries {\n            period\n            groups {\n              group\n              code\n              isReference\n              figures {\n                ...FiguresFields\n              }\n              gapToReference {\n                ...EstimateFields\n              }\n            }\n          }\n        }\n      }\n      testimonials {\n        id\n        quote\n        source\n        anonymised\n        attribution\n        citedAs\n        consentStatus\n        consentDate\n        consentNote\n        consentRecordedAt\n        consentRecordedBy {\n          id\n          name\n        }\n        exportable\n        createdAt\n      }\n      readiness {\n        ready\n        checksNotRun\n        uncoveredCriteria {\n          id\n          text\n        }\n        sectionsOverWordLimit {\n          wordCount\n          wordLimit\n          section {\n            id\n            title\n          }\n        }\n        missingSignOffs {\n          slotKey\n          label\n          section {\n            id\n            title\n          }\n        }\n        missingQuantitativeEvidence {\n          message\n          metric {\n            id\n            name\n          }\n        }\n      }\n    }\n    ethnicCategories {\n      code\n      label\n      onsGroup\n    }\n  }\n"];
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
export function graphql(source: "\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n  }\n"): (typeof documents)["\n  query SectionSync($sectionId: ID!, $stateVector: String) {\n    sectionSync(sectionId: $sectionId, stateVector: $stateVector) {\n      update\n      stateVector\n      version\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSectionRevision($input: RestoreSectionRevisionInput!) {\n    restoreSectionRevision(input: $input) {\n      section {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionRevisions($entryId: ID!) {\n    entry(id: $entryId) {\n      id\n      sections {\n        id\n        revisions(first: 20) {\n          totalCount\n          nodes {\n            id\n            createdAt\n            reason\n            version\n            wordCount\n            markdown\n            authors {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryTeam($id: ID!) {\n    me {\n      id\n    }\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      members {\n        id\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;