// Reads the gateway's environment once into startGateway options; every missing value fails with
// what to set.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isProduction, optionalEnv, portEnv, requireEnv } from '@scrollforge/kit/src/env';
import { createLocalDiskStorage } from '@scrollforge/kit/src/storage';
import type { GatewayOptions } from './options';
import { subgraphsOfSupergraph } from './supergraph-subgraphs';

const SECRET_HINT = 'Set it to the same random value (≥ 32 chars, e.g. `openssl rand -hex 32`) in the gateway and every subgraph.';

/** `users` → `USERS_URL`: the variable that overrides a subgraph's routing URL. */
export function subgraphUrlEnvName(subgraphName: string): string {
  return `${subgraphName.toUpperCase()}_URL`;
}

export function readGatewayConfig(repoRoot: string, env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const supergraphPath = resolve(repoRoot, optionalEnv('SUPERGRAPH', env) ?? 'gateway/supergraph.graphql');
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw new Error(`No supergraph at ${supergraphPath}. Run \`npm run compose\` or set SUPERGRAPH to the composed file.`);
  }
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of subgraphsOfSupergraph(supergraphSdl)) {
    const url = optionalEnv(subgraphUrlEnvName(name), env);
    if (url !== undefined) subgraphUrls[name] = url;
  }
  return {
    port: portEnv('GATEWAY_PORT', 4000, env),
    host: optionalEnv('GATEWAY_HOST', env) ?? '127.0.0.1',
    supergraphSdl,
    subgraphUrls,
    signingSecret: requireEnv('GATEWAY_SIGNING_SECRET', SECRET_HINT, env),
    jwtSecret: requireEnv('JWT_SECRET', SECRET_HINT, env),
    fileSigningSecret: requireEnv('FILE_SIGNING_SECRET', SECRET_HINT, env),
    storage: createLocalDiskStorage(resolve(repoRoot, optionalEnv('STORAGE_DIR', env) ?? '.data/files')),
    corsOrigins: (optionalEnv('CORS_ORIGINS', env) ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    production: isProduction(env),
    trustProxy: optionalEnv('TRUST_PROXY', env) === 'true',
    staticDir: resolve(repoRoot, optionalEnv('STATIC_DIR', env) ?? 'web/dist'),
    defaultMetrics: true,
  };
}
