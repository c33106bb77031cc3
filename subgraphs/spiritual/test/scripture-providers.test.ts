// Reading scripture: public-domain text from the Passage table, licensed translations only through a
// configured provider, and never invented text.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { LicensedScriptureProvider, type FetchLike } from '../src/scripture/licensed-provider';
import { licensedScriptureConfig } from '../src/scripture/scripture-env';

let platform: TestPlatform;

const JUDE_1_25 = 'To the only wise God our Saviour, be glory and majesty, dominion and power, both now and ever. Amen.';
const PASSAGE = 'query P($reference: String!, $translation: String!) { passage(reference: $reference, translation: $translation) { reference translation text } }';

beforeAll(async () => {
  platform = await startTestPlatform();
  await platform.handle.services.prisma.passage.upsert({
    where: { reference_translation: { reference: 'Jude 1:25', translation: 'KJV' } },
    update: {},
    create: { reference: 'Jude 1:25', translation: 'KJV', text: JUDE_1_25 },
  });
});

afterAll(async () => {
  await platform?.stop();
});

test('lists public-domain translations as available and licensed ones as unavailable without a key', async () => {
  const response = await platform.graphql<{ scriptureTranslations: { code: string; licensed: boolean; available: boolean }[] }>(
    '{ scriptureTranslations { code licensed available } }',
  );
  expect(response.data?.scriptureTranslations).toEqual([
    { code: 'KJV', licensed: false, available: true },
    { code: 'WEB', licensed: false, available: true },
    { code: 'NIV', licensed: true, available: false },
    { code: 'ESV', licensed: true, available: false },
    { code: 'NKJV', licensed: true, available: false },
  ]);
});

test('reads a stored public-domain passage from any spelling of its reference', async () => {
  const response = await platform.graphql(PASSAGE, { reference: 'jude 25', translation: 'kjv' });
  expect(response.errors).toBeUndefined();
  expect(response.data?.passage).toEqual({ reference: 'Jude 1:25', translation: 'KJV', text: JUDE_1_25 });
});

test('a passage nobody stored is null, not made up', async () => {
  const response = await platform.graphql(PASSAGE, { reference: 'Obadiah 1:21', translation: 'WEB' });
  expect(response.errors).toBeUndefined();
  expect(response.data?.passage).toBeNull();
});

test('a licensed translation without a provider is BAD_USER_INPUT saying it is unavailable', async () => {
  const response = await platform.graphql(PASSAGE, { reference: 'John 3:16', translation: 'NIV' });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0]!.message).toMatch(/NIV translation is unavailable/);
  expect(response.data?.passage ?? null).toBeNull();
});

test.each([
  ['an unreadable reference', { reference: 'Hezekiah 3:16', translation: 'KJV' }, 'reference'],
  ['a chapter the book does not have', { reference: 'John 22:1', translation: 'KJV' }, 'reference'],
  ['an unknown translation', { reference: 'John 3:16', translation: 'XYZ' }, 'translation'],
  ['an empty reference', { reference: ' ', translation: 'KJV' }, 'reference'],
])('%s is BAD_USER_INPUT on its field', async (_name, variables, field) => {
  const response = await platform.graphql(PASSAGE, variables);
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect(response.errors![0]!.extensions?.field).toBe(field);
});

describe('the licensed provider', () => {
  const config = licensedScriptureConfig({ SCRIPTURE_API_KEY: 'key-1', SCRIPTURE_API_BIBLE_IDS: 'NIV=bible-niv, esv = bible-esv' });

  test('is configured only with a key, and each translation only with its bible id', () => {
    expect(licensedScriptureConfig({})).toBeNull();
    expect(config).toEqual({ apiKey: 'key-1', baseUrl: 'https://rest.api.bible/v1', bibleIds: { NIV: 'bible-niv', ESV: 'bible-esv' } });
    const available = new LicensedScriptureProvider(config).translations().map(({ code, available: open }) => [code, open]);
    expect(available).toEqual([['NIV', true], ['ESV', true], ['NKJV', false]]);
  });

  test('returns the text the API sent as plain text, with the key in the request', async () => {
    const requests: { url: string; headers: Record<string, string> }[] = [];
    const fetchJson: FetchLike = async (url, init) => {
      requests.push({ url, headers: init.headers });
      return { ok: true, status: 200, json: async () => ({ data: { passages: [{ content: '<p class="p"><span data-number="16" class="v">16</span>Licensed &amp; returned text.</p>' }] } }) };
    };
    const passage = await new LicensedScriptureProvider(config, fetchJson).passage('John 3:16', 'NIV');
    expect(passage).toEqual({ reference: 'John 3:16', translation: 'NIV', text: 'Licensed & returned text.' });
    expect(requests[0]!.url).toBe('https://rest.api.bible/v1/bibles/bible-niv/search?query=John%203%3A16&limit=1');
    expect(requests[0]!.headers['api-key']).toBe('key-1');
  });

  test('gives null when the API has no such passage, and never calls out for an unconfigured translation', async () => {
    let calls = 0;
    const fetchJson: FetchLike = async () => {
      calls += 1;
      return { ok: true, status: 200, json: async () => ({ data: { passages: [] } }) };
    };
    const provider = new LicensedScriptureProvider(config, fetchJson);
    expect(await provider.passage('John 3:16', 'ESV')).toBeNull();
    expect(await provider.passage('John 3:16', 'NKJV')).toBeNull();
    expect(calls).toBe(1);
  });
});
