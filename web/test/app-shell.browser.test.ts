// The app shell in a real browser: the gateway serves the built app at / and at any client route, the
// skip link and landmarks are there (browser-side checks are passed as expressions: the tests are typed
// for Node, not the DOM), unknown routes say so, and the layout holds at 360 px with the navigation
// behind a Menu button. A client-side navigation moves focus to the new page and retitles the tab.
import { screenshot, startWebStack, until, type WebStack } from './support/browser';

let stack: WebStack;

beforeAll(async () => {
  stack = await startWebStack();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

test('the start page loads from the gateway with its landmarks and a working skip link', async () => {
  const { page } = await stack.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Learn, grow and apply' }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  expect(await page.evaluate('document.activeElement === document.querySelector(".skip-link")')).toBe(true);
  await skip.press('Enter');
  expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('main');
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  await screenshot(page, 'home');
});

test('a client-side route that does not exist says so', async () => {
  const { page } = await stack.newPage();
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(200);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
});

test('nothing overflows sideways on a 360 px wide phone', async () => {
  const { page } = await stack.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(page, 'home-phone');
});

test('on a phone the navigation opens from the Menu button and closes when a link is chosen', async () => {
  const { page } = await stack.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto('/');
  const menu = page.getByRole('button', { name: 'Menu' });
  const courses = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' });
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  expect(await courses.isVisible()).toBe(false);
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await courses.click();
  await page.waitForURL('**/courses');
  await until(async () => (await menu.getAttribute('aria-expanded')) === 'false', 'the menu to close');
  expect(await courses.isVisible()).toBe(false);
});

test('a client-side navigation puts focus on the new page and names the tab after its heading', async () => {
  const { page } = await stack.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Learn, grow and apply' }).waitFor();
  expect(await page.title()).toBe('Learn, grow and apply · ScrollForge');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admissions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Admissions' }).waitFor();
  expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('main');
  await until(async () => (await page.title()) === 'Admissions · ScrollForge', 'the tab title to follow the page');
});
