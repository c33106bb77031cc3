import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printAdmissionsSchema } from '../src/schema/print';

describe('admissions subgraph schema', () => {
  it('matches the committed schema.graphql (regenerate with `npm run compose`)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(printAdmissionsSchema()).toBe(committed);
  });
});
