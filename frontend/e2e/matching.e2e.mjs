// Browser check of matching against a running Waibao server with its demonstration data: the demo
// client posts a tender the demo vendor can do (set up through the API), opens it, sees vendors
// ranked with their score bars and reasons, and invites the demo vendor; the demo vendor finds the
// invitation among its notifications and the tender, marked as an invitation, among its
// recommendations. Screenshots go to SCREENSHOT_DIR.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium SCREENSHOT_DIR=target/e2e \
//     node e2e/matching.e2e.mjs
//
// Run with cwd = frontend/ so playwright-core resolves from node_modules.
import { randomInt } from 'node:crypto';
import {
  baseUrl,
  check,
  DEMO_PASSWORD,
  expectTextContaining,
  run,
  screenshot,
  signIn,
  STEP_TIMEOUT_MS,
} from './support.mjs';

const CLIENT_EMAIL = 'client@demo.waibao.example';
const VENDOR_EMAIL = 'vendor@demo.waibao.example';
const DEMO_VENDOR = '哈尔滨示范软件外包有限公司（演示）';
const unique = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
const TITLE = `银行渠道应用开发（匹配测试 ${unique}）`;
const MAX_PAGES = 30;

/**
 * @param {string} path
 * @param {unknown} body
 * @param {string} [token]
 */
async function post(path, body, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** The demo client's new tender that the demo vendor meets; its id. */
async function publishTender() {
  const session = await post('/api/auth/sign-in', {
    email: CLIENT_EMAIL,
    password: DEMO_PASSWORD,
  });
  const now = Date.now();
  const tender = await post(
    '/api/tenders',
    {
      title: TITLE,
      description: '为零售银行开发手机银行周边应用 application software development',
      clientIndustry: 'FINANCE',
      city: 'harbin',
      deliveryMode: 'ONSHORE',
      budgetMin: 10_000_000,
      budgetMax: 24_000_000,
      noticePeriodDays: 0,
      clarificationDeadline: new Date(now + 2 * 86_400_000).toISOString(),
      bidDeadline: new Date(now + 3 * 86_400_000).toISOString(),
      priceWeight: 60,
      criteria: [{ name: '技术方案', weight: 40 }],
      capabilities: ['ITO_APPLICATION_SOFTWARE'],
      languages: ['zh', 'en'],
      minimumHeadcount: 300,
      certifications: [{ type: 'ISO_IEC_27001' }],
    },
    session.accessToken,
  );
  await post(`/api/tenders/${tender.id}/publish`, undefined, session.accessToken);
  return /** @type {string} */ (tender.id);
}

await run('matching', async (newPage) => {
  /** @type {string} */
  let tenderId = '';
  await check('the demo client publishes a tender the demo vendor can do', async () => {
    tenderId = await publishTender();
    return tenderId;
  });

  const client = await newPage();
  await signIn(client, CLIENT_EMAIL);
  await client.goto(`${baseUrl}/tenders/${tenderId}`, { waitUntil: 'domcontentloaded' });

  await check('the client sees vendors ranked with score bars and reasons', async () => {
    const panel = client.getByTestId('matched-vendors');
    await panel.waitFor({ state: 'visible' });
    await panel.getByTestId('match-total').first().waitFor({ state: 'visible' });
    await expectTextContaining(client, 'matched-summary', '家满足全部硬性要求');
    const bars = await panel.getByTestId('match-bars').first().locator('[data-part]').count();
    if (bars !== 7) throw new Error(`expected 7 score bars, saw ${bars}`);
    // eligible vendors first, each group by score (near-misses all miss one requirement)
    const rows = await panel.locator('tbody tr[data-row-key]').all();
    /** @type {{ eligible: boolean, total: number }[]} */
    const ranked = [];
    for (const row of rows) {
      const text = (await row.textContent()) ?? '';
      const total = Number(await row.getByTestId('match-total').textContent());
      ranked.push({ eligible: text.includes('符合要求'), total });
    }
    for (let i = 1; i < ranked.length; i++) {
      const [before, after] = [ranked[i - 1], ranked[i]];
      if (
        (!before.eligible && after.eligible) ||
        (before.eligible === after.eligible && after.total > before.total)
      ) {
        throw new Error(`not ranked: ${JSON.stringify(ranked)}`);
      }
    }
    const totals = ranked.map((r) => r.total);
    const reasons = await panel.locator('tbody').textContent();
    if (!reasons?.includes('满足全部硬性要求')) throw new Error('no reasons shown');
    await screenshot(client, 'matching-1-ranked.png');
    return `top scores ${totals.slice(0, 3).join(', ')}`;
  });

  await check('the client invites the demo vendor', async () => {
    const panel = client.getByTestId('matched-vendors');
    for (let page = 1; page <= MAX_PAGES; page++) {
      const row = panel.locator('tr', { hasText: DEMO_VENDOR });
      if ((await row.count()) > 0) {
        await row.getByTestId('match-invite').click();
        await row.getByTestId('match-invited').waitFor({ state: 'visible' });
        await screenshot(client, 'matching-2-invited.png');
        return `found on page ${page}`;
      }
      const next = panel.locator('.ant-pagination-next');
      if ((await next.getAttribute('aria-disabled')) === 'true') break;
      await next.click();
      await client.waitForTimeout(300);
      await panel.getByTestId('match-total').first().waitFor({ state: 'visible' });
    }
    throw new Error(`${DEMO_VENDOR} is not among the matched vendors`);
  });

  const vendor = await newPage();
  await signIn(vendor, VENDOR_EMAIL);

  await check('the vendor sees the invitation among its notifications', async () => {
    await vendor.goto(`${baseUrl}/notifications`, { waitUntil: 'domcontentloaded' });
    const invitation = vendor
      .getByTestId('notification-text')
      .filter({ hasText: `客户邀请您参与“${TITLE}”的投标` });
    await invitation.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await screenshot(vendor, 'matching-3-notification.png');
  });

  await check('the vendor home recommends tenders, an invitation marked as such', async () => {
    await vendor.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
    const items = vendor.getByTestId('recommended-tender');
    await items.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await screenshot(vendor, 'matching-4-recommended.png');
    const invited = items.filter({ hasText: TITLE });
    if ((await invited.count()) === 0)
      return `${await items.count()} shown, the new one not in the top five`;
    const text = (await invited.first().textContent()) ?? '';
    if (!text.includes('客户邀请您投标')) throw new Error(`no invitation mark: ${text}`);
    return 'the invited tender is marked';
  });
});
