// Raw HTTP for tests: full control of headers (Origin, forged auth) and access to every response header.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

export interface GraphQLResponse<T> {
  status: number;
  headers: IncomingHttpHeaders;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = JSON.parse(response.text) as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
  return { status: response.status, headers: response.headers, ...body };
}

export { errorCodes as codesOf } from '@scrollforge/kit/src/testing/graphql-client';
