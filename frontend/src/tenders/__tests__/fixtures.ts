// Test data and a fake backend for the tender and notification tests.
import { vi } from 'vitest';
import { SessionStore } from '../../accounts/session';
import type { Me } from '../../accounts/types';
import { aMe, aSession } from '../../testing/render';
import type { BidView, RankedBid, Tender } from '../types';

export const CLIENT_ORG = 'org-client';
export const VENDOR_ORG = 'org-vendor';

export function aClient(): Me {
  return aMe({
    id: 'u-client',
    displayName: '王经理',
    organisation: {
      id: CLIENT_ORG,
      kind: 'CLIENT',
      nameZh: '龙江示范银行',
      nameEn: 'Longjiang Demo Bank',
      creditCode: '91230100MA1B2C3D49',
      city: 'harbin',
    },
  });
}

export function aVendor(): Me {
  return aMe({
    id: 'u-vendor',
    organisation: {
      id: VENDOR_ORG,
      kind: 'VENDOR',
      nameZh: '哈尔滨云智软件有限公司',
      nameEn: 'Harbin Cloudwise Software Co., Ltd.',
      creditCode: '91230100MA1B2C3D49',
      city: 'harbin',
    },
  });
}

export function signedIn(me: Me): SessionStore {
  const store = new SessionStore(window.localStorage);
  store.adopt(aSession({ user: me }));
  return store;
}

const HOUR = 3_600_000;

export function aTender(overrides: Partial<Tender> = {}): Tender {
  return {
    id: 't-1',
    clientOrganisationId: CLIENT_ORG,
    status: 'ACTIVE',
    title: '核心系统应用开发外包',
    description: '为零售银行开发周边应用。',
    clientIndustry: 'FINANCE',
    city: 'harbin',
    deliveryMode: 'ONSHORE',
    budgetMin: 500_000,
    budgetMax: 2_000_000,
    priceCeiling: 2_500_000,
    contactName: '王经理',
    contactPhone: null,
    contactEmail: null,
    minimumHeadcount: 300,
    noticePeriodDays: 0,
    clarificationDeadline: new Date(Date.now() + 24 * HOUR).toISOString(),
    bidDeadline: new Date(Date.now() + 48 * HOUR).toISOString(),
    openingTime: null,
    priceWeight: 60,
    minimumBids: 1,
    capabilities: ['ITO_APPLICATION_SOFTWARE'],
    languages: ['zh', 'en'],
    certifications: [{ type: 'ISO_IEC_27001', minimumLevel: null }],
    criteria: [
      { name: '技术方案', weight: 30 },
      { name: '项目经验', weight: 10 },
    ],
    lots: [],
    publishedAt: new Date(Date.now() - HOUR).toISOString(),
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    ...overrides,
  };
}

/** A tender whose bid deadline has passed. */
export function aClosedTender(overrides: Partial<Tender> = {}): Tender {
  return aTender({
    status: 'EVALUATION',
    clarificationDeadline: new Date(Date.now() - 2 * HOUR).toISOString(),
    bidDeadline: new Date(Date.now() - HOUR).toISOString(),
    ...overrides,
  });
}

export function aBid(overrides: Partial<BidView> = {}): BidView {
  return {
    id: 'b-1',
    tenderId: 't-1',
    lotId: null,
    status: 'SUBMITTED',
    version: 1,
    needsReconfirmation: false,
    price: 1_200_000,
    durationDays: 180,
    proposal: '四十人双语团队',
    answers: [
      { criterion: 0, text: '微服务' },
      { criterion: 1, text: '十年经验' },
    ],
    submittedAt: new Date(Date.now() - HOUR).toISOString(),
    updatedAt: new Date(Date.now() - HOUR).toISOString(),
    ...overrides,
  };
}

export function aRankedBid(overrides: Partial<RankedBid> = {}): RankedBid {
  return {
    bid: aBid(),
    vendorOrganisationId: VENDOR_ORG,
    vendorName: '哈尔滨云智软件有限公司',
    scores: {},
    priceScore: 60,
    qualityScore: 0,
    total: 60,
    rank: 1,
    ...overrides,
  };
}

export type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Answers fetch by "METHOD path" (path with its query); anything else fails the call loudly.
 * Returns the stub, whose calls tests inspect.
 */
export function stubBackend(routes: Record<string, Handler>) {
  const fetchStub = vi.fn((input: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${input}`;
    const route = routes[key];
    return route ? Promise.resolve(route(init)) : Promise.reject(new Error(`unexpected ${key}`));
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

/** The calls made to "METHOD path". */
export function callsTo(fetchStub: ReturnType<typeof stubBackend>, key: string) {
  return fetchStub.mock.calls.filter(
    ([input, init]) => `${init?.method ?? 'GET'} ${input}` === key,
  );
}

export function header(init: RequestInit | undefined, name: string): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[name];
}

export function body(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

export const REFERENCE = {
  'GET /api/reference/capabilities': () =>
    new Response(
      JSON.stringify({
        version: 1,
        groups: [
          {
            code: 'ITO',
            nameZh: '信息技术外包',
            nameEn: 'ITO',
            capabilities: [
              {
                code: 'ITO_APPLICATION_SOFTWARE',
                group: 'ITO',
                nameZh: '应用软件开发与服务',
                nameEn: 'Application software',
              },
            ],
          },
        ],
      }),
      { headers: { 'Content-Type': 'application/json' } },
    ),
  'GET /api/reference/industries': () =>
    new Response(JSON.stringify([{ code: 'FINANCE', nameZh: '金融', nameEn: 'Finance' }]), {
      headers: { 'Content-Type': 'application/json' },
    }),
  'GET /api/reference/cities': () =>
    new Response(JSON.stringify([{ code: 'harbin', nameZh: '哈尔滨市', nameEn: 'Harbin' }]), {
      headers: { 'Content-Type': 'application/json' },
    }),
} satisfies Record<string, Handler>;
