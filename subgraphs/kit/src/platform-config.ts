// Everything a ScrollForge process reads from its environment, read once. Embedded mode fills in
// local defaults (a data folder, generated secrets); services mode insists on real values.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProduction, optionalEnv, portEnv, requireEnv } from './env';

export interface PlatformSecrets {
  /** HMAC secret for the gateway-signed viewer header. */
  gatewaySigning: string;
  /** HMAC secret for access JWTs. */
  jwt: string;
  /** HMAC secret for signed file URLs. */
  fileSigning: string;
}

export interface PlatformConfig {
  /** PostgreSQL URL; undefined in embedded mode until the embedded server starts. */
  databaseUrl: string | undefined;
  /** Redis URL; undefined means in-process pub/sub and event bus. */
  redisUrl: string | undefined;
  /** SMTP URL; undefined means the dev mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Folder for embedded state: PGlite data, stored files, dev secrets. @default .data */
  dataDir: string;
  storageDir: string;
  secrets: PlatformSecrets;
  production: boolean;
  corsOrigins: string[];
  /** Trust X-Forwarded-For from a proxy in front of the gateway. */
  trustProxy: boolean;
  gatewayHost: string;
  gatewayPort: number;
  /** The environment this config was read from; domains read their own settings (the tutor's model) from it. */
  env: Readonly<Record<string, string | undefined>>;
}

const SECRET_NAMES: Record<keyof PlatformSecrets, string> = {
  gatewaySigning: 'GATEWAY_SIGNING_SECRET',
  jwt: 'JWT_SECRET',
  fileSigning: 'FILE_SIGNING_SECRET',
};

/**
 * Secrets for local runs are generated once and kept under the data folder, so tokens and file links
 * survive a restart. Values set in the environment always win.
 */
function localSecrets(dataDir: string, env: NodeJS.ProcessEnv): PlatformSecrets {
  const file = path.join(dataDir, 'dev-secrets.json');
  let stored: Partial<PlatformSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<PlatformSecrets>;
  const secrets = {} as PlatformSecrets;
  let changed = false;
  for (const [key, name] of Object.entries(SECRET_NAMES) as [keyof PlatformSecrets, string][]) {
    const fromEnv = optionalEnv(name, env);
    if (fromEnv !== undefined) secrets[key] = fromEnv;
    else if (stored[key] !== undefined) secrets[key] = stored[key];
    else {
      secrets[key] = stored[key] = randomBytes(32).toString('hex');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return secrets;
}

function requiredSecrets(env: NodeJS.ProcessEnv): PlatformSecrets {
  const read = (name: string) => requireEnv(name, 'Set it to the same random value (≥ 32 chars, e.g. `openssl rand -hex 32`) in the gateway and every subgraph.', env);
  return {
    gatewaySigning: read(SECRET_NAMES.gatewaySigning),
    jwt: read(SECRET_NAMES.jwt),
    fileSigning: read(SECRET_NAMES.fileSigning),
  };
}

export interface ReadPlatformConfigOptions {
  /** Embedded mode: a missing database is started locally and missing secrets are generated. */
  embedded: boolean;
  /** Whether this process talks to the database (the gateway does not). @default true */
  usesDatabase?: boolean;
}

export function readPlatformConfig(options: ReadPlatformConfigOptions, env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const dataDir = path.resolve(optionalEnv('DATA_DIR', env) ?? '.data');
  const production = isProduction(env);
  const databaseUrl = optionalEnv('DATABASE_URL', env);
  if (!options.embedded && (options.usesDatabase ?? true) && databaseUrl === undefined) {
    requireEnv('DATABASE_URL', 'Point it at PostgreSQL, e.g. postgresql://postgres@127.0.0.1:5432/scrollforge (or use `npm start` for the embedded database).', env);
  }
  const secrets = options.embedded && !production ? localSecrets(dataDir, env) : requiredSecrets(env);
  const gatewayPort = optionalEnv('GATEWAY_PORT', env) !== undefined ? portEnv('GATEWAY_PORT', 4000, env) : portEnv('PORT', 4000, env);
  return {
    databaseUrl,
    redisUrl: optionalEnv('REDIS_URL', env),
    smtpUrl: optionalEnv('SMTP_URL', env),
    mailFrom: optionalEnv('MAIL_FROM', env) ?? 'ScrollForge <no-reply@scrollforge.local>',
    dataDir,
    storageDir: path.resolve(optionalEnv('STORAGE_DIR', env) ?? path.join(dataDir, 'files')),
    secrets,
    production,
    corsOrigins: (optionalEnv('CORS_ORIGINS', env) ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    trustProxy: optionalEnv('TRUST_PROXY', env) === 'true',
    gatewayHost: optionalEnv('GATEWAY_HOST', env) ?? '127.0.0.1',
    gatewayPort,
    env: { ...env },
  };
}
