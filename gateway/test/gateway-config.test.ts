// The gateway process reads its environment the way every other process does, so shared values (the
// storage folder, secrets, ports) cannot disagree between the gateway and the subgraphs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPlatformConfig } from '@scrollforge/kit/src/platform-config';
import { createLocalDiskStorage } from '@scrollforge/kit/src/storage';
import { readGatewayConfig } from '../src/gateway-config';

const ROOT = path.resolve(__dirname, '../..');
const SECRETS = {
  GATEWAY_SIGNING_SECRET: 'config-test-signing-secret-0123456789abcdef',
  JWT_SECRET: 'config-test-jwt-secret-0123456789abcdef01234',
  FILE_SIGNING_SECRET: 'config-test-file-secret-0123456789abcdef0123',
};

test('needs no database, and names a missing secret with what to set', () => {
  expect(() => readGatewayConfig(ROOT, { GATEWAY_SIGNING_SECRET: SECRETS.GATEWAY_SIGNING_SECRET })).toThrow(
    /Environment variable JWT_SECRET is not set\. Set it to the same random value/,
  );
  expect(() => readGatewayConfig(ROOT, SECRETS)).not.toThrow();
});

test('stores files in the same folder the subgraphs write to, following DATA_DIR', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gateway-config-'));
  const env = { ...SECRETS, DATA_DIR: dataDir, DATABASE_URL: 'postgresql://unused' };
  const gateway = readGatewayConfig(ROOT, env);
  const subgraphSide = readPlatformConfig({ embedded: false }, env);
  expect(subgraphSide.storageDir).toBe(path.join(dataDir, 'files'));
  await createLocalDiskStorage(subgraphSide.storageDir).put('avatars/probe.png', Buffer.from('png'), 'image/png');
  expect(await gateway.storage.get('avatars/probe.png')).toMatchObject({ contentType: 'image/png' });
});

test('takes secrets, port (PORT as a fallback), CORS origins and proxy trust from the environment', () => {
  const config = readGatewayConfig(ROOT, { ...SECRETS, PORT: '4321', CORS_ORIGINS: 'https://a.test, https://b.test', TRUST_PROXY: 'true', NODE_ENV: 'production' });
  expect(config).toMatchObject({
    port: 4321,
    signingSecret: SECRETS.GATEWAY_SIGNING_SECRET,
    jwtSecret: SECRETS.JWT_SECRET,
    fileSigningSecret: SECRETS.FILE_SIGNING_SECRET,
    corsOrigins: ['https://a.test', 'https://b.test'],
    trustProxy: true,
    production: true,
  });
  expect(readGatewayConfig(ROOT, { ...SECRETS, PORT: '4321', GATEWAY_PORT: '4555' }).port).toBe(4555);
  expect(() => readGatewayConfig(ROOT, { ...SECRETS, GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT="eighty" is not a port number/);
});
