/** A minimal GraphQL client for the demo and the tests: one POST per operation. */
export class GraphqlError extends Error {
  readonly code: string | undefined;
  readonly errors: unknown[];

  constructor(message: string, code: string | undefined, errors: unknown[]) {
    super(message);
    this.name = 'GraphqlError';
    this.code = code;
    this.errors = errors;
  }
}

export class GraphqlClient {
  private readonly url: string;
  private readonly token: string;

  constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  withToken(token: string): GraphqlClient {
    return new GraphqlClient(this.url, token);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length) {
      const first = body.errors[0]!;
      throw new GraphqlError(first.message, first.extensions?.code, body.errors);
    }
    if (!body.data) throw new GraphqlError(`HTTP ${response.status} without data`, undefined, []);

    return body.data;
  }
}
