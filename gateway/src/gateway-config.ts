// Reads the gateway's environment once into startGateway options; every missing value fails with
// what to set.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { optionalEnv, subgraphUrlEnvName } from '@scrollforge/kit/src/env';
import { readPlatformConfig } from '@scrollforge/kit/src/platform-config';
import { createLocalDiskStorage } from '@scrollforge/kit/src/storage';
import type { GatewayOptions } from './options';
import { PUBLIC_SUPERGRAPH_FILE, readPublicSupergraph } from './public/public-supergraph-file';
import { subgraphsOfSupergraph } from './supergraph-subgraphs';

export function readGatewayConfig(repoRoot: string, env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const supergraphPath = resolve(repoRoot, optionalEnv('SUPERGRAPH', env) ?? 'gateway/supergraph.graphql');
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw new Error(`No supergraph at ${supergraphPath}. Run \`npm run compose\` or set SUPERGRAPH to the composed file.`);
  }
  // Without a composed public graph the gateway serves none, unless PUBLIC_SUPERGRAPH names a file that is missing.
  const publicSupergraphFile = optionalEnv('PUBLIC_SUPERGRAPH', env);
  const publicSupergraphSdl = readPublicSupergraph(resolve(repoRoot, publicSupergraphFile ?? PUBLIC_SUPERGRAPH_FILE));
  if (publicSupergraphFile !== undefined && publicSupergraphSdl === undefined) {
    throw new Error(`No public supergraph at ${resolve(repoRoot, publicSupergraphFile)}. Run \`npm run compose\` or fix PUBLIC_SUPERGRAPH.`);
  }
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of subgraphsOfSupergraph(supergraphSdl)) {
    const url = optionalEnv(subgraphUrlEnvName(name), env);
    if (url !== undefined) subgraphUrls[name] = url;
  }
  // Secrets, ports, CORS, proxy trust and the storage folder are the platform's, read as every process reads them.
  const platform = readPlatformConfig({ embedded: false, usesDatabase: false }, env);
  return {
    port: platform.gatewayPort,
    host: platform.gatewayHost,
    supergraphSdl,
    publicSupergraphSdl,
    subgraphUrls,
    signingSecret: platform.secrets.gatewaySigning,
    jwtSecret: platform.secrets.jwt,
    fileSigningSecret: platform.secrets.fileSigning,
    storage: createLocalDiskStorage(platform.storageDir),
    corsOrigins: platform.corsOrigins,
    production: platform.production,
    trustProxy: platform.trustProxy,
    redisUrl: platform.redisUrl,
    staticDir: resolve(repoRoot, optionalEnv('STATIC_DIR', env) ?? 'web/dist'),
    defaultMetrics: true,
  };
}
