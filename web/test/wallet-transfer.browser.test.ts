// The wallet in a real browser against the real platform: a person with coins sends some to another
// after a confirmation naming them; both wallets and histories show it and the ledger agrees; a
// transfer above the balance is refused at the amount field and moves nothing; the wallet fits a
// 360 px phone; and the public badge check answers signed out.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
let admin: Person;

useWebStack((started) => ({ stack, prisma } = started));

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ['student', 'admin'] });
}, 120_000);

/** Coins for `person` the economy's own way: an admin mints them through the graph. */
async function grantCoins(person: Person, amount: number): Promise<void> {
  const response = await stack.platform.graphql(
    'mutation Grant($to: ID!, $amount: Int!, $key: String!) { mintScrollCoin(to: $to, amount: $amount, reason: "Test grant for the wallet", idempotencyKey: $key) { __typename } }',
    { to: person.id, amount, key: randomUUID() },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
}

const walletBalance = async (userId: string) => (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance ?? 0;
const balanceFigure = (page: Page) => page.locator('.wallet-balance__value');
const history = (page: Page) => page.getByRole('list', { name: 'Wallet history, newest first' });

async function fillTransfer(page: Page, recipientId: string, amount: string, note = '') {
  await page.getByLabel('Recipient’s ScrollForge id').fill(recipientId);
  await page.getByLabel('Amount').fill(amount);
  if (note) await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Review the transfer' }).click();
}

test('a transfer is confirmed, moves the coins, and shows in both histories and the ledger', async () => {
  const suffix = randomUUID().slice(0, 8);
  const ada = await createPerson(prisma, { roles: ['student'], displayName: `Ada ${suffix}` });
  const ben = await createPerson(prisma, { roles: ['student'], displayName: `Ben ${suffix}` });
  await grantCoins(ada, 100);

  const page = await stack.pageAs(ada);
  await page.goto('/wallet');
  await page.getByRole('heading', { level: 1, name: 'Wallet' }).waitFor();
  await balanceFigure(page).filter({ hasText: /^100$/ }).waitFor();
  await history(page).getByText('Granted by ScrollForge').waitFor();
  await history(page).getByText('+100').waitFor();
  await screenshot(page, 'wallet');

  // A malformed id never reaches the graph: the form says so at the recipient field.
  await fillTransfer(page, 'not-an-id', '30');
  await page.getByRole('alert').filter({ hasText: 'not a ScrollForge id' }).waitFor();
  expect(await page.getByLabel('Recipient’s ScrollForge id').getAttribute('aria-invalid')).toBe('true');

  await fillTransfer(page, ben.id, '30', 'For the books');
  const confirm = page.getByRole('group', { name: 'Confirm the transfer' });
  await confirm.getByText(`Send 30 ScrollCoins to Ben ${suffix}?`).waitFor();
  await screenshot(page, 'wallet-transfer-confirmation');
  // Nothing moves before the confirmation.
  expect(await walletBalance(ben.id)).toBe(0);
  await confirm.getByRole('button', { name: 'Send 30 ScrollCoins' }).click();

  await page.getByRole('status').filter({ hasText: `Sent 30 ScrollCoins to Ben ${suffix}.` }).waitFor();
  await balanceFigure(page).filter({ hasText: /^70$/ }).waitFor();
  const sent = history(page).getByRole('listitem').first();
  await sent.getByText(`Sent to Ben ${suffix}`).waitFor();
  await sent.getByText('−30').waitFor();
  await sent.getByText('Note: For the books').waitFor();

  // Ben, in a browser of his own, sees the coins arrive.
  const benPage = await stack.pageAs(ben);
  await benPage.goto('/wallet');
  await balanceFigure(benPage).filter({ hasText: /^30$/ }).waitFor();
  const received = history(benPage).getByRole('listitem').first();
  await received.getByText(`Received from Ada ${suffix}`).waitFor();
  await received.getByText('+30').waitFor();

  // The ledger agrees: one transfer transaction of two legs, and both balances.
  expect(await walletBalance(ada.id)).toBe(70);
  expect(await walletBalance(ben.id)).toBe(30);
  const transfers = await prisma.ledgerTransaction.findMany({ where: { type: 'transfer', initiatedById: ada.id }, include: { entries: { include: { account: true } } } });
  expect(transfers).toHaveLength(1);
  const legs = transfers[0]!.entries.map((entry) => ({ userId: entry.account.userId, amount: entry.amount })).sort((a, b) => a.amount - b.amount);
  expect(legs).toEqual([
    { userId: ada.id, amount: -30 },
    { userId: ben.id, amount: 30 },
  ]);
});

test('a transfer above the balance is refused at the amount field and moves nothing', async () => {
  const suffix = randomUUID().slice(0, 8);
  const cy = await createPerson(prisma, { roles: ['student'], displayName: `Cy ${suffix}` });
  const dee = await createPerson(prisma, { roles: ['student'], displayName: `Dee ${suffix}` });
  await grantCoins(cy, 20);

  const page = await stack.pageAs(cy);
  await page.goto('/wallet');
  await balanceFigure(page).filter({ hasText: /^20$/ }).waitFor();
  await fillTransfer(page, dee.id, '500');
  const confirm = page.getByRole('group', { name: 'Confirm the transfer' });
  await confirm.getByText(`Send 500 ScrollCoins to Dee ${suffix}?`).waitFor();
  await confirm.getByRole('button', { name: 'Send 500 ScrollCoins' }).click();

  // The graph's PAYMENT_REQUIRED message sits at the amount, tied to it for assistive technology.
  const amount = page.getByLabel('Amount');
  await page.getByRole('alert').filter({ hasText: 'Not enough ScrollCoin' }).waitFor();
  expect(await amount.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await amount.getAttribute('aria-describedby')) ?? '';
  expect(await page.evaluate(`${JSON.stringify(describedBy)}.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')`)).toContain(
    'Not enough ScrollCoin',
  );
  expect(await walletBalance(cy.id)).toBe(20);
  expect(await walletBalance(dee.id)).toBe(0);
  expect(await prisma.ledgerTransaction.count({ where: { type: 'transfer', initiatedById: cy.id } })).toBe(0);
  await balanceFigure(page).filter({ hasText: /^20$/ }).waitFor();
});

test('sending to oneself is refused at the recipient field', async () => {
  const eve = await createPerson(prisma, { roles: ['student'] });
  await grantCoins(eve, 5);
  const page = await stack.pageAs(eve);
  await page.goto('/wallet');
  await balanceFigure(page).filter({ hasText: /^5$/ }).waitFor();
  await fillTransfer(page, eve.id, '1');
  await page.getByRole('alert').filter({ hasText: 'coins cannot be sent to your own wallet' }).waitFor();
  expect(await page.getByLabel('Recipient’s ScrollForge id').getAttribute('aria-invalid')).toBe('true');
});

test('the history comes 20 entries at a time with Load more', async () => {
  const gus = await createPerson(prisma, { roles: ['student'] });
  for (let grant = 1; grant <= 22; grant += 1) await grantCoins(gus, grant);
  const page = await stack.pageAs(gus);
  await page.goto('/wallet');
  // Newest first: the last grant (22) leads.
  await history(page).getByRole('listitem').first().getByText('+22').waitFor();
  expect(await history(page).getByRole('listitem').count()).toBe(20);
  await page.getByRole('button', { name: 'Load more' }).click();
  await until(async () => (await history(page).getByRole('listitem').count()) === 22, 'the second page of history');
  await history(page).getByRole('listitem').last().getByText('+1').waitFor();
  expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
});

test('the wallet fits a 360 px phone without sideways scrolling', async () => {
  const fay = await createPerson(prisma, { roles: ['student'] });
  await grantCoins(fay, 1234);
  const page = await stack.pageAs(fay, { width: 360, height: 740 });
  await page.goto('/wallet');
  await history(page).getByText('+1,234').waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await screenshot(page, 'wallet-phone');
});

test('the public badge check answers signed out for a token that was never minted', async () => {
  const { page } = await stack.newPage();
  await page.goto('/badges/verify/987654');
  await page.getByRole('heading', { level: 1, name: 'Verify a ScrollBadge' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Badge #987654' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Not valid' }).waitFor();
  await page.getByText('None: this token was never minted').waitFor();
  await screenshot(page, 'badge-verify');
});
