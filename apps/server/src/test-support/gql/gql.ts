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
    "\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.FactoriesLogInDocument,
    "\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n": typeof types.LiveEditorSectionUpdatedDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": typeof types.LiveEditorSectionSyncDocument,
    "\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": typeof types.LiveEditorApplyUpdateDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": typeof types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": typeof types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": typeof types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": typeof types.EntryEventsOfEntryDocument,
};
const documents: Documents = {
    "\n  mutation FactoriesLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.FactoriesLogInDocument,
    "\n  subscription LiveEditorSectionUpdated($s: ID!) {\n    sectionUpdated(sectionId: $s) {\n      update\n      clientId\n    }\n  }\n": types.LiveEditorSectionUpdatedDocument,
    "\n  query LiveEditorSectionSync($s: ID!, $v: String) {\n    sectionSync(sectionId: $s, stateVector: $v) {\n      update\n      stateVector\n    }\n  }\n": types.LiveEditorSectionSyncDocument,
    "\n  mutation LiveEditorApplyUpdate($i: ApplySectionUpdateInput!) {\n    applySectionUpdate(input: $i) {\n      version\n    }\n  }\n": types.LiveEditorApplyUpdateDocument,
    "\n  mutation ReviewSignOff($i: SignOffSectionInput!) {\n    signOffSection(input: $i) {\n      signOff {\n        id\n        slotKey\n        meaning\n        role\n        stale\n        current\n        markdown\n      }\n      entry {\n        state\n      }\n    }\n  }\n": types.ReviewSignOffDocument,
    "\n  query ReviewEntryState($id: ID!) {\n    entry(id: $id) {\n      state\n    }\n  }\n": types.ReviewEntryStateDocument,
    "\n  query ReviewSectionHashes($id: ID!) {\n    entry(id: $id) {\n      sections {\n        id\n        contentHash\n        version\n      }\n    }\n  }\n": types.ReviewSectionHashesDocument,
    "\n  subscription EntryEventsOfEntry($e: ID!) {\n    entryEvents(entryId: $e) {\n      kind\n      entryId\n      sectionId\n      commentId\n      threadId\n      signOffId\n      membershipId\n      userId\n      actorId\n      state\n      at\n    }\n  }\n": types.EntryEventsOfEntryDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;