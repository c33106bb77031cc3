// Storage in an S3-compatible bucket over plain fetch and SigV4, addressed path-style
// (`<endpoint>/<bucket>/<key>`), which AWS, MinIO and most compatible servers accept.
import { assertValidKey } from './object-key';
import { sha256Hex, signRequest } from './sigv4';
import type { Storage } from './storage';

export interface S3StorageOptions {
  /** Base URL of the service, e.g. "https://s3.eu-west-1.amazonaws.com" or "http://127.0.0.1:9000". */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function createS3Storage(options: S3StorageOptions): Storage {
  const base = options.endpoint.replace(/\/+$/, '');
  const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey, region: options.region };
  const objectUrl = (key: string) => {
    assertValidKey(key);
    return new URL(`${base}/${encodeURIComponent(options.bucket)}/${key}`);
  };
  const send = async (method: string, key: string, body?: Buffer, contentType?: string) => {
    const url = objectUrl(key);
    const headers = signRequest(credentials, {
      method,
      url,
      headers: contentType ? { 'content-type': contentType } : {},
      payloadHash: sha256Hex(body ?? ''),
    });
    return fetch(url, { method, headers, body });
  };
  const failure = async (action: string, key: string, response: Response) =>
    new Error(`S3 ${action} of "${key}" failed with HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);

  return {
    async put(key, bytes, contentType) {
      const response = await send('PUT', key, bytes, contentType);
      if (!response.ok) throw await failure('PUT', key, response);
      await response.arrayBuffer();
    },
    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw await failure('GET', key, response);
      return {
        bytes: Buffer.from(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      const response = await send('DELETE', key);
      // S3 answers 204 whether or not the key existed; some compatible servers answer 404.
      if (!response.ok && response.status !== 404) throw await failure('DELETE', key, response);
      await response.arrayBuffer();
    },
  };
}
