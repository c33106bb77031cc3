// Catalog cursors as pure functions: they round-trip exactly, and anything else is BAD_USER_INPUT.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { decodeCatalogCursor, encodeCatalogCursor, type CatalogPosition } from '../src/catalog/catalog-cursor';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return 'no error';
}

test('a cursor reads back to the exact position it was made from, fractions and text included', () => {
  const position: CatalogPosition = { sort: 'relevance', numberKey: -0.0607927106320858, textKey: 'naïve "quoted" title', id: randomUUID() };
  expect(decodeCatalogCursor(encodeCatalogCursor(position), 'relevance', 'after')).toEqual(position);
});

test('a cursor is opaque text safe in URLs', () => {
  const cursor = encodeCatalogCursor({ sort: 'title', numberKey: 0, textKey: 'a/b+c', id: randomUUID() });
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
});

test('a cursor made for one sort order is refused for another, naming the argument', () => {
  const cursor = encodeCatalogCursor({ sort: 'title', numberKey: 0, textKey: 'a', id: randomUUID() });
  expect(codeOf(() => decodeCatalogCursor(cursor, 'newest', 'before'))).toEqual({ code: 'BAD_USER_INPUT', field: 'before' });
});

test.each([
  ['random text', 'hello'],
  ['base64 of something else', Buffer.from('{"sort":"title"}').toString('base64url')],
  ['a cursor with broken JSON', Buffer.from('catalog:{nope').toString('base64url')],
  ['a cursor whose id is not a UUID', Buffer.from('catalog:{"sort":"title","numberKey":0,"textKey":"","id":"x"}').toString('base64url')],
  ['a cursor with a non-finite number', Buffer.from('catalog:{"sort":"title","numberKey":"NaN","textKey":"","id":"00000000-0000-4000-8000-000000000000"}').toString('base64url')],
  ['an overlong cursor', 'a'.repeat(5000)],
])('%s is BAD_USER_INPUT', (_name, cursor) => {
  expect(codeOf(() => decodeCatalogCursor(cursor, 'title', 'after'))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
});
