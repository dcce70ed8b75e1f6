// Browser check of a rent subsidy from lease to ledger against a running Waibao server with its
// demonstration data: the demo vendor rents a new unit in the demo park operator's park (applied
// for and approved through the leases API), the operator's rent policy is set up through the
// subsidies API; then, in the browser, the vendor sees the estimate and claims month 1, the
// operator approves the claim and pays it, the ledger shows the payment and the vendor sees it paid.
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

/** Today in the province (Asia/Shanghai), as the server counts lease dates. */
function provinceToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

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
  /** @type {string} */
  let policyId = '';

  await check('setup: a new unit leased to the demo vendor and a rent policy (API)', async () => {
    const operator = await token(OPERATOR_EMAIL);
    const vendor = await token(VENDOR_EMAIL);
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
    const lease = await api(
      'POST',
      '/api/leases',
      { parkId: park.id, unitIds: [unit.id], startDate: provinceToday(), termMonths: 12 },
      vendor,
    );
    await api(
      'POST',
      `/api/leases/${lease.id}/approval`,
      { unitIds: [unit.id], monthlyRent: RENT },
      operator,
    );
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
    return `park ${park.nameZh}, lease ${lease.id}, policy ${policyId}`;
  });

  const vendor = await newPage();
  await check('vendor sees the rent incentive with an estimate of 8,000 for month 1', async () => {
    await signIn(vendor, VENDOR_EMAIL);
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

  const operator = await newPage();
  await check('operator approves the claim from the review queue', async () => {
    await signIn(operator, OPERATOR_EMAIL);
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
