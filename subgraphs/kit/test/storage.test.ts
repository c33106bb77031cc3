import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { checkUpload, createLocalDiskStorage, signFileUrl, verifyFileUrl, type Storage } from '../src/storage';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(24)]);
const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(24)]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(16)]);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const html = Buffer.from('<!doctype html><script>alert(1)</script>');

describe('local disk storage', () => {
  let dir: string;
  let storage: Storage;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kit-storage-'));
    storage = createLocalDiskStorage(dir);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('stores bytes and content type under a nested key and reads them back', async () => {
    await storage.put('avatars/u1/photo.png', png, 'image/png');
    expect(await storage.get('avatars/u1/photo.png')).toEqual({ bytes: png, contentType: 'image/png' });
  });

  test('overwrites an object and deletes it; a missing key reads as null', async () => {
    await storage.put('doc.pdf', png, 'image/png');
    await storage.put('doc.pdf', pdf, 'application/pdf');
    expect(await storage.get('doc.pdf')).toEqual({ bytes: pdf, contentType: 'application/pdf' });
    await storage.delete('doc.pdf');
    expect(await storage.get('doc.pdf')).toBeNull();
    await expect(storage.delete('doc.pdf')).resolves.toBeUndefined();
  });

  test.each(['../escape', 'a/../../escape', '/etc/passwd', 'a//b', '.hidden', 'a/./b', 'a\\b', 'spaces here', ''])(
    'refuses the key %p',
    async (key) => {
      await expect(storage.put(key, png, 'image/png')).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    },
  );

  test('writes nothing outside its directory', async () => {
    await expect(storage.put('../outside.png', png, 'image/png')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('signed file URLs', () => {
  const secret = 'test-secret';
  const now = Date.UTC(2025, 0, 1);
  const parse = (path: string) => {
    const url = new URL(path, 'http://files.test');
    return {
      key: url.pathname.replace(/^\/files\//, ''),
      expires: url.searchParams.get('expires') ?? '',
      signature: url.searchParams.get('signature') ?? '',
    };
  };

  test('produces a /files path that verifies until it expires', () => {
    const path = signFileUrl(secret, 'avatars/u1/photo.png', 60, now);
    expect(path).toMatch(/^\/files\/avatars\/u1\/photo\.png\?expires=\d+&signature=[\w-]+$/);
    const { key, expires, signature } = parse(path);
    expect(expires).toBe(String(now / 1000 + 60));
    expect(verifyFileUrl(secret, key, expires, signature, now)).toBe(true);
    expect(verifyFileUrl(secret, key, expires, signature, now + 59_999)).toBe(true);
    expect(verifyFileUrl(secret, key, expires, signature, now + 60_000)).toBe(false);
  });

  test('rejects another key, a moved expiry, another secret and a malformed signature', () => {
    const { key, expires, signature } = parse(signFileUrl(secret, 'a.png', 60, now));
    expect(verifyFileUrl(secret, 'b.png', expires, signature, now)).toBe(false);
    expect(verifyFileUrl(secret, key, String(Number(expires) + 3600), signature, now)).toBe(false);
    expect(verifyFileUrl('other-secret', key, expires, signature, now)).toBe(false);
    expect(verifyFileUrl(secret, key, expires, `${signature}x`, now)).toBe(false);
    expect(verifyFileUrl(secret, key, 'soon', signature, now)).toBe(false);
    expect(verifyFileUrl(secret, key, expires, '', now)).toBe(false);
  });
});

describe('upload checks', () => {
  const images = { contentTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'], maxBytes: 1024 };
  const codeOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error instanceof GraphQLError ? { code: error.extensions.code, message: error.message } : error;
    }
    return undefined;
  };

  test.each([
    ['image/png', png],
    ['image/jpeg', jpeg],
    ['image/gif', gif],
    ['image/webp', webp],
    ['IMAGE/PNG; charset=binary', png],
  ])('accepts a real %s', (declaredContentType, bytes) => {
    expect(checkUpload({ bytes, declaredContentType, allowed: images })).toBe(declaredContentType.split(';')[0]!.toLowerCase());
  });

  test('accepts a real PDF where PDFs are allowed', () => {
    expect(checkUpload({ bytes: pdf, declaredContentType: 'application/pdf', allowed: { contentTypes: ['application/pdf'], maxBytes: 100 } })).toBe(
      'application/pdf',
    );
  });

  test('refuses a file whose contents are another type than declared, naming both', () => {
    expect(codeOf(() => checkUpload({ bytes: jpeg, declaredContentType: 'image/png', allowed: images }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/says it is image\/png but its contents are image\/jpeg/),
    });
  });

  test('refuses HTML dressed up as an image', () => {
    expect(codeOf(() => checkUpload({ bytes: html, declaredContentType: 'image/png', allowed: images }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/not a valid image\/png/),
    });
  });

  test('refuses a type that is not allowed, listing the allowed ones', () => {
    expect(codeOf(() => checkUpload({ bytes: pdf, declaredContentType: 'application/pdf', allowed: images }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/not accepted here.*image\/png, image\/jpeg/),
    });
  });

  test('refuses a file over the size limit and an empty file', () => {
    const big = Buffer.concat([png, Buffer.alloc(2048)]);
    expect(codeOf(() => checkUpload({ bytes: big, declaredContentType: 'image/png', allowed: images }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/limit is 1 KB/),
    });
    expect(codeOf(() => checkUpload({ bytes: Buffer.alloc(0), declaredContentType: 'image/png', allowed: images }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  test('is a programming error to allow a type whose contents cannot be verified', () => {
    expect(() => checkUpload({ bytes: html, declaredContentType: 'text/html', allowed: { contentTypes: ['text/html'], maxBytes: 100 } })).toThrow(
      /cannot be verified/,
    );
  });
});
