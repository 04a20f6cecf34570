// The generated src/gql files import types from @graphql-typed-document-node/core, a dependency
// of @apollo/client but not of this package, so TypeScript cannot find it from here. These are
// its declarations (v3.2, MIT), structurally the same types Apollo Client uses; the imports are
// type-only, so nothing changes at run time. Delete this file once the package is a devDependency.
declare module '@graphql-typed-document-node/core' {
  import type { DocumentNode } from 'graphql';
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
  }
  export interface TypedDocumentNode<TResult = { [key: string]: any }, TVariables = { [key: string]: any }>
    extends DocumentNode,
      DocumentTypeDecoration<TResult, TVariables> {}
  export type ResultOf<T> = T extends DocumentTypeDecoration<infer ResultType, any> ? ResultType : never;
  export type VariablesOf<T> = T extends DocumentTypeDecoration<any, infer VariablesType> ? VariablesType : never;
}
