// A school's admin manages its API keys in a real browser against the real platform: a new key's secret
// is shown once and only its hash is stored, a reload shows the prefix alone, revoking reads as revoked,
// and a student is shown the not-allowed message instead of any school's page.
import { createHash, randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;

useWebStack((started) => ({ stack, prisma } = started));

const KEY_PATTERN = /^sf_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;

/** A school with one admin (a member with role admin, holding the school_admin platform role). */
async function schoolWithAdmin(): Promise<{ school: { id: string; name: string }; admin: Person }> {
  const suffix = randomUUID().slice(0, 8);
  const school = await prisma.school.create({ data: { name: `Hillcrest Academy ${suffix}`, slug: `hillcrest-${suffix}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'], displayName: `Ruth ${suffix}` });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  return { school, admin };
}

/** A key made through the graph, as the admin: its secret is known to the test only. */
async function createKeyThroughGraph(admin: Person, schoolId: string, name: string): Promise<{ id: string; prefix: string; secret: string }> {
  const response = await stack.platform.graphql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
    'mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix } } }',
    { input: { schoolId, name, scopes: ['READ_CATALOG'] } },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  const created = response.data!.createApiKey;
  return { id: created.apiKey.id, prefix: created.apiKey.prefix, secret: created.secret };
}

test('a school admin creates a key whose secret is shown once and stored only as its hash', async () => {
  const { school, admin } = await schoolWithAdmin();
  const page = await stack.pageAs(admin);
  await page.goto('/school');
  await page.getByRole('heading', { level: 1, name: 'School administration' }).waitFor();
  await page.getByRole('list', { name: 'Schools you administer' }).getByRole('link', { name: school.name }).click();
  await page.getByRole('heading', { level: 1, name: school.name }).waitFor();
  await page.getByText('No API keys yet.').waitFor();

  // The limits start at the graph's defaults, and only the catalog scope is ticked.
  expect(await page.getByLabel('Requests per minute').inputValue()).toBe('120');
  expect(await page.getByLabel('Requests per day (UTC)').inputValue()).toBe('10000');
  expect(await page.getByLabel('Cost points per minute').inputValue()).toBe('50000');
  await page.getByLabel('Name', { exact: true }).fill('Gradebook sync');
  await page.getByRole('checkbox', { name: /Read students/ }).check();
  await page.getByLabel('Requests per minute').fill('60');
  await page.getByRole('button', { name: 'Create the key' }).click();

  const panel = page.getByRole('region', { name: 'Key “Gradebook sync” is ready' });
  await panel.getByText('This key will not be shown again.').waitFor();
  const secret = await panel.getByRole('textbox', { name: 'API key' }).inputValue();
  expect(secret).toMatch(KEY_PATTERN);
  // The secret panel takes focus so the admin cannot miss it.
  expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('new-secret-heading');
  await screenshot(page, 'school-api-key-secret');

  const stored = await prisma.apiKey.findFirstOrThrow({ where: { schoolId: school.id } });
  expect(stored.name).toBe('Gradebook sync');
  expect(stored.scopes).toEqual(['read_catalog', 'read_students']);
  expect(stored.rateLimitPerMinute).toBe(60);
  expect(stored.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
  expect(secret.startsWith(`${stored.prefix}_`)).toBe(true);
  // No column holds the secret part of the key.
  expect(JSON.stringify(stored)).not.toContain(secret.slice(stored.prefix.length + 1));

  const keys = page.getByRole('list', { name: 'API keys' });
  await keys.getByText(stored.prefix).waitFor();
  await keys.getByText('Read the catalog, Read students').waitFor();

  // Dismissed, the secret is gone from the page.
  await panel.getByRole('button', { name: 'I have stored the key' }).click();
  await panel.waitFor({ state: 'detached' });
  expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('api-keys-heading');
  expect(await page.content()).not.toContain(secret);
});

test('reloading the school page shows a key by its prefix only', async () => {
  const { school, admin } = await schoolWithAdmin();
  const key = await createKeyThroughGraph(admin, school.id, 'Timetable app');
  const page = await stack.pageAs(admin);
  await page.goto(`/school/${school.id}`);
  const row = page.getByRole('group', { name: /^Timetable app/ });
  await row.getByText(key.prefix, { exact: true }).waitFor();
  await row.getByText('Active', { exact: true }).waitFor();
  await page.reload();
  await row.getByText(key.prefix, { exact: true }).waitFor();
  expect(await page.getByRole('region', { name: /is ready/ }).count()).toBe(0);
  expect(await page.content()).not.toContain(key.secret);
  expect(await page.content()).not.toContain(key.secret.slice(key.prefix.length + 1));
});

test('a school admin revokes a key after confirming, and its status reads revoked', async () => {
  const { school, admin } = await schoolWithAdmin();
  const key = await createKeyThroughGraph(admin, school.id, 'Old portal');
  const page = await stack.pageAs(admin, { width: 360, height: 740 });
  await page.goto(`/school/${school.id}`);
  const row = page.getByRole('group', { name: /^Old portal/ });
  await row.getByText(key.prefix, { exact: true }).waitFor();

  await row.getByRole('button', { name: 'Revoke Old portal' }).click();
  const confirm = row.getByRole('group', { name: 'Confirm revoking Old portal' });
  await confirm.getByText('cannot be switched back on').waitFor();
  // Nothing changes until the admin says yes.
  expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
  await confirm.getByRole('button', { name: 'Yes, revoke Old portal' }).click();

  await row.getByRole('status').filter({ hasText: 'Key “Old portal” is revoked' }).waitFor();
  await row.getByText('Revoked', { exact: true }).first().waitFor();
  expect(await row.getByRole('button', { name: 'Revoke Old portal' }).count()).toBe(0);
  expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).not.toBeNull();
  // The key is refused from now on, as its status says.
  await page.reload();
  await row.getByText('Revoked', { exact: true }).first().waitFor();
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(page, 'school-api-keys-phone');
});

test('rotating a key with an overlap shows the new secret once and keeps the old key working until then', async () => {
  const { school, admin } = await schoolWithAdmin();
  const old = await createKeyThroughGraph(admin, school.id, 'Report exporter');
  const page = await stack.pageAs(admin);
  await page.goto(`/school/${school.id}`);
  const row = page.getByRole('group', { name: /^Report exporter/ });
  await row.getByRole('button', { name: 'Rotate Report exporter' }).click();
  const confirm = row.getByRole('group', { name: 'Confirm rotating Report exporter' });
  await confirm.getByRole('spinbutton', { name: 'Overlap in minutes' }).fill('30');
  const asked = Date.now();
  await confirm.getByRole('button', { name: 'Yes, rotate Report exporter' }).click();

  const panel = page.getByRole('region', { name: 'Key “Report exporter” has a new secret' });
  const secret = await panel.getByRole('textbox', { name: 'API key' }).inputValue();
  expect(secret).toMatch(KEY_PATTERN);
  expect(secret).not.toBe(old.secret);
  const replacement = await prisma.apiKey.findFirstOrThrow({ where: { rotatedFromId: old.id } });
  expect(replacement.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
  const oldRow = await prisma.apiKey.findUniqueOrThrow({ where: { id: old.id } });
  expect(oldRow.revokedAt!.getTime()).toBeGreaterThanOrEqual(asked + 29 * 60_000);
  expect(oldRow.revokedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 31 * 60_000);

  // Both keys are listed: the new one active, the old one active until its overlap ends.
  await page.getByRole('group', { name: /^Report exporter Active until/ }).getByText(old.prefix, { exact: true }).waitFor();
  await page.getByRole('group', { name: /^Report exporter Active$/ }).getByText(replacement.prefix, { exact: true }).waitFor();
});

test('the usage chart and today’s count show the requests a key made on the public graph', async () => {
  const { school, admin } = await schoolWithAdmin();
  const key = await createKeyThroughGraph(admin, school.id, 'Library kiosk');
  for (let request = 0; request < 2; request += 1) {
    const response = await fetch(`${stack.origin}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key.secret },
      body: JSON.stringify({ query: '{ apiKeySchool { name } }' }),
    });
    const body = (await response.json()) as { data?: { apiKeySchool: { name: string } | null } };
    expect(body.data?.apiKeySchool?.name).toBe(school.name);
  }

  const page = await stack.pageAs(admin);
  await page.goto(`/school/${school.id}`);
  const row = page.getByRole('group', { name: /^Library kiosk/ });
  await row.getByText(key.prefix, { exact: true }).waitFor();
  expect(await row.locator('dt:has-text("Requests today") + dd').textContent()).toBe('2');
  expect(await row.getByText('Never', { exact: true }).count()).toBe(0);

  const usage = page.getByRole('region', { name: 'Usage' });
  const requestsChart = usage.locator('figure').filter({ hasText: 'Requests let through per day' });
  // Fourteen days, the last of them today's two requests.
  expect(await requestsChart.locator('rect.chart__bar').count()).toBe(14);
  expect(await requestsChart.locator('rect.chart__bar').last().getAttribute('data-value')).toBe('2');
  await requestsChart.getByText('The numbers behind').click();
  expect(await requestsChart.locator('tbody tr').last().locator('td').textContent()).toBe('2');
  const refusedChart = usage.locator('figure').filter({ hasText: 'Requests refused per day' });
  expect(await refusedChart.locator('rect.chart__bar').last().getAttribute('data-value')).toBe('0');
});

test('a student opening the school pages sees the not-allowed message and no school data', async () => {
  const { school } = await schoolWithAdmin();
  const student = await createPerson(prisma, { roles: ['student'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: student.id, role: 'student', progressSharedAt: new Date() } });
  const page = await stack.pageAs(student);

  await page.goto('/school');
  await page.getByText('You are not allowed to see this page: you administer no school.').waitFor();
  expect(await page.getByRole('link', { name: 'School', exact: true }).count()).toBe(0);

  // The school's own page: the graph refuses its keys, and the page says so.
  await page.goto(`/school/${school.id}`);
  await page.getByText('You are not allowed to manage this school.').waitFor();
  expect(await page.getByText(school.name).count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
});
