// Browser check of a rent subsidy from lease to ledger against a running Waibao server with its
// demonstration data: the demo park operator's park gets a new unit (API), the demo vendor applies
// for it from the park's application page and the operator approves it on the leases page (browser);
// the operator's rent policy is set up through the subsidies API; then, in the browser, the vendor
// sees the estimate and claims month 1, the operator approves the claim and pays it, the ledger
// shows the payment and the vendor sees it paid.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium SCREENSHOT_DIR=target/e2e \
//     node e2e/subsidy-journey.e2e.mjs
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

const OPERATOR_EMAIL = 'park@demo.waibao.example';
const VENDOR_EMAIL = 'vendor@demo.waibao.example';
const unique = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
// 50 % of 20,000 is 10,000; the cap of 40 per m² on 200 m² is 8,000: the subsidy is 8,000 a month
const AREA = 200;
const RENT = 20_000;
const MONTHLY_SUBSIDY = '8,000';
const REFERENCE = `园区财拨-${unique}`;

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} body
 * @param {string | null} token
 */
async function api(method, path, body, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** @param {string} email */
async function token(email) {
  const session = await api('POST', '/api/auth/sign-in', { email, password: DEMO_PASSWORD }, null);
  return /** @type {string} */ (session.accessToken);
}

await run('subsidy journey', async (newPage) => {
  let policyId = '';
  let parkId = '';
  let unitId = '';
  let leaseId = '';

  await check('setup: a new unit in the demo park and a rent policy (API)', async () => {
    const operator = await token(OPERATOR_EMAIL);
    const parks = await api('GET', '/api/parks/mine', undefined, operator);
    const park = parks[0];
    if (!park) throw new Error('the demo park operator has no park');
    const unit = await api(
      'POST',
      `/api/parks/${park.id}/units`,
      {
        building: 'E2E',
        floor: '3',
        unitCode: `S-${unique}`,
        area: AREA,
        seats: 20,
        status: 'AVAILABLE',
      },
      operator,
    );
    parkId = park.id;
    unitId = unit.id;
    const policy = await api(
      'POST',
      '/api/subsidies/policies',
      {
        type: 'RENT',
        parkId: park.id,
        nameZh: `入驻房租补贴（浏览器测试 ${unique}）`,
        nameEn: `Rent subsidy (browser test ${unique})`,
        validFrom: '2020-01-01',
        validTo: null,
        annualBudget: 1_000_000,
        fundingSource: 'PARK',
        rent: {
          percentOfRent: 50,
          capPerSquareMetrePerMonth: 40,
          maxMonths: 12,
          parkLevels: ['ORDINARY', 'PROVINCIAL_DEMONSTRATION', 'NATIONAL_DEMONSTRATION'],
          sizeTiers: [],
          wellKnownOnly: false,
          capabilities: [],
        },
      },
      operator,
    );
    policyId = policy.id;
    return `park ${park.nameZh}, unit ${unit.id}, policy ${policyId}`;
  });

  const vendor = await newPage();
  await check('vendor applies for the new unit from the park', async () => {
    await signIn(vendor, VENDOR_EMAIL);
    await vendor.goto(`${baseUrl}/parks/${parkId}/apply?unit=${unitId}`, {
      waitUntil: 'domcontentloaded',
    });
    await vendor.getByTestId('apply-submit').click();
    await vendor
      .getByTestId('apply-success')
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const newest = vendor.locator('[data-testid^="my-lease-status-"]').first();
    leaseId = ((await newest.getAttribute('data-testid')) ?? '').replace('my-lease-status-', '');
    const status = await newest.getAttribute('data-status');
    if (status !== 'APPLIED') throw new Error(`the new lease ${leaseId} is ${status}`);
    return leaseId;
  });

  const operator = await newPage();
  await check('operator approves the application at a rent of 20,000 a month', async () => {
    await signIn(operator, OPERATOR_EMAIL);
    await operator.goto(`${baseUrl}/manage/parks/${parkId}/leases`, {
      waitUntil: 'domcontentloaded',
    });
    await operator.getByTestId(`approve-${leaseId}`).click();
    await operator.getByTestId('approve-rent').fill(String(RENT));
    await operator.getByTestId('approve-submit').click();
    await operator.getByTestId('approve-submit').waitFor({ state: 'hidden' });
    await operator.getByTestId('tab-leases').click();
    const status = operator.getByTestId(`lease-status-${leaseId}`);
    await status.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const value = await status.getAttribute('data-status');
    if (value !== 'ACTIVE') throw new Error(`lease ${leaseId} is ${value} after approval`);
    return value;
  });

  await check('vendor sees the rent incentive with an estimate of 8,000 for month 1', async () => {
    await vendor.goto(`${baseUrl}/subsidies`, { waitUntil: 'domcontentloaded' });
    await expectTextContaining(vendor, `offer-${policyId}`, `预计${MONTHLY_SUBSIDY}元`);
    await expectTextContaining(vendor, `offer-${policyId}`, '按上限每月8000元');
  });

  await check('vendor claims month 1 and sees the claim awaiting review', async () => {
    await vendor.getByTestId(`offer-${policyId}`).getByTestId('offer-claim').click();
    await vendor.getByTestId('claim-submit').click();
    await vendor.getByTestId('claimed').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await expectTextContaining(vendor, 'my-claims', '待审核');
    await expectTextContaining(vendor, 'my-claims', MONTHLY_SUBSIDY);
    await screenshot(vendor, 'subsidy-claimed.png');
  });

  await check('operator approves the claim from the review queue', async () => {
    await operator.goto(`${baseUrl}/manage/subsidies`, { waitUntil: 'domcontentloaded' });
    await operator.getByRole('tab', { name: '待审核' }).click();
    await expectTextContaining(operator, 'review-queue', MONTHLY_SUBSIDY);
    await operator.getByTestId('review-queue').getByTestId('claim-review').first().click();
    await operator.getByTestId('decision-submit').click();
    await operator.getByTestId('decision-submit').waitFor({ state: 'hidden' });
  });

  await check('operator pays the approved claim with a reference', async () => {
    await operator.getByRole('tab', { name: '全部申领' }).click();
    await expectTextContaining(operator, 'all-claims', '已批准');
    await operator.getByTestId('all-claims').getByTestId('claim-pay').first().click();
    await operator.getByTestId('payment-reference').fill(REFERENCE);
    await operator.getByTestId('payment-submit').click();
    await operator.getByTestId('payment-submit').waitFor({ state: 'hidden' });
    await expectTextContaining(operator, 'all-claims', '已支付');
  });

  await check('the ledger shows the payment of 8,000 with its reference', async () => {
    await operator.getByRole('tab', { name: '支付台账' }).click();
    await expectTextContaining(operator, 'ledger', REFERENCE);
    await expectTextContaining(operator, 'ledger', MONTHLY_SUBSIDY);
    await screenshot(operator, 'subsidy-ledger.png');
  });

  await check('vendor sees its claim paid', async () => {
    await vendor.reload({ waitUntil: 'domcontentloaded' });
    await expectTextContaining(vendor, 'my-claims', '已支付');
  });
});
