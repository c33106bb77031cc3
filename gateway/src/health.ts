// /health for the whole graph: the gateway is only healthy when every subgraph it routes to is.
// Each subgraph's /health sits next to its GraphQL path (http://host:4001/graphql → /health).
import type { SubgraphEndpoint } from './supergraph-subgraphs';

/** How long one subgraph may take to answer its health check. */
const SUBGRAPH_HEALTH_TIMEOUT_MS = 2000;

export interface SubgraphHealth {
  status: 'ok' | 'down';
  /** HTTP status the subgraph answered with, or the reason it could not be reached. */
  detail: string;
}

export interface GraphHealth {
  status: 'ok' | 'degraded' | 'stopping';
  service: 'gateway';
  subgraphs: Record<string, SubgraphHealth>;
}

export function healthUrlOf(graphqlUrl: string): string {
  return new URL('health', graphqlUrl).toString();
}

async function checkSubgraph(endpoint: SubgraphEndpoint): Promise<SubgraphHealth> {
  try {
    const response = await fetch(healthUrlOf(endpoint.url), { signal: AbortSignal.timeout(SUBGRAPH_HEALTH_TIMEOUT_MS) });
    await response.body?.cancel();
    return { status: response.ok ? 'ok' : 'down', detail: `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    return { status: 'down', detail: cause ?? (error instanceof Error ? error.message : 'unreachable') };
  }
}

export async function checkGraphHealth(subgraphs: SubgraphEndpoint[], stopping: boolean): Promise<GraphHealth> {
  const results = await Promise.all(subgraphs.map(async (subgraph) => [subgraph.name, await checkSubgraph(subgraph)] as const));
  const allUp = results.every(([, health]) => health.status === 'ok');
  return {
    status: stopping ? 'stopping' : allUp ? 'ok' : 'degraded',
    service: 'gateway',
    subgraphs: Object.fromEntries(results),
  };
}
