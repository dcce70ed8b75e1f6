// Browser check of the statistics dashboard against a running Waibao with demonstration data: the
// authority opens the dashboard, filters by city, sees the tenders chart change, and downloads the
// tenders table as XLSX. The file and the rows the page showed are saved for the calling test,
// which parses the XLSX and compares it with the table.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium SCREENSHOT_DIR=target/e2e \
//     WAIBAO_E2E_DOWNLOAD=target/e2e/tenders.xlsx WAIBAO_E2E_TABLE=target/e2e/tenders.json \
//     node e2e/statistics.e2e.mjs
import { writeFile } from 'node:fs/promises';
import { baseUrl, check, fail, run, screenshot, signIn, STEP_TIMEOUT_MS } from './support.mjs';

const downloadPath = process.env.WAIBAO_E2E_DOWNLOAD ?? '';
const tablePath = process.env.WAIBAO_E2E_TABLE ?? '';
if (!downloadPath || !tablePath) fail('WAIBAO_E2E_DOWNLOAD and WAIBAO_E2E_TABLE must be set');
const CHART = '[data-table="tenders"] .statistics-chart[data-chart-values]';

await run('statistics', async (newPage) => {
  const page = await newPage();
  let before = '';

  await check('the authority signs in', async () => {
    await signIn(page, 'authority@demo.waibao.example');
  });

  await check('opens the statistics dashboard and sees the province', async () => {
    await page.goto(`${baseUrl}/statistics`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-scope="PROVINCE"]').waitFor({ state: 'visible' });
    await page.locator(CHART).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS * 2 });
    before = (await page.locator(CHART).getAttribute('data-chart-values')) ?? '';
    if (!(await page.locator(`${CHART} canvas`).count())) throw new Error('no chart drawn');
    return `tenders per quarter ${before}`;
  });

  await check('filters by the city of Daqing and sees the chart change', async () => {
    await page.locator('[data-filter="city"]').click();
    await page.locator('.ant-select-item-option[title="大庆市"]').click();
    await page.waitForFunction(
      ([selector, old]) => {
        const chart = document.querySelector(selector);
        return chart !== null && chart.getAttribute('data-chart-values') !== old;
      },
      [CHART, before],
      { timeout: STEP_TIMEOUT_MS },
    );
    const after = (await page.locator(CHART).getAttribute('data-chart-values')) ?? '';
    await screenshot(page, 'statistics-daqing.png');
    return `${before} → ${after}`;
  });

  await check('downloads the tenders table as XLSX', async () => {
    const rows = await page
      .locator('[data-table="tenders"] tbody tr.ant-table-row')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? ''),
        ),
      );
    if (rows.length === 0) throw new Error('the filtered table is empty');
    await writeFile(tablePath, JSON.stringify(rows));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
      page.locator('[data-table="tenders"] [data-export="xlsx"]').click(),
    ]);
    await download.saveAs(downloadPath);
    return `${download.suggestedFilename()}, ${rows.length} rows on the page`;
  });
});
