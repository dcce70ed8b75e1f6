// Backend answers for the parks and firms component tests.
import { vi } from 'vitest';
import { json } from '../../testing/render';
import type { ParkDetail } from '../types';

export const TAXONOMY = {
  version: 1,
  groups: [
    {
      code: 'ITO',
      nameZh: '信息技术外包',
      nameEn: 'ITO',
      capabilities: [
        { code: 'ITO_SAAS', group: 'ITO', nameZh: '软件即服务（SaaS）', nameEn: 'SaaS' },
      ],
    },
  ],
};

export const CITIES = [{ code: 'harbin', nameZh: '哈尔滨市', nameEn: 'Harbin', sortOrder: 1 }];
export const INDUSTRIES = [{ code: 'FINANCE', nameZh: '金融', nameEn: 'Finance', sortOrder: 1 }];

export function aPark(overrides: Partial<ParkDetail> = {}): ParkDetail {
  return {
    id: 'p-1',
    operatorOrganisationId: 'o-1',
    nameZh: '哈尔滨软件园',
    nameEn: 'Harbin Software Park',
    city: 'harbin',
    address: '学府路 1 号',
    level: 'PROVINCIAL_DEMONSTRATION',
    levelDecidedOn: '2025-03-01',
    levelDecisionNumber: '黑商务发〔2025〕9号',
    totalArea: 12000,
    leasableArea: 10000,
    seats: 900,
    baseRent: 35,
    capacity: {
      unitArea: 4000,
      availableArea: 1500,
      availableSeats: 120,
      unitCount: 4,
      availableUnits: 1,
      undividedArea: 6000,
    },
    focusCategories: ['ITO_SAAS'],
    contactName: null,
    contactPhone: null,
    contactEmail: null,
    description: null,
    incentives: [
      {
        type: 'RENT_SUBSIDY',
        summaryZh: '租金减半',
        summaryEn: 'Half rent',
        validFrom: '2026-01-01',
        validTo: null,
      },
    ],
    units: [],
    demo: false,
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

type Route = (init?: RequestInit) => Response | Promise<Response>;

/** Stubs fetch with the reference data plus `routes` ("METHOD /path?query" → response). */
export function stubBackend(routes: Record<string, Route>) {
  const all: Record<string, Route> = {
    'GET /api/reference/capabilities': () => json(TAXONOMY),
    'GET /api/reference/industries': () => json(INDUSTRIES),
    'GET /api/reference/cities': () => json(CITIES),
    ...routes,
  };
  const fetchStub = vi.fn((input: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${input}`;
    const route = all[key];
    return route ? Promise.resolve(route(init)) : Promise.reject(new Error(`unexpected ${key}`));
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}
