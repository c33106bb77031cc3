import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printTutorSchema } from '../src/schema/print';

describe('tutor subgraph schema', () => {
  it('matches the committed schema.graphql (regenerate with `npm run compose`)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(printTutorSchema()).toBe(committed);
  });
});
