// A tiny GraphQL-over-HTTP client for tests and scripts: returns data and errors as sent.
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`Non-JSON response (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
