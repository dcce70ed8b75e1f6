// Browser check of the app shell against a running Waibao server: Chinese by default, backend health
// UP, switch to English, English kept after a reload. Screenshots go to SCREENSHOT_DIR.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium \
//     SCREENSHOT_DIR=target/e2e node e2e/shell.e2e.mjs
//
// Run with cwd = frontend/ so playwright-core resolves from node_modules. Prints one line per check and
// exits 1 on the first failure. Never downloads a browser: it drives the Chromium at CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './support.mjs';

const STEP_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_STEP_TIMEOUT_MS ?? 15_000);
const HEALTH_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_HEALTH_TIMEOUT_MS ?? 60_000);
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
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} expected
 */
async function expectText(page, testId, expected) {
  const locator = page.getByTestId(testId);
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  try {
    await page.waitForFunction(
      ([id, text]) =>
        document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim().replace(/\s+/g, '') ===
        text,
      [testId, expected],
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

const browser = await launchChromium();

let exitCode = 0;
try {
  await mkdir(screenshotDir, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check(`opens ${baseUrl}/`, async () => {
    const response = await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
    if (!response || !response.ok()) {
      throw new Error(`HTTP ${response ? response.status() : 'no response'}`);
    }
    await page.getByTestId('page-title').waitFor({ state: 'visible' });
    return `HTTP ${response.status()}`;
  });

  await check('renders in Chinese by default', async () => {
    await expectHtmlLang(page, 'zh-CN');
    await expectText(page, 'nav-tenders', '招标');
    await expectText(page, 'nav-vendors', '服务商');
    await expectText(page, 'nav-parks', '园区');
    await expectText(page, 'nav-statistics', '统计');
    await expectText(page, 'language-switch', 'English');
    return 'lang=zh-CN, nav 招标/服务商/园区/统计';
  });

  await check('health badge shows the backend UP', async () => {
    const badge = page.getByTestId('health-badge');
    try {
      await page.waitForSelector('[data-testid="health-badge"][data-status="UP"]', {
        timeout: HEALTH_TIMEOUT_MS,
      });
    } catch {
      throw new Error(`badge status is "${await badge.getAttribute('data-status')}", not UP`);
    }
    return (await badge.textContent())?.trim();
  });

  await check('screenshot shell-zh.png', async () => {
    const file = path.join(screenshotDir, 'shell-zh.png');
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });

  await check('language switch turns the shell to English', async () => {
    await page.getByTestId('language-switch').click();
    await expectText(page, 'nav-tenders', 'Tenders');
    await expectText(page, 'nav-statistics', 'Statistics');
    await expectText(page, 'language-switch', '中文');
    await expectHtmlLang(page, 'en');
    return 'lang=en';
  });

  await check('English persists after a reload', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('page-title').waitFor({ state: 'visible' });
    await expectHtmlLang(page, 'en');
    await expectText(page, 'nav-tenders', 'Tenders');
    await page.waitForSelector('[data-testid="health-badge"][data-status="UP"]', {
      timeout: HEALTH_TIMEOUT_MS,
    });
  });

  await check('screenshot shell-en.png', async () => {
    const file = path.join(screenshotDir, 'shell-en.png');
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });

  await check('navigation opens the tenders page', async () => {
    await page.getByTestId('nav-tenders').click();
    await page.waitForURL(`${baseUrl}/tenders`);
    await expectText(page, 'page-title', 'Tenders');
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
if (exitCode === 0) console.log('shell e2e: all checks passed');
process.exit(exitCode);
