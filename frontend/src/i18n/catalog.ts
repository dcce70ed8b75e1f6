// The translation catalogue: the shared texts plus one file pair per product area, so areas built
// side by side never edit the same file. Each area's texts live under its own top-level key.
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import dashboardEn from './locales/dashboard/en.json';
import dashboardZh from './locales/dashboard/zh-CN.json';
import matchingEn from './locales/matching/en.json';
import matchingZh from './locales/matching/zh-CN.json';
import searchEn from './locales/search/en.json';
import searchZh from './locales/search/zh-CN.json';
import subsidiesEn from './locales/subsidies/en.json';
import subsidiesZh from './locales/subsidies/zh-CN.json';
import tenancyEn from './locales/tenancy/en.json';
import tenancyZh from './locales/tenancy/zh-CN.json';

export const zhCNCatalog = {
  ...zhCN,
  dashboard: dashboardZh,
  matching: matchingZh,
  search: searchZh,
  subsidies: subsidiesZh,
  tenancy: tenancyZh,
};

export const enCatalog = {
  ...en,
  dashboard: dashboardEn,
  matching: matchingEn,
  search: searchEn,
  subsidies: subsidiesEn,
  tenancy: tenancyEn,
};
