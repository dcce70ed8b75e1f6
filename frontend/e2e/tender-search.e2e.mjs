// Browser check of the tender search against a running Waibao server whose index holds the seven
// tenders TenderSearchBrowserIT publishes, each titled "<title> <SEARCH_MARKER>":
//
//   呼叫中心外包服务           harbin   BPO_CALL_CENTRE
//   客服热线外包项目           daqing   BPO_CALL_CENTRE
//   核心系统应用软件开发外包   harbin   ITO_APPLICATION_SOFTWARE
//   财务共享中心外包服务       qiqihar  BPO_FINANCE_ACCOUNTING
//   地理信息平台建设           harbin   ITO_GIS            (外包 only in its description)
//   数据中心运维服务           daqing   ITO_SAAS           (no 外包)
//   人力资源招聘流程服务       harbin   BPO_HR_MANAGEMENT  (no 外包)
//
// A visitor types "外包 <marker>" (5 hits), picks the city Harbin (3) and the capability call centre
// (1), seeing highlighted hits and the facet counts change; reloads the address and gets the same
// page; opens it in another browser and gets the same page; walks back and forward.
//
//   WAIBAO_BASE_URL=http://127.0.0.1:8080 CHROMIUM_PATH=/usr/bin/chromium SCREENSHOT_DIR=target/e2e \
//     SEARCH_MARKER=m1234abcd node e2e/tender-search.e2e.mjs
import { baseUrl, check, fail, run, screenshot, STEP_TIMEOUT_MS } from './support.mjs';

const marker = process.env.SEARCH_MARKER ?? fail('environment variable SEARCH_MARKER is not set');
const QUERY = `外包 ${marker}`;

/**
 * Waits until the page shows the answer to the current address: not loading, and `total` hits.
 * @param {import('playwright-core').Page} page
 * @param {number} total
 */
async function expectTotal(page, total) {
  try {
    await page.waitForFunction(
      (expected) => {
        const results = document.querySelector('[data-testid="search-results"]');
        const shown = document.querySelector('[data-testid="search-total"]');
        return (
          results?.getAttribute('data-loading') === 'false' &&
          shown?.getAttribute('data-total') === String(expected) &&
          document.querySelectorAll('[data-testid="search-hit"]').length === expected
        );
      },
      total,
      { timeout: STEP_TIMEOUT_MS },
    );
  } catch {
    const shown = await page.getByTestId('search-total').getAttribute('data-total');
    throw new Error(`expected ${total} hits, the page shows ${shown}`);
  }
}

/**
 * What a visitor sees of a facet value: its count and whether it is picked (null when not listed).
 * @param {import('playwright-core').Page} page
 * @param {string} facet
 * @param {string} value
 */
async function facet(page, facet, value) {
  const entry = page.getByTestId(`facet-${facet}-${value}`);
  if ((await entry.count()) === 0) return null;
  return {
    count: Number(await entry.getAttribute('data-count')),
    checked: (await entry.getAttribute('data-checked')) === 'true',
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} facetName
 * @param {string} value
 * @param {{count: number, checked: boolean} | null} expected
 */
async function expectFacet(page, facetName, value, expected) {
  const actual = await facet(page, facetName, value);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `facet ${facetName}=${value}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

/**
 * Everything a reload must reproduce: address, search box, hits with their highlighted HTML, and
 * every facet value with its count and state.
 * @param {import('playwright-core').Page} page
 */
async function snapshot(page) {
  return page.evaluate(() => ({
    address: `${location.pathname}${location.search}`,
    text: /** @type {HTMLInputElement | null} */ (
      document.querySelector('[data-testid="search-box"] input')
    )?.value,
    total: document.querySelector('[data-testid="search-total"]')?.textContent,
    hits: Array.from(document.querySelectorAll('[data-testid="search-hit"]')).map((hit) => ({
      id: hit.getAttribute('data-id'),
      title: hit.querySelector('[data-testid="search-hit-title"]')?.innerHTML,
    })),
    facets: Array.from(document.querySelectorAll('[data-testid^="facet-"][data-count]')).map(
      (entry) =>
        `${entry.getAttribute('data-testid')}:${entry.getAttribute('data-count')}:${entry.getAttribute('data-checked')}`,
    ),
  }));
}

/**
 * The texts of the <mark>s in the hits' titles or descriptions.
 * @param {import('playwright-core').Page} page
 * @param {'title' | 'description'} part
 */
function marks(page, part) {
  return page.evaluate(
    (testId) =>
      Array.from(document.querySelectorAll(`[data-testid="${testId}"] mark`)).map(
        (m) => m.textContent,
      ),
    `search-hit-${part}`,
  );
}

/**
 * Ticks a facet value as a visitor would, by its label.
 * @param {import('playwright-core').Page} page
 * @param {string} facetName
 * @param {string} value
 */
async function pick(page, facetName, value) {
  await page.getByTestId(`facet-${facetName}-${value}`).locator('label').click();
}

await run('tender-search', async (newPage) => {
  const page = await newPage();

  await check('the tender board opens as a search', async () => {
    await page.goto(`${baseUrl}/tenders`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('search-box').locator('input').waitFor({ state: 'visible' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="search-results"]')?.getAttribute('data-loading') ===
        'false',
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
  });

  await check(
    `typing "${QUERY}" finds the five tenders that mention 外包, highlighted`,
    async () => {
      const box = page.getByTestId('search-box').locator('input');
      await box.click();
      await box.pressSequentially(QUERY);
      await box.press('Enter');
      await expectTotal(page, 5);
      const titles = await marks(page, 'title');
      if (titles.filter((text) => text === '外包').length !== 4) {
        throw new Error(`expected 外包 marked in four titles, marks: ${JSON.stringify(titles)}`);
      }
      const descriptions = await marks(page, 'description');
      if (!descriptions.includes('外包')) {
        throw new Error(
          `expected 外包 marked in a description, marks: ${JSON.stringify(descriptions)}`,
        );
      }
      await expectFacet(page, 'city', 'harbin', { count: 3, checked: false });
      await expectFacet(page, 'city', 'daqing', { count: 1, checked: false });
      await expectFacet(page, 'city', 'qiqihar', { count: 1, checked: false });
      await expectFacet(page, 'category', 'BPO_CALL_CENTRE', { count: 2, checked: false });
      await expectFacet(page, 'category', 'ITO_SAAS', null);
      const address = new URL(page.url());
      if (address.searchParams.get('q') !== QUERY) throw new Error(`address ${page.url()}`);
      return `${titles.length} marks in titles`;
    },
  );

  await check(
    'picking the city Harbin narrows to three and changes the capability counts',
    async () => {
      await pick(page, 'city', 'harbin');
      await expectTotal(page, 3);
      await expectFacet(page, 'city', 'harbin', { count: 3, checked: true });
      // the city facet ignores its own filter, so other cities stay pickable
      await expectFacet(page, 'city', 'daqing', { count: 1, checked: false });
      await expectFacet(page, 'category', 'BPO_CALL_CENTRE', { count: 1, checked: false });
      await expectFacet(page, 'category', 'BPO_FINANCE_ACCOUNTING', null);
    },
  );

  await check(
    'picking call centres as well leaves one hit and changes the city counts',
    async () => {
      await pick(page, 'category', 'BPO_CALL_CENTRE');
      await expectTotal(page, 1);
      await expectFacet(page, 'category', 'BPO_CALL_CENTRE', { count: 1, checked: true });
      await expectFacet(page, 'city', 'harbin', { count: 1, checked: true });
      await expectFacet(page, 'city', 'daqing', { count: 1, checked: false });
      await expectFacet(page, 'city', 'qiqihar', null);
      const title = (await page.getByTestId('search-hit-title').textContent()) ?? '';
      if (!title.startsWith('呼叫中心外包服务')) throw new Error(`unexpected hit "${title}"`);
      const address = new URL(page.url());
      if (
        address.searchParams.get('city') !== 'harbin' ||
        address.searchParams.get('category') !== 'BPO_CALL_CENTRE'
      ) {
        throw new Error(`the address does not hold the facets: ${page.url()}`);
      }
      return title;
    },
  );

  await check('screenshot tender-search.png', () => screenshot(page, 'tender-search.png'));

  const picked = await snapshot(page);

  await check('reloading the address shows the same page', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expectTotal(page, 1);
    const reloaded = await snapshot(page);
    if (JSON.stringify(reloaded) !== JSON.stringify(picked)) {
      throw new Error(`before ${JSON.stringify(picked)}\nafter  ${JSON.stringify(reloaded)}`);
    }
    return reloaded.address;
  });

  await check('the same address in another browser shows the same page', async () => {
    const other = await newPage();
    await other.goto(`${baseUrl}${picked.address}`, { waitUntil: 'domcontentloaded' });
    await expectTotal(other, 1);
    const shared = await snapshot(other);
    if (JSON.stringify(shared.hits) !== JSON.stringify(picked.hits) || shared.text !== QUERY) {
      throw new Error(`shared ${JSON.stringify(shared)}`);
    }
    await other.context().close();
  });

  await check('back returns to the Harbin search, forward to the picked one', async () => {
    await page.goBack({ waitUntil: 'domcontentloaded' });
    await expectTotal(page, 3);
    await expectFacet(page, 'category', 'BPO_CALL_CENTRE', { count: 1, checked: false });
    await page.goForward({ waitUntil: 'domcontentloaded' });
    await expectTotal(page, 1);
    await expectFacet(page, 'category', 'BPO_CALL_CENTRE', { count: 1, checked: true });
  });
});
