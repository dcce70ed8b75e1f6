// What the browser checks share: environment, browser launch, one line per
// check, waiting for texts, and signing in as one of the demonstration accounts.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_STEP_TIMEOUT_MS ?? 15_000);
const TOTAL_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_TOTAL_TIMEOUT_MS ?? 180_000);

/** Every demonstration account signs in with this password (see the README). */
export const DEMO_PASSWORD = 'Waibao-demo-2026';

/** @param {string} message */
export function fail(message) {
  console.error(`FAIL ${message}`);
  process.exit(1);
}

/** @param {string} name */
function requiredEnv(name) {
  const value = process.env[name];
  if (!value) fail(`environment variable ${name} is not set`);
  return /** @type {string} */ (value);
}

export const baseUrl = requiredEnv('WAIBAO_BASE_URL').replace(/\/+$/, '');
const chromiumPath = requiredEnv('CHROMIUM_PATH');
export const screenshotDir = path.resolve(requiredEnv('SCREENSHOT_DIR'));
if (!existsSync(chromiumPath)) fail(`CHROMIUM_PATH ${chromiumPath} does not exist`);

/**
 * Runs one named check and prints its outcome.
 * @param {string} name
 * @param {() => Promise<string | void>} body resolves to an optional detail for the log line
 */
export async function check(name, body) {
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
 * Waits until the element's whitespace-free text contains `expected`.
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} expected
 */
export async function expectTextContaining(page, testId, expected) {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  try {
    await page.waitForFunction(
      ([id, text]) =>
        (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '')
          .replace(/\s+/g, '')
          .includes(text),
      [testId, expected.replace(/\s+/g, '')],
      { timeout: STEP_TIMEOUT_MS },
    );
  } catch {
    throw new Error(
      `expected [${testId}] to contain "${expected}", got "${await locator.textContent()}"`,
    );
  }
}

/**
 * The number an element shows, e.g. "12,345.5 m²" → 12345.5.
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 */
export async function numberIn(page, testId) {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const text = (await locator.textContent()) ?? '';
  const value = Number(text.replace(/m²/g, '').replace(/[^0-9.]/g, ''));
  if (Number.isNaN(value)) throw new Error(`[${testId}] shows no number: "${text}"`);
  return value;
}

/**
 * Signs in through the sign-in page and waits for the header to show the user.
 * @param {import('playwright-core').Page} page
 * @param {string} email
 */
export async function signIn(page, email) {
  await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('header-user').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

/**
 * Debian's Chromium, headless, with everything that would reach out to the network switched off
 * (this machine's network refuses it, and a test must not depend on it).
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: STEP_TIMEOUT_MS * 2,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Launches Chromium, runs `scenario` with a fresh page factory, and exits 0 or 1.
 * @param {string} name
 * @param {(newPage: () => Promise<import('playwright-core').Page>) => Promise<void>} scenario
 */
export async function run(name, scenario) {
  setTimeout(
    () => fail(`the whole run took longer than ${TOTAL_TIMEOUT_MS} ms`),
    TOTAL_TIMEOUT_MS,
  ).unref();
  const browser = await launchChromium();
  /** @type {string[]} */
  const pageErrors = [];
  let exitCode = 0;
  try {
    await mkdir(screenshotDir, { recursive: true });
    await scenario(async () => {
      // each page its own context: separate sessions, as two people on two machines
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    });
    await check('no uncaught errors in the pages', async () => {
      if (pageErrors.length > 0) throw new Error(pageErrors.join('; '));
    });
  } catch (error) {
    console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await browser.close().catch(() => undefined);
  }
  if (exitCode === 0) console.log(`${name} e2e: all checks passed`);
  process.exit(exitCode);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
