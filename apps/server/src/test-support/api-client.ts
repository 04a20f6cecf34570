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

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    return this.post(JSON.stringify({ query, variables }));
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
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The `extensions.code` of the first error, or 'OK' when there was none. */
export function codeOf(result: GraphQLResponse): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}
