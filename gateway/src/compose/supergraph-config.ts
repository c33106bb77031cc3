// Reads supergraph.yaml (Rover's format), so `rover supergraph compose` and our composer agree on
// which subgraphs exist, where they are served and where their printed SDL lives.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface SubgraphEntry {
  /** Subgraph name; also names its folder under subgraphs/. */
  name: string;
  /** Where the gateway sends this subgraph's fetches unless overridden at start. */
  routingUrl: string;
  /** Absolute path of the committed printed SDL. */
  schemaFile: string;
}

export interface SupergraphConfig {
  federationVersion: string;
  subgraphs: SubgraphEntry[];
}

export class SupergraphConfigError extends Error {}

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SupergraphConfigError(`${where} must be a mapping.`);
  }
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new SupergraphConfigError(`${where} must be a non-empty string.`);
  return value;
}

/** Parses the config text; relative schema paths resolve against `baseDir` (the file's folder). */
export function parseSupergraphConfig(text: string, baseDir: string): SupergraphConfig {
  const root = objectAt(parseYaml(text), 'supergraph.yaml');
  const federationVersion = String(root.federation_version ?? '');
  if (!/^=?2(\.|$)/.test(federationVersion)) {
    throw new SupergraphConfigError('supergraph.yaml: federation_version must name Federation 2 (e.g. "=2.14.4").');
  }
  const subgraphs = Object.entries(objectAt(root.subgraphs, 'supergraph.yaml: subgraphs')).map(([name, raw]) => {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      throw new SupergraphConfigError(`supergraph.yaml: subgraph name "${name}" must be lower-case letters, digits or _.`);
    }
    const entry = objectAt(raw, `supergraph.yaml: subgraphs.${name}`);
    const schema = objectAt(entry.schema, `supergraph.yaml: subgraphs.${name}.schema`);
    return {
      name,
      routingUrl: stringAt(entry.routing_url, `supergraph.yaml: subgraphs.${name}.routing_url`),
      schemaFile: resolve(baseDir, stringAt(schema.file, `supergraph.yaml: subgraphs.${name}.schema.file`)),
    };
  });
  if (subgraphs.length === 0) throw new SupergraphConfigError('supergraph.yaml lists no subgraphs.');
  return { federationVersion, subgraphs };
}

export function readSupergraphConfig(path: string): SupergraphConfig {
  return parseSupergraphConfig(readFileSync(path, 'utf8'), dirname(path));
}
