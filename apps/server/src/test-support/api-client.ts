import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * The variables argument for an operation: required when the operation has a required variable,
 * optional otherwise (an operation without variables has `{ [key: string]: never }`).
 */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** A typed document's text, as it goes in a request's body; a string goes as it is (for malformed or invalid requests). */
export function queryText(document: TypedDocumentNode<any, any> | string): string {
  return typeof document === 'string' ? document : print(document);
}

/** Talks GraphQL over real HTTP to a running server, keeping its session cookie like a browser. */
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export class ApiClient {
  cookie?: string;

  constructor(
    readonly baseUrl: string,
    private readonly bearer?: string,
  ) {}

  /** A client that authenticates with an API token instead of a cookie. */
  withToken(secret: string): ApiClient {
    return new ApiClient(this.baseUrl, secret);
  }

  /**
   * Sends a document typed by `graphql()` from test-support/gql (answer and variables typed from it), or a
   * string: only for requests meant to be malformed or invalid, which codegen would refuse.
   */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<GraphQLResponse<TData>>;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  async request(document: TypedDocumentNode<any, any> | string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>> {
    return this.post(JSON.stringify({ query: queryText(document), variables }));
  }

  /** Sends a raw body, for malformed-request tests. */
  async post<T>(body: string, contentType = 'application/json'): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...json };
  }

  /** The data of a request that must succeed; throws with the errors otherwise. */
  ok<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<TData>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok(document: TypedDocumentNode<any, any> | string, variables?: Record<string, unknown>): Promise<any> {
    const result = await this.request(document as string, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The `extensions.code` of the first error, or 'OK' when there was none. */
export function codeOf(result: GraphQLResponse<unknown>): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}
