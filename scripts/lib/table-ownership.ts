// Which Postgres schema owns each Prisma model, and which models a piece of source code touches.
// Used to enforce that a subgraph reads and writes only its own domain's tables.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Maps each Prisma model name to the Postgres schema named by its @@schema attribute. */
export function modelSchemas(schemaDir: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.prisma'))) {
    const text = readFileSync(path.join(schemaDir, file), 'utf8');
    for (const match of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
      const schema = match[2]?.match(/@@schema\("(\w+)"\)/)?.[1];
      if (match[1] && schema) owners.set(match[1], schema);
    }
  }
  return owners;
}

const delegateName = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);

/** Models reached through a Prisma delegate (`x.user.findMany`) or named in raw SQL as `"schema".`. */
export function touchedSchemas(source: string, owners: Map<string, string>): { model: string; schema: string }[] {
  const touched: { model: string; schema: string }[] = [];
  for (const [model, schema] of owners) {
    const delegate = new RegExp(`\\.${delegateName(model)}\\.(find|create|update|upsert|delete|count|aggregate|groupBy)`, 'g');
    if (delegate.test(source)) touched.push({ model, schema });
  }
  const schemas = new Set(owners.values());
  for (const match of source.matchAll(/"(\w+)"\."\w+"/g)) {
    if (match[1] && schemas.has(match[1])) touched.push({ model: `raw SQL ${match[0]}`, schema: match[1] });
  }
  return touched;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}
