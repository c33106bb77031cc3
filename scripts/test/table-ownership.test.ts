// Each domain owns its tables: a subgraph's code touches only models of its own Postgres schema.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { modelSchemas, sourceFiles, touchedSchemas } from '../lib/table-ownership';

const ROOT = path.resolve(__dirname, '../..');
const owners = modelSchemas(path.join(ROOT, 'prisma/schema'));
const domains = readdirSync(path.join(ROOT, 'subgraphs')).filter((name) => name !== 'kit');

test('every model belongs to a schema', () => {
  expect(owners.get('User')).toBe('users');
  expect(owners.get('DevMail')).toBe('platform');
});

test('the check notices a subgraph reaching into another domain', () => {
  const snippet = 'await ctx.prisma.user.findMany(); await tx.$queryRawUnsafe(\'SELECT * FROM "users"."user"\')';
  expect(touchedSchemas(snippet, owners).map((touch) => touch.schema)).toEqual(['users', 'users']);
});

test.each(domains)('the %s subgraph touches only its own tables', (domain) => {
  const foreign = sourceFiles(path.join(ROOT, 'subgraphs', domain, 'src')).flatMap((file) =>
    touchedSchemas(readFileSync(file, 'utf8'), owners)
      .filter((touch) => touch.schema !== domain)
      .map((touch) => `${path.relative(ROOT, file)}: ${touch.model} (${touch.schema})`),
  );
  expect(foreign).toEqual([]);
});
