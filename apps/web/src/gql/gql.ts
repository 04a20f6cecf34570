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
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": typeof types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
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
    "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n": types.EntryWorkspaceDocument,
    "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n": types.TemplatesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      entry {\n        id\n        title\n      }\n      membership {\n        id\n        role\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      entryTitle\n      role\n      invitedByName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
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
export function graphql(source: "\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryWorkspace($id: ID!) {\n    entry(id: $id) {\n      id\n      title\n      state\n      viewerRole\n      template {\n        id\n        award\n        name\n      }\n      abilities {\n        canManageTeam\n      }\n      sections {\n        id\n        position\n        title\n        guidance\n        wordLimit\n        criteria {\n          id\n          position\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Templates {\n    templates {\n      id\n      award\n      name\n      description\n    }\n  }\n"];
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