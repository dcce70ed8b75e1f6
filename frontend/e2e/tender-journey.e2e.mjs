// Browser check of the marketplace journey against a running Waibao server, in two phases, because
// nothing in production moves the clock: the bid deadline must really pass in between.
//
//   submit  The demo client signs in, drafts a tender through the wizard (notice period 0, bid
//           deadline WAIBAO_BID_WINDOW_SECONDS ahead by the server's clock, requirements the demo
//           vendor meets: ITO_APPLICATION_SOFTWARE, zh + en, ISO/IEC 27001, 300 staff), saves the
//           draft and publishes it. The demo vendor asks a question and bids; the client sees the
//           bids sealed and answers the question. Prints `TENDER_ID=<uuid>` and
//           `BID_DEADLINE=<instant>`.
//   award   Given TENDER_ID: the client opens the tender and waits (reloading now and then, at most
//           WAIBAO_E2E_DEADLINE_WAIT_MS, 3 minutes) until the deadline has passed and the bid
//           comparison appears; scores the bid, awards it, opens the contract, completes and rates
//           it. The vendor sees the BID_WON notification under the bell, opens it and sees its bid
//           awarded.
//   all     (default) submit, then award in the same run.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium SCREENSHOT_DIR=target/e2e \
//     WAIBAO_PHASE=submit node e2e/tender-journey.e2e.mjs
//   … WAIBAO_PHASE=award TENDER_ID=<uuid> node e2e/tender-journey.e2e.mjs
//
// Run with cwd = frontend/ so playwright-core resolves from node_modules. Prints one line per check and
// exits 1 on the first failure. Never downloads a browser: it drives the Chromium at CHROMIUM_PATH.
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './support.mjs';

const STEP_TIMEOUT_MS = Number(process.env.WAIBAO_E2E_STEP_TIMEOUT_MS ?? 15_000);
const DEADLINE_WAIT_MS = Number(process.env.WAIBAO_E2E_DEADLINE_WAIT_MS ?? 180_000);
const BID_WINDOW_SECONDS = Number(process.env.WAIBAO_BID_WINDOW_SECONDS ?? 90);
const PASSWORD = process.env.WAIBAO_DEMO_PASSWORD ?? 'Waibao-demo-2026';
const CLIENT_EMAIL = process.env.WAIBAO_DEMO_CLIENT ?? 'client@demo.waibao.example';
const VENDOR_EMAIL = process.env.WAIBAO_DEMO_VENDOR ?? 'vendor@demo.waibao.example';
const PHASES = ['submit', 'award', 'all'];

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
const phase = process.env.WAIBAO_PHASE ?? 'all';
if (!PHASES.includes(phase)) fail(`WAIBAO_PHASE must be one of ${PHASES.join(', ')}, not ${phase}`);
if (phase === 'award' && !process.env.TENDER_ID) fail('the award phase needs TENDER_ID');
if (!existsSync(chromiumPath)) fail(`CHROMIUM_PATH ${chromiumPath} does not exist`);

const TOTAL_TIMEOUT_MS = Number(
  process.env.WAIBAO_E2E_TOTAL_TIMEOUT_MS ??
    { submit: 180_000, award: 120_000 + DEADLINE_WAIT_MS, all: 300_000 + DEADLINE_WAIT_MS }[phase],
);
// A hung browser or server must not hang the build that launched us.
setTimeout(
  () => fail(`the whole run took longer than ${TOTAL_TIMEOUT_MS} ms`),
  TOTAL_TIMEOUT_MS,
).unref();

const unique = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
const TITLE = `应用软件开发外包服务（浏览器测试 ${unique}）`;
const QUESTION = `是否接受分阶段交付？（${unique}）`;
const ANSWER = '接受，按里程碑分三期交付。';
const PRICE = 1_200_000;

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
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function screenshot(page, name) {
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Waits for the URL's path, reporting where the page is instead when it does not get there.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} pathname
 * @param {() => Promise<string>} [explain] what the page says went wrong
 */
async function expectPath(page, pathname, explain) {
  try {
    await page.waitForURL((url) => pathname.test(url.pathname), { timeout: STEP_TIMEOUT_MS });
  } catch {
    const why = explain ? await explain() : '';
    throw new Error(
      `expected to reach ${pathname}, still at ${page.url()}${why ? `: ${why}` : ''}`,
    );
  }
  return new URL(page.url()).pathname;
}

/**
 * The errors a page shows, for a failure message.
 * @param {import('playwright-core').Page} page
 */
async function pageErrors(page) {
  const texts = await page
    .locator('.ant-form-item-explain-error, .ant-alert-error, [data-testid="wizard-error"]')
    .allTextContents();
  return (
    texts
      .map((text) => text.trim())
      .filter(Boolean)
      .join(' | ') || 'no error shown'
  );
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} attribute
 * @param {string} expected
 */
async function expectAttribute(page, testId, attribute, expected) {
  const locator = page.getByTestId(testId).first();
  try {
    await page.waitForFunction(
      ([id, name, value]) =>
        document.querySelector(`[data-testid="${id}"]`)?.getAttribute(name) === value,
      [testId, attribute, expected],
      { timeout: STEP_TIMEOUT_MS },
    );
  } catch {
    const actual = (await locator.count()) > 0 ? await locator.getAttribute(attribute) : 'absent';
    throw new Error(`expected [${testId}] ${attribute}="${expected}", got "${actual}"`);
  }
}

/**
 * Picks an option of an Ant Design select (the options carry test ids).
 * @param {import('playwright-core').Page} page
 * @param {string} selectTestId
 * @param {string} optionTestId
 */
async function choose(page, selectTestId, optionTestId) {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
}

/**
 * Types a value into an Ant Design date picker and confirms it.
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} value as the picker's format shows it
 */
async function pickDate(page, testId, value) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`);
  await input.first().click();
  await input.first().fill(value);
  await input.first().press('Enter');
  await page.keyboard.press('Escape');
}

/**
 * The server's clock (epoch ms), from the Date header of its health endpoint: the deadline is
 * judged by it, whatever this machine's clock says.
 */
async function serverNow() {
  const response = await fetch(`${baseUrl}/health`);
  const date = response.headers.get('date');
  const parsed = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(parsed) ? Date.now() : parsed;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} email
 * @param {string} returnTo
 */
async function signedIn(browser, email, returnTo) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/sign-in?returnTo=${encodeURIComponent(returnTo)}`, {
    waitUntil: 'domcontentloaded',
  });
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page
    .getByTestId('header-user')
    .waitFor({ state: 'visible' })
    .catch(async () => {
      throw new Error(`${email} not signed in: ${await pageErrors(page)}`);
    });
  return { context, page, errors };
}

// --- the phases ------------------------------------------------------------------------------------

/**
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<string>} the tender's id
 */
async function submitPhase(browser) {
  const client = await signedIn(browser, CLIENT_EMAIL, '/tenders/new');
  const { page } = client;
  let tenderId = '';
  let deadline = '';

  await check('the client signs in and opens the tender wizard', async () => {
    await expectPath(page, /^\/tenders\/new$/);
    await page.getByTestId('wizard-title').waitFor({ state: 'visible' });
    return CLIENT_EMAIL;
  });

  await check('basics: title, description, industry, city, delivery mode', async () => {
    await page.getByTestId('wizard-title').fill(TITLE);
    await page
      .getByTestId('wizard-description')
      .fill('为银行核心系统周边应用提供开发与运维外包服务，要求中英双语团队。');
    await choose(page, 'wizard-industry', 'wizard-industry-option-FINANCE');
    await choose(page, 'wizard-city', 'wizard-city-option-harbin');
    await page.getByTestId('wizard-delivery-ONSHORE').click();
    return TITLE;
  });

  await check('budget in CNY', async () => {
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-budgetMin').fill('500000');
    await page.getByTestId('wizard-budgetMax').fill('2000000');
    await page.getByTestId('wizard-priceCeiling').fill('2500000');
  });

  await check('requirements the demo vendor meets', async () => {
    await page.getByTestId('wizard-next').click();
    await choose(page, 'wizard-capabilities', 'wizard-capability-option-ITO_APPLICATION_SOFTWARE');
    await page.keyboard.press('Escape');
    await choose(page, 'wizard-languages', 'wizard-language-option-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('wizard-cert-add').click();
    await choose(page, 'wizard-cert-type-0', 'wizard-cert-type-0-option-ISO_IEC_27001');
    await page.getByTestId('wizard-headcount').fill('300');
    return 'ITO_APPLICATION_SOFTWARE, zh + en, ISO/IEC 27001, 300 staff';
  });

  await check('criteria: price 60 + 30 + 10, the sum shown live', async () => {
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-priceWeight').fill('60');
    await page.getByTestId('wizard-criterion-name-0').fill('技术方案');
    await page.getByTestId('wizard-criterion-weight-0').fill('20');
    await expectAttribute(page, 'criteria-sum', 'data-sum', '80');
    await page.getByTestId('wizard-criterion-weight-0').fill('30');
    await page.getByTestId('wizard-criterion-add').click();
    await page.getByTestId('wizard-criterion-name-1').fill('项目经验');
    await page.getByTestId('wizard-criterion-weight-1').fill('10');
    await expectAttribute(page, 'criteria-sum', 'data-sum', '100');
  });

  await check(
    `deadlines: notice 0, bids close ${BID_WINDOW_SECONDS} s ahead (server time)`,
    async () => {
      await page.getByTestId('wizard-next').click(); // lots: none
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-noticePeriod').fill('0');
      const closes = (await serverNow()) + BID_WINDOW_SECONDS * 1000;
      // the picker takes the browser's local time
      const local = await page.evaluate((ms) => {
        const d = new Date(ms);
        const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
      }, closes);
      await pickDate(page, 'wizard-clarificationDeadline', local);
      await pickDate(page, 'wizard-bidDeadline', local);
      deadline = new Date(Math.floor(closes / 1000) * 1000).toISOString();
      return local;
    },
  );

  await check('saves the draft (POST, then the edit page)', async () => {
    await page.getByTestId('wizard-save').click();
    await page
      .getByTestId('wizard-saved')
      .waitFor({ state: 'visible' })
      .catch(async () => {
        throw new Error(await pageErrors(page));
      });
    const where = await expectPath(page, /^\/tenders\/[0-9a-f-]{36}\/edit$/);
    tenderId = where.split('/')[2] ?? '';
    await expectAttribute(page, 'wizard-status', 'data-status', 'DRAFT');
    return tenderId;
  });

  await check('screenshot tender-wizard.png', () => screenshot(page, 'tender-wizard.png'));

  await check('publishes the tender', async () => {
    await page.getByTestId('wizard-publish').click();
    await expectPath(page, new RegExp(`^/tenders/${tenderId}$`), () => pageErrors(page));
    await expectAttribute(page, 'tender-status', 'data-status', 'ACTIVE');
    await page.getByTestId('tender-bid-deadline-countdown').waitFor({ state: 'visible' });
    await page.getByTestId('bids-sealed').waitFor({ state: 'visible' });
  });

  await check('screenshot tender-published.png', () => screenshot(page, 'tender-published.png'));

  const vendor = await signedIn(browser, VENDOR_EMAIL, `/tenders/${tenderId}`);
  const v = vendor.page;

  await check('the vendor opens the tender', async () => {
    await expectPath(v, new RegExp(`^/tenders/${tenderId}$`));
    await expectAttribute(v, 'tender-status', 'data-status', 'ACTIVE');
    await expectAttribute(v, 'bid-panel', 'data-open', 'true');
    return VENDOR_EMAIL;
  });

  await check('the vendor asks a question', async () => {
    await v.getByTestId('question-input').fill(QUESTION);
    await v.getByTestId('question-submit').click();
    await v
      .getByTestId('question-asked')
      .waitFor({ state: 'visible' })
      .catch(async () => {
        throw new Error(await pageErrors(v));
      });
    await v.getByText(QUESTION).waitFor({ state: 'visible' });
  });

  await check('the vendor bids: price, duration, proposal, an answer per criterion', async () => {
    await v.getByTestId('bid-price').fill(String(PRICE));
    await v.getByTestId('bid-duration').fill('180');
    await v.getByTestId('bid-proposal').fill('组建 40 人中英双语团队，采用敏捷迭代，三期交付。');
    await v.getByTestId('bid-answer-0').fill('微服务架构，持续集成与自动化测试。');
    await v.getByTestId('bid-answer-1').fill('十年以上银行应用开发经验。');
    await v.getByTestId('bid-submit').click();
    const outcome = await Promise.race([
      v
        .getByTestId('bid-notice')
        .waitFor({ state: 'visible' })
        .then(() => 'ok'),
      v
        .getByTestId('bid-not-eligible')
        .waitFor({ state: 'visible' })
        .then(() => 'ineligible'),
      v
        .getByTestId('bid-error')
        .waitFor({ state: 'visible' })
        .then(() => 'error'),
    ]);
    if (outcome !== 'ok') throw new Error(`${outcome}: ${await pageErrors(v)}`);
    await expectAttribute(v, 'my-bid-tender', 'data-status', 'SUBMITTED');
    return `CNY ${PRICE}`;
  });

  await check('screenshot tender-bid.png', () => screenshot(v, 'tender-bid.png'));

  await check('the client still sees the bids sealed, and answers the question', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('bids-sealed').waitFor({ state: 'visible' });
    if ((await page.getByTestId('bids-table').count()) > 0) throw new Error('bids are visible');
    const answer = page.locator('[data-testid^="answer-input-"]').first();
    await answer.fill(ANSWER);
    await page.locator('[data-testid^="answer-submit-"]').first().click();
    await page.getByText(ANSWER).waitFor({ state: 'visible' });
  });

  await check('no uncaught errors in the pages', async () => {
    const errors = [...client.errors, ...vendor.errors];
    if (errors.length > 0) throw new Error(errors.join('; '));
  });

  await client.context.close();
  await vendor.context.close();
  console.log(`TENDER_ID=${tenderId}`);
  console.log(`BID_DEADLINE=${deadline}`);
  return tenderId;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} tenderId
 */
async function awardPhase(browser, tenderId) {
  const client = await signedIn(browser, CLIENT_EMAIL, `/tenders/${tenderId}`);
  const { page } = client;
  let bidId = '';

  await check('after the deadline the client sees the bids side by side', async () => {
    await expectPath(page, new RegExp(`^/tenders/${tenderId}$`));
    const started = Date.now();
    const table = page.getByTestId('bids-table');
    // The page opens the bids itself when its countdown ends; a reload now and then covers a
    // server whose clock runs behind.
    while (!(await table.isVisible())) {
      if (Date.now() - started > DEADLINE_WAIT_MS) {
        throw new Error(
          `no bid comparison within ${DEADLINE_WAIT_MS} ms: ${await pageErrors(page)}`,
        );
      }
      await table.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
        await page.reload({ waitUntil: 'domcontentloaded' });
      });
    }
    await expectAttribute(page, 'tender-status', 'data-status', 'EVALUATION');
    const award = page.locator('[data-testid="bids-table"] [data-testid^="bid-award-"]').first();
    await award.waitFor({ state: 'visible' });
    bidId = ((await award.getAttribute('data-testid')) ?? '').replace('bid-award-', '');
    return `waited ${Math.round((Date.now() - started) / 1000)} s, bid ${bidId}`;
  });

  await check('the client scores the bid', async () => {
    await page.getByTestId(`bid-score-${bidId}`).click();
    await page.getByTestId('score-input-0').fill('80');
    await page.getByTestId('score-input-1').fill('90');
    await page.getByTestId('score-submit').click();
    await page.getByTestId(`bid-score-${bidId}-0`).waitFor({ state: 'visible' });
    await page.getByTestId('score-form').waitFor({ state: 'hidden' });
    const total = (await page.getByTestId(`bid-total-${bidId}`).textContent()) ?? '';
    // one bid: price score 60; quality 80 × 30% + 90 × 10% = 33
    if (total.trim() !== '93') throw new Error(`expected a total of 93, got "${total}"`);
    return `total ${total}`;
  });

  await check('screenshot tender-evaluation.png', () => screenshot(page, 'tender-evaluation.png'));

  await check('the client awards the bid with a reason and contract dates', async () => {
    await page.getByTestId(`bid-award-${bidId}`).click();
    await page.getByTestId('award-reason').fill('综合得分最高，方案完整。');
    await pickDate(page, 'award-start', '2027-01-01');
    await pickDate(page, 'award-end', '2027-12-31');
    await page.getByTestId('award-submit').click();
    await page
      .getByTestId('award-result')
      .waitFor({ state: 'visible' })
      .catch(async () => {
        throw new Error(await pageErrors(page));
      });
    await expectAttribute(page, 'tender-status', 'data-status', 'AWARDED');
    await page.getByTestId('award-form').waitFor({ state: 'hidden' });
  });

  await check('screenshot tender-awarded.png', () => screenshot(page, 'tender-awarded.png'));

  await check('the contract: value, dates; completed and rated', async () => {
    await page.getByTestId('award-contract-link').click();
    await expectPath(page, /^\/contracts\/[0-9a-f-]{36}$/);
    await expectAttribute(page, 'contract-status', 'data-status', 'ACTIVE');
    const value = (await page.getByTestId('contract-value').textContent()) ?? '';
    if (!value.replace(/\D/g, '').startsWith(String(PRICE))) {
      throw new Error(`expected a value of ${PRICE}, got "${value}"`);
    }
    await page.getByTestId('contract-complete').click();
    await page.getByTestId('contract-complete-confirm').click();
    await expectAttribute(page, 'contract-status', 'data-status', 'COMPLETED');
    for (const aspect of ['quality', 'schedule', 'communication']) {
      await page.locator(`[data-testid="rating-${aspect}"] li`).nth(4).click();
    }
    await page.getByTestId('rating-comment').fill('按期交付，沟通顺畅。');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-done').waitFor({ state: 'visible' });
    return value;
  });

  await check('screenshot tender-contract.png', () => screenshot(page, 'tender-contract.png'));

  const vendor = await signedIn(browser, VENDOR_EMAIL, '/tenders');
  const v = vendor.page;

  await check('the vendor sees the BID_WON notification under the bell', async () => {
    await v.getByTestId('notifications-bell').waitFor({ state: 'visible' });
    await v.waitForFunction(
      () =>
        Number(
          document
            .querySelector('[data-testid="notifications-unread"]')
            ?.getAttribute('data-count'),
        ) > 0,
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    await v.getByTestId('notifications-bell').click();
    const won = v
      .locator(`[data-testid="notifications-panel"] [data-kind="BID_WON"][data-read="false"]`)
      .first();
    await won.waitFor({ state: 'visible' });
    const text = ((await won.getByTestId('notification-text').textContent()) ?? '').trim();
    if (!text.includes(TITLE.slice(0, 10))) throw new Error(`unexpected text "${text}"`);
    await screenshot(v, 'tender-notification.png');
    await won.getByTestId('notification-open').click();
    await expectPath(v, new RegExp(`^/tenders/${tenderId}$`));
    await expectAttribute(v, 'my-bid-tender', 'data-status', 'AWARDED');
    return text;
  });

  await check('screenshot tender-won.png', () => screenshot(v, 'tender-won.png'));

  await check('no uncaught errors in the pages', async () => {
    const errors = [...client.errors, ...vendor.errors];
    if (errors.length > 0) throw new Error(errors.join('; '));
  });

  await client.context.close();
  await vendor.context.close();
}

// --- the run ---------------------------------------------------------------------------------------

const browser = await launchChromium();

let exitCode = 0;
try {
  await mkdir(screenshotDir, { recursive: true });
  let tenderId = process.env.TENDER_ID ?? '';
  if (phase === 'submit' || phase === 'all') tenderId = await submitPhase(browser);
  if (phase === 'award' || phase === 'all') await awardPhase(browser, tenderId);
} catch (error) {
  console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => undefined);
}
if (exitCode === 0) console.log(`tender journey e2e (${phase}): all checks passed`);
process.exit(exitCode);
