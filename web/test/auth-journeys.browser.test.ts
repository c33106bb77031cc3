// Account journeys and the dashboard in a real browser against the real platform: sign-up through the
// dev mailbox, sign-in (wrong password, rate limit, ?next=), password reset, silent refresh of an
// expired access token, a refused refresh ending at sign-in, and a dashboard part failing alone.
// Every context speaks for its own client address (X-Forwarded-For; the test platform trusts it), so
// failed sign-ins here never count against other tests sharing the database's rate limiter.
import type { Page, Request } from 'playwright-core';
import { screenshot, startWebStack, type WebStack } from './support/browser';
import { uniqueEmail, uniqueIp } from '../../scripts/platform/test-platform';
import { login, readMailedCode, signUp } from '../../scripts/platform/account-journey';
import { createPerson } from '../../scripts/platform/test-people';

let stack: WebStack;

beforeAll(async () => {
  stack = await startWebStack();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

const PASSWORD = 'Correct-Horse-42';

async function openPage(options: { viewport?: { width: number; height: number }; session?: object } = {}): Promise<Page> {
  const { context, page } = await stack.newPage(options.viewport ? { viewport: options.viewport } : {});
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': uniqueIp() });
  if (options.session) {
    await page.addInitScript(`localStorage.setItem('scrollforge.session', ${JSON.stringify(JSON.stringify(options.session))})`);
  }
  return page;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const storedSession = async (page: Page) =>
  JSON.parse(String(await page.evaluate(`localStorage.getItem('scrollforge.session') ?? 'null'`))) as { accessToken: string; refreshToken: string; user: { displayName: string } } | null;
const isRefresh = (request: Request) => request.method() === 'POST' && (request.postData() ?? '').includes('refreshToken(refreshToken');

async function fillAndSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a newcomer registers, verifies the mailed code, signs in and is greeted by name on the dashboard', async () => {
  const page = await openPage();
  const email = uniqueEmail('w1-register');
  const name = `Ada ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto('/register');
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);

  // The schema's password rules are checked before anything is sent, next to the field.
  await page.getByLabel('Password').fill('alllowercase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Add an uppercase letter and a digit to your password.').waitFor();
  expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
  expect(pathOf(page)).toBe('/register');

  await page.getByLabel('Password').fill(PASSWORD);
  await screenshot(page, 'register');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/verify');
  await page.getByRole('heading', { level: 1, name: 'Verify your email' }).waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe(email);

  // A wrong code: the graph names the field, and its message sits next to it.
  const code = await readMailedCode(stack.platform.graphql, email, /verif/i);
  const wrong = code === '000000' ? '111111' : '000000';
  await page.getByLabel('Verification code').fill(wrong);
  await page.getByRole('button', { name: 'Verify email' }).click();
  await page.getByText('That code is wrong or has expired.', { exact: false }).waitFor();
  expect(await page.getByLabel('Verification code').getAttribute('aria-invalid')).toBe('true');

  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify email' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByText('Your email is verified. Sign in to continue.').waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await screenshot(page, 'login');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: new RegExp(`, ${name}$`) }).waitFor();
  // Each part shows its own empty state for a brand-new person.
  await page.getByRole('region', { name: 'My courses' }).getByText('You are not taking any courses yet.').waitFor();
  await page.getByRole('region', { name: 'Wallet' }).getByText('Your wallet is empty.').waitFor();
  await page.getByRole('region', { name: 'Notifications' }).getByText('No notifications.').waitFor();
  await page.getByRole('region', { name: 'Today’s devotion' }).getByText('current streak', { exact: false }).waitFor();
  expect((await storedSession(page))?.user.displayName).toBe(name);
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: `Sign out ${name}` }).count()).toBe(1);
  await screenshot(page, 'dashboard');
});

test('a wrong password shows the graph’s message on the form, and the right one returns to ?next=', async () => {
  const email = uniqueEmail('w1-wrong');
  await signUp(stack.platform.graphql, email, PASSWORD, 'Wrong Password Person');
  const page = await openPage();
  await page.goto('/login?next=%2Fadmissions');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await fillAndSignIn(page, email, 'Not-The-Password-1');
  const alert = page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' });
  await alert.waitFor();
  expect(pathOf(page)).toBe('/login');
  expect(await storedSession(page)).toBeNull();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/admissions');
  expect((await storedSession(page))?.user.displayName).toBe('Wrong Password Person');
});

test('after five failed sign-ins the form says when to try again', async () => {
  const email = uniqueEmail('w1-limited');
  await signUp(stack.platform.graphql, email, PASSWORD);
  const page = await openPage();
  await page.goto('/login');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await fillAndSignIn(page, email, `Wrong-Password-${attempt}`);
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':not([disabled])')).waitFor();
  }
  await fillAndSignIn(page, email, PASSWORD);
  const limited = page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts.' });
  await limited.waitFor();
  expect(await limited.textContent()).toMatch(/You can try again at .+ \(in about 1[45] minutes\)\./);
  expect(await storedSession(page)).toBeNull();
});

test('a forgotten password is reset with the mailed code and the new one signs in', async () => {
  const email = uniqueEmail('w1-reset');
  await signUp(stack.platform.graphql, email, PASSWORD, 'Reset Person');
  const page = await openPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe(email);
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page.waitForURL((url) => url.pathname === '/reset-password');

  const code = await readMailedCode(stack.platform.graphql, email, /reset/i);
  const newPassword = 'Brand-New-Pass-7';
  await page.getByLabel('Reset code').fill(code);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByText('Your password is changed. Sign in with the new one.').waitFor();

  await fillAndSignIn(page, email, PASSWORD);
  await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: /, Reset Person$/ }).waitFor();
});

test('a session whose access token has expired loads the dashboard after one silent refresh', async () => {
  const email = uniqueEmail('w1-refresh');
  await signUp(stack.platform.graphql, email, PASSWORD, 'Refresh Person');
  const real = await login(stack.platform.graphql, email, PASSWORD);
  const page = await openPage({
    session: { accessToken: 'expired.bogus.token', refreshToken: real.refreshToken, user: { id: real.userId, displayName: 'Refresh Person' } },
  });
  const refreshes: Request[] = [];
  page.on('request', (request) => {
    if (isRefresh(request)) refreshes.push(request);
  });
  await page.goto('/dashboard');
  await page.getByRole('heading', { level: 1, name: /, Refresh Person$/ }).waitFor();
  await page.getByRole('region', { name: 'Wallet' }).getByText('Your wallet is empty.').waitFor();
  await page.getByRole('region', { name: 'My courses' }).getByText('You are not taking any courses yet.').waitFor();
  await page.getByRole('region', { name: 'Notifications' }).getByText('No notifications.').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(pathOf(page)).toBe('/dashboard');
  expect(refreshes).toHaveLength(1);
  const session = await storedSession(page);
  expect(session?.accessToken).not.toBe('expired.bogus.token');
  expect(session?.refreshToken).not.toBe(real.refreshToken);
});

test('a session whose refresh token is also bad ends at the sign-in page', async () => {
  const person = await createPerson(stack.platform.handle.services.prisma, { displayName: 'Gone Person' });
  const page = await openPage({
    session: { accessToken: 'expired.bogus.token', refreshToken: 'not-a-refresh-token', user: { id: person.id, displayName: person.displayName } },
  });
  await page.goto('/dashboard');
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('next')).toBe('/dashboard');
  expect(await storedSession(page)).toBeNull();
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).count()).toBe(1);
});

test('a dashboard part that fails shows its own error while the others still show, with nothing overflowing at 360 px', async () => {
  const person = await createPerson(stack.platform.handle.services.prisma, { displayName: 'Partial Person' });
  const page = await openPage({
    viewport: { width: 360, height: 740 },
    session: { accessToken: person.token, refreshToken: 'unused-refresh-token', user: { id: person.id, displayName: person.displayName } },
  });
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('"operationName":"DashboardWallet"')) return route.fallback();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: null, errors: [{ message: 'The wallet is resting; try again soon.', extensions: { code: 'INTERNAL' } }] }),
    });
  });
  await page.goto('/dashboard');
  await page.getByRole('heading', { level: 1, name: /, Partial Person$/ }).waitFor();
  await page.getByRole('region', { name: 'Wallet' }).getByRole('alert').filter({ hasText: 'The wallet is resting; try again soon.' }).waitFor();
  await page.getByRole('region', { name: 'My courses' }).getByText('You are not taking any courses yet.').waitFor();
  await page.getByRole('region', { name: 'Notifications' }).getByText('No notifications.').waitFor();
  await page.getByRole('region', { name: 'Today’s devotion' }).getByText('current streak', { exact: false }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(1);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(page, 'dashboard-phone-partial');
});
