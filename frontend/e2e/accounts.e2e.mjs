// Browser check of accounts against a running Waibao server: register a vendor (unique e-mail, valid
// generated credit code, Chinese and English names), land signed in with the organisation in the
// header, sign out, sign in again, see the organisation's name in Chinese, switch to English and see
// its English name and English UI text, and keep the session over a reload. Screenshots go to
// SCREENSHOT_DIR.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium \
//     SCREENSHOT_DIR=target/e2e node e2e/accounts.e2e.mjs
//
// Run with cwd = frontend/ so playwright-core resolves from node_modules. Prints one line per check and
// exits 1 on the first failure. Never downloads a browser: it drives the Chromium at CHROMIUM_PATH.
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './support.mjs';

const STEP_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_STEP_TIMEOUT_MS ?? 15_000);
const TOTAL_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_TOTAL_TIMEOUT_MS ?? 180_000);

/** @param {string} message */
function fail(message) {
  console.error(`FAIL ${message}`);
  process.exit(1);
}

/** @param {string} name */
function requiredEnv(name) {
  const value = process.env[name];
  if (!value) fail(`environment variable ${name} is not set`);
  return /** @type {string} */ (value);
}

const baseUrl = requiredEnv('WAIBAO_BASE_URL').replace(/\/+$/, '');
const chromiumPath = requiredEnv('CHROMIUM_PATH');
const screenshotDir = path.resolve(requiredEnv('SCREENSHOT_DIR'));
if (!existsSync(chromiumPath)) fail(`CHROMIUM_PATH ${chromiumPath} does not exist`);

// A hung browser or server must not hang the build that launched us.
setTimeout(
  () => fail(`the whole run took longer than ${TOTAL_TIMEOUT_MS} ms`),
  TOTAL_TIMEOUT_MS,
).unref();

// --- test data -------------------------------------------------------------------------------------

// GB 32100-2015: 18 characters from this alphabet; the 18th is a check character over the first 17.
const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** @param {string} first17 */
function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(c === 31 ? 0 : c);
}

/** 17 random characters from the code's alphabet and their check character. */
function randomCreditCode() {
  let first17 = '';
  for (let i = 0; i < 17; i++) first17 += CREDIT_CODE_CHARSET.charAt(randomInt(31));
  return first17 + checkCharacter(first17);
}

const unique = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
const vendor = {
  nameZh: `冰城数智外包服务有限公司${unique}`,
  nameEn: `Bingcheng Digital Outsourcing ${unique}`,
  creditCode: randomCreditCode(),
  city: 'harbin',
  displayName: `测试管理员${unique}`,
  email: `e2e-vendor-${unique}@example.cn`,
  password: `Waibao-e2e-${unique}-7`,
};

// --- helpers ---------------------------------------------------------------------------------------

/**
 * Runs one named check and prints its outcome.
 * @param {string} name
 * @param {() => Promise<string | void>} body resolves to an optional detail for the log line
 */
async function check(name, body) {
  try {
    const detail = await body();
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Whitespace-free, so that Ant Design's spacing inside short Chinese labels does not matter.
 * @param {string | null | undefined} text
 */
function squeeze(text) {
  return (text ?? '').replace(/\s+/g, '');
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} expected
 */
async function expectText(page, testId, expected) {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  try {
    await page.waitForFunction(
      ([id, text]) =>
        (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(/\s+/g, '') ===
        text,
      [testId, squeeze(expected)],
      { timeout: STEP_TIMEOUT_MS },
    );
  } catch {
    throw new Error(
      `expected [${testId}] to read "${expected}", got "${await locator.textContent()}"`,
    );
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} expected
 */
async function expectHtmlLang(page, expected) {
  try {
    await page.waitForFunction((lang) => document.documentElement.lang === lang, expected, {
      timeout: STEP_TIMEOUT_MS,
    });
  } catch {
    const actual = await page.evaluate(() => document.documentElement.lang);
    throw new Error(`expected <html lang="${expected}">, got "${actual}"`);
  }
}

/**
 * Waits for the URL's path, reporting where the page is instead when it does not get there.
 * @param {import('playwright-core').Page} page
 * @param {string} pathname
 * @param {() => Promise<string>} [explain] what the page says went wrong
 */
async function expectPath(page, pathname, explain) {
  try {
    await page.waitForURL((url) => url.pathname === pathname, { timeout: STEP_TIMEOUT_MS });
  } catch {
    const why = explain ? await explain() : '';
    throw new Error(
      `expected to reach ${pathname}, still at ${page.url()}${why ? `: ${why}` : ''}`,
    );
  }
}

/**
 * Opens the header's account menu (its code loads after the shell, so a first click may come early).
 * @param {import('playwright-core').Page} page
 */
async function openAccountMenu(page) {
  const signOut = page.getByTestId('header-signout');
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await page.getByTestId('header-user').click();
    try {
      await signOut.waitFor({ state: 'visible', timeout: 1_500 });
      return;
    } catch {
      // not open yet: try again
    }
  }
  throw new Error('the account menu did not open');
}

/**
 * The errors a form shows, for a failure message.
 * @param {import('playwright-core').Page} page
 */
async function formErrors(page) {
  const texts = await page
    .locator('.ant-form-item-explain-error, [data-testid="register-error"], .ant-alert-error')
    .allTextContents();
  return (
    texts
      .map((text) => text.trim())
      .filter(Boolean)
      .join(' | ') || 'no error shown'
  );
}

// --- the run ---------------------------------------------------------------------------------------

const browser = await launchChromium();

let exitCode = 0;
try {
  await mkdir(screenshotDir, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check(`opens ${baseUrl}/register`, async () => {
    const response = await page.goto(`${baseUrl}/register`, { waitUntil: 'domcontentloaded' });
    if (!response || !response.ok()) {
      throw new Error(`HTTP ${response ? response.status() : 'no response'}`);
    }
    await expectHtmlLang(page, 'zh-CN');
    await expectText(page, 'page-title', '注册组织');
    return `HTTP ${response.status()}`;
  });

  await check('registers a vendor', async () => {
    await page.getByTestId('register-kind-VENDOR').click();
    await page.getByTestId('register-nameZh').fill(vendor.nameZh);
    await page.getByTestId('register-nameEn').fill(vendor.nameEn);
    await page.getByTestId('register-creditCode').fill(vendor.creditCode);
    await page.getByTestId('register-city').click();
    await page.getByTestId(`register-city-option-${vendor.city}`).click();
    await page.getByTestId('register-displayName').fill(vendor.displayName);
    await page.getByTestId('register-email').fill(vendor.email);
    await page.getByTestId('register-password').fill(vendor.password);
    await page.getByTestId('register-submit').click();
    await expectPath(page, '/account', () => formErrors(page));
    return `${vendor.email}, credit code ${vendor.creditCode}`;
  });

  await check('lands signed in with the organisation in the header', async () => {
    await expectText(page, 'header-user', vendor.displayName);
    await expectText(page, 'header-organisation', vendor.nameZh);
    await expectText(page, 'profile-email', vendor.email);
    return vendor.nameZh;
  });

  await check('signs out', async () => {
    await openAccountMenu(page);
    await expectText(page, 'header-signout', '退出登录');
    await page.getByTestId('header-signout').click();
    await page.getByTestId('nav-signin').waitFor({ state: 'visible' });
    if ((await page.getByTestId('header-user').count()) > 0) {
      throw new Error('the header still shows a user');
    }
    const stored = await page.evaluate(() => window.localStorage.getItem('waibao.refreshToken'));
    if (stored !== null) throw new Error('the refresh token is still stored');
  });

  await check('signs in again', async () => {
    await page.getByTestId('nav-signin').click();
    await expectPath(page, '/sign-in');
    await expectText(page, 'page-title', '登录');
    await page.getByTestId('signin-email').fill(vendor.email);
    await page.getByTestId('signin-password').fill(vendor.password);
    await page.getByTestId('signin-submit').click();
    await page
      .getByTestId('header-user')
      .waitFor({ state: 'visible' })
      .catch(async () => {
        throw new Error(`not signed in: ${await formErrors(page)}`);
      });
    await expectText(page, 'header-user', vendor.displayName);
  });

  await check('the header shows the organisation in Chinese', async () => {
    await expectHtmlLang(page, 'zh-CN');
    await expectText(page, 'header-organisation', vendor.nameZh);
    await expectText(page, 'nav-tenders', '招标');
    return vendor.nameZh;
  });

  await check('screenshot accounts-zh.png', async () => {
    const file = path.join(screenshotDir, 'accounts-zh.png');
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });

  await check('in English the header shows the English name and English text', async () => {
    await page.getByTestId('language-switch').click();
    await expectHtmlLang(page, 'en');
    await expectText(page, 'header-organisation', vendor.nameEn);
    await expectText(page, 'nav-tenders', 'Tenders');
    await expectText(page, 'language-switch', '中文');
    await openAccountMenu(page);
    await expectText(page, 'header-account', 'My account');
    await expectText(page, 'header-signout', 'Sign out');
    await page.keyboard.press('Escape');
    // No focus ring on the menu button in the screenshot.
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    return vendor.nameEn;
  });

  await check('screenshot accounts-en.png', async () => {
    const file = path.join(screenshotDir, 'accounts-en.png');
    await page.getByTestId('header-account').waitFor({ state: 'hidden' });
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });

  await check('a reload restores the session silently', async () => {
    await page.goto(`${baseUrl}/account`, { waitUntil: 'domcontentloaded' });
    await expectText(page, 'header-organisation', vendor.nameEn);
    await expectPath(page, '/account');
    await expectText(page, 'page-title', 'My account');
    await expectText(page, 'profile-organisation', vendor.nameEn);
  });

  await check('no uncaught errors in the page', async () => {
    if (pageErrors.length > 0) throw new Error(pageErrors.join('; '));
  });
} catch (error) {
  console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => undefined);
}
if (exitCode === 0) console.log('accounts e2e: all checks passed');
process.exit(exitCode);
