import { MAX_MENTIONS, mentionedUserIds } from '../src/mentions';

const ada = '0f8fad5b-d9cb-469f-a165-70867728950e';
const bob = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

test('finds each mentioned person once, in order, lower-cased', () => {
  expect(mentionedUserIds(`Hi @[Ada](${ada.toUpperCase()}) and @[Bob B.](${bob}), thanks @[Ada](${ada})`)).toEqual([ada, bob]);
});

test('ignores plain @names, broken tokens and ids that are not UUIDs', () => {
  expect(mentionedUserIds(`@Ada @[Ada](not-an-id) @[](${ada}) [Ada](${ada}) @[Ada]\n(${ada})`)).toEqual([]);
});

test(`stops at ${MAX_MENTIONS} people`, () => {
  const ids = Array.from({ length: 25 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
  expect(mentionedUserIds(ids.map((id) => `@[P](${id})`).join(' '))).toEqual(ids.slice(0, MAX_MENTIONS));
});
