import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createS3Storage } from '../src/storage';
import { sha256Hex, signRequest } from '../src/storage/sigv4';

const awsExampleCredentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' };
const signatureOf = (headers: Record<string, string>) => /Signature=([0-9a-f]{64})$/.exec(headers.authorization ?? '')?.[1];

describe('SigV4 signing', () => {
  // The worked examples of AWS's "Signature Calculations for the Authorization Header" (S3 API reference).
  test('matches the AWS GET Object example', () => {
    const headers = signRequest(awsExampleCredentials, {
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9' },
      payloadHash: sha256Hex(''),
      now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(headers.authorization).toContain('SignedHeaders=host;range;x-amz-content-sha256;x-amz-date');
    expect(signatureOf(headers)).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  test('matches the AWS PUT Object example', () => {
    const headers = signRequest(awsExampleCredentials, {
      method: 'PUT',
      url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
      payloadHash: sha256Hex('Welcome to Amazon S3.'),
      now: new Date('2013-05-24T00:00:00Z'),
    });
    expect(signatureOf(headers)).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });
});

/** A tiny S3 lookalike that accepts only requests signed with its secret over the body actually sent. */
function startFakeS3(secretAccessKey: string): Promise<{ server: Server; endpoint: string; rejected: () => number }> {
  const objects = new Map<string, { bytes: Buffer; contentType: string }>();
  let rejectedCount = 0;
  const verify = (request: IncomingMessage, body: Buffer, endpoint: string): boolean => {
    const authorization = request.headers.authorization ?? '';
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$/.exec(authorization);
    const amzDate = String(request.headers['x-amz-date'] ?? '');
    if (!match || request.headers['x-amz-content-sha256'] !== sha256Hex(body)) return false;
    const signed = (match[3] ?? '').split(';').filter((name) => !['host', 'x-amz-date', 'x-amz-content-sha256'].includes(name));
    const expected = signRequest(
      { accessKeyId: match[1] ?? '', secretAccessKey, region: match[2] ?? '' },
      {
        method: request.method ?? '',
        url: new URL(request.url ?? '/', endpoint),
        headers: Object.fromEntries(signed.map((name) => [name, String(request.headers[name] ?? '')])),
        payloadHash: sha256Hex(body),
        now: new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')),
      },
    );
    return expected.authorization === authorization;
  };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const endpoint = `http://${request.headers.host}`;
    if (!verify(request, body, endpoint)) {
      rejectedCount += 1;
      response.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', endpoint).pathname);
    if (request.method === 'PUT') {
      objects.set(path, { bytes: body, contentType: String(request.headers['content-type']) });
      response.writeHead(200).end();
    } else if (request.method === 'GET') {
      const object = objects.get(path);
      if (!object) response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      else response.writeHead(200, { 'content-type': object.contentType }).end(object.bytes);
    } else if (request.method === 'DELETE') {
      objects.delete(path);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, rejected: () => rejectedCount }),
    ),
  );
}

describe('S3 storage', () => {
  const secretAccessKey = 'local-secret-key';
  let fake: Awaited<ReturnType<typeof startFakeS3>>;
  beforeAll(async () => {
    fake = await startFakeS3(secretAccessKey);
  });
  afterAll(async () => {
    await new Promise((resolve) => fake.server.close(resolve));
  });

  test('puts, gets and deletes an object with signed requests', async () => {
    const storage = createS3Storage({ endpoint: fake.endpoint, bucket: 'uploads', region: 'us-east-1', accessKeyId: 'local', secretAccessKey });
    const bytes = Buffer.from('%PDF-1.7 transcript');
    await storage.put('transcripts/u1/2025.pdf', bytes, 'application/pdf');
    expect(await storage.get('transcripts/u1/2025.pdf')).toEqual({ bytes, contentType: 'application/pdf' });
    await storage.delete('transcripts/u1/2025.pdf');
    expect(await storage.get('transcripts/u1/2025.pdf')).toBeNull();
    expect(fake.rejected()).toBe(0);
  });

  test('surfaces the server refusing a wrong secret', async () => {
    const storage = createS3Storage({ endpoint: fake.endpoint, bucket: 'uploads', region: 'us-east-1', accessKeyId: 'local', secretAccessKey: 'wrong' });
    await expect(storage.put('a.png', Buffer.from('x'), 'image/png')).rejects.toThrow(/HTTP 403.*SignatureDoesNotMatch/);
    expect(fake.rejected()).toBe(1);
  });
});
