// Browser check of certification verification against a running Waibao with demonstration data: the
// demo vendor submits a certification with its certificate (a PDF), it is not public yet; the
// authority finds it in the verification queue and verifies it; it then appears on the vendor's
// public page.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium \
//     SCREENSHOT_DIR=target/e2e node e2e/certifications.e2e.mjs
import { randomInt } from 'node:crypto';
import {
  baseUrl,
  check,
  expectTextContaining,
  run,
  screenshot,
  signIn,
  STEP_TIMEOUT_MS,
} from './support.mjs';

const number = `E2E-CMMI-${Date.now().toString(36).toUpperCase()}${randomInt(1000)}`;
/** @param {number} days */
function isoDate(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'ascii');

await run('certifications', async (newPage) => {
  const vendor = await newPage();
  let vendorPath = '';

  await check('the demo vendor signs in and opens its company profile', async () => {
    await signIn(vendor, 'vendor@demo.waibao.example');
    await vendor.goto(`${baseUrl}/manage/vendor-profile`, { waitUntil: 'domcontentloaded' });
    const link = vendor.getByTestId('profile-public-link');
    await link.waitFor({ state: 'visible' });
    vendorPath = (await link.getAttribute('href')) ?? '';
    return vendorPath;
  });

  await check('submits a CMMI certification with its certificate', async () => {
    await vendor.getByTestId('certification-add').click();
    await vendor.getByTestId('certification-number').fill(number);
    await vendor.getByTestId('certification-issuer').fill('CMMI Institute');
    await vendor.getByTestId('certification-issuedOn').fill(isoDate(-300));
    await vendor.getByTestId('certification-expiresOn').fill(isoDate(800));
    await vendor
      .getByTestId('certification-file')
      .setInputFiles({ name: 'cmmi-certificate.pdf', mimeType: 'application/pdf', buffer: pdf });
    await vendor.getByTestId('certification-document').waitFor({ state: 'visible' });
    await vendor.getByTestId('certification-submit').click();
    await expectTextContaining(vendor, `certification-status-${number}`, '待审核');
    return number;
  });

  await check('it is not public before verification', async () => {
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}${vendorPath}`, { waitUntil: 'domcontentloaded' });
    await visitor.getByTestId('vendor-certifications').waitFor({ state: 'visible' });
    const text = (await visitor.getByTestId('vendor-certifications').textContent()) ?? '';
    if (text.includes(number)) throw new Error('the unverified certification is shown publicly');
  });

  const authority = await newPage();
  await check('the authority finds it in the verification queue', async () => {
    await signIn(authority, 'authority@demo.waibao.example');
    await authority.goto(`${baseUrl}/authority/certifications`, { waitUntil: 'domcontentloaded' });
    const search = authority.getByTestId('queue-search').locator('input');
    await search.fill(number);
    await search.press('Enter');
    await authority.getByTestId(`queue-number-${number}`).waitFor({ state: 'visible' });
  });

  await check('screenshot certifications-queue.png', () =>
    screenshot(authority, 'certifications-queue.png'),
  );

  await check('verifies it', async () => {
    await authority.getByTestId(`verify-${number}`).click();
    await authority
      .getByTestId(`verify-${number}`)
      .waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
  });

  await check('it appears on the public vendor page', async () => {
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}${vendorPath}`, { waitUntil: 'domcontentloaded' });
    await expectTextContaining(visitor, 'vendor-certifications', number);
    await screenshot(visitor, 'certifications-public.png');
  });

  await check('the vendor sees it verified', async () => {
    await vendor.reload({ waitUntil: 'domcontentloaded' });
    await expectTextContaining(vendor, `certification-status-${number}`, '已核验');
  });
});
