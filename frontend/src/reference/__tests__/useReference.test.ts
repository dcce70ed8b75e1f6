import { describe, expect, it } from 'vitest';
import { capabilityName, capabilityOptions, nameOf, type Reference } from '../useReference';

const REFERENCE: Reference = {
  taxonomy: {
    version: 1,
    groups: [
      {
        code: 'ITO',
        nameZh: '信息技术外包',
        nameEn: 'Information technology outsourcing (ITO)',
        capabilities: [
          {
            code: 'ITO_SAAS',
            group: 'ITO',
            nameZh: '软件即服务（SaaS）',
            nameEn: 'Software as a service (SaaS)',
          },
        ],
      },
    ],
  },
  industries: [{ code: 'FINANCE', nameZh: '金融', nameEn: 'Finance' }],
  cities: [{ code: 'harbin', nameZh: '哈尔滨市', nameEn: 'Harbin' }],
};

describe('reference data', () => {
  it('names codes in the UI language and falls back to the code', () => {
    expect(capabilityName(REFERENCE, 'ITO_SAAS', 'zh-CN')).toBe('软件即服务（SaaS）');
    expect(capabilityName(REFERENCE, 'ITO_SAAS', 'en')).toBe('Software as a service (SaaS)');
    expect(capabilityName(REFERENCE, 'KPO_LEGAL', 'en')).toBe('KPO_LEGAL');
    expect(nameOf(REFERENCE.cities, 'harbin', 'en')).toBe('Harbin');
  });

  it('groups capability options by taxonomy group', () => {
    expect(capabilityOptions(REFERENCE, 'en')).toEqual([
      {
        label: 'Information technology outsourcing (ITO)',
        title: 'ITO',
        options: [{ value: 'ITO_SAAS', label: 'Software as a service (SaaS)' }],
      },
    ]);
  });
});
