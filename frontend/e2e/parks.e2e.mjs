// Browser check of park management against a running Waibao with demonstration data: the demo park
// operator opens its park, adds an available space unit, and sees the available area grow by the
// unit's area, on its management page and on the public park page.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium \
//     SCREENSHOT_DIR=target/e2e node e2e/parks.e2e.mjs
import { randomInt } from 'node:crypto';
import {
  baseUrl,
  check,
  expectTextContaining,
  numberIn,
  run,
  screenshot,
  signIn,
  STEP_TIMEOUT_MS,
} from './support.mjs';

const unitCode = `E2E-${Date.now().toString(36)}${randomInt(1000)}`;
const area = 123.5;

await run('parks', async (newPage) => {
  const page = await newPage();
  let parkPath = '';
  let before = 0;

  await check('the demo park operator signs in', async () => {
    await signIn(page, 'park@demo.waibao.example');
  });

  await check('opens its first park from "my parks"', async () => {
    await page.goto(`${baseUrl}/manage/parks`, { waitUntil: 'domcontentloaded' });
    const first = page.locator('[data-testid^="manage-park-"]').first();
    await first.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByTestId('capacity-available-area').waitFor({ state: 'visible' });
    parkPath = new URL(page.url()).pathname.replace('/manage', '');
    return name;
  });

  await check('reads the available area', async () => {
    before = await numberIn(page, 'capacity-available-area');
    return `${before} m²`;
  });

  await check(`adds an available unit of ${area} m²`, async () => {
    await page.getByTestId('unit-add').click();
    await page.getByTestId('unit-building').fill('E2E 楼');
    await page.getByTestId('unit-floor').fill('9F');
    await page.getByTestId('unit-code').fill(unitCode);
    await page.getByTestId('unit-area').fill(String(area));
    await page.getByTestId('unit-seats').fill('12');
    await page.getByTestId('unit-submit').click();
    await page.getByTestId('unit-submit').waitFor({ state: 'hidden' });
    return unitCode;
  });

  await check('the available area grew by the unit', async () => {
    const expected = before + area;
    await page.waitForFunction(
      (want) => {
        const text =
          document.querySelector('[data-testid="capacity-available-area"]')?.textContent ?? '';
        return Number(text.replace(/m²/g, '').replace(/[^0-9.]/g, '')) === want;
      },
      expected,
      { timeout: STEP_TIMEOUT_MS },
    );
    await expectTextContaining(page, 'units-table', unitCode);
    return `${before} → ${expected} m²`;
  });

  await check('screenshot parks-manage.png', () => screenshot(page, 'parks-manage.png'));

  await check('the public park page shows the same availability', async () => {
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}${parkPath}`, { waitUntil: 'domcontentloaded' });
    const shown = await numberIn(visitor, 'capacity-available-area');
    if (shown !== before + area) throw new Error(`public page shows ${shown} m²`);
    await expectTextContaining(visitor, 'units-table', unitCode);
    await screenshot(visitor, 'parks-public.png');
    return `${shown} m²`;
  });
});
