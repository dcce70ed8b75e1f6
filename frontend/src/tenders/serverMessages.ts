// The backend words its field problems in English ("must be between 1 and 100"); the ones the
// tender pages meet are shown in the UI language, anything else as the server wrote it.
import type { TFunction } from 'i18next';

type Rule = [RegExp, (t: TFunction, match: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^is required$/, (t) => t('tenders.server.required')],
  [/^must not be blank$/, (t) => t('tenders.server.required')],
  [/^must be at most (\d+) characters$/, (t, m) => t('tenders.server.tooLong', { max: m[1] })],
  [/^must be in the future$/, (t) => t('tenders.server.future')],
  [/^must not exceed budgetMax$/, (t) => t('tenders.server.budgetOrder')],
  [/^must not be after the bid deadline$/, (t) => t('tenders.server.clarificationAfterBid')],
  [/^must not be before the bid deadline$/, (t) => t('tenders.server.openingBeforeBid')],
  [
    /^must leave at least the notice period of (\d+) days$/,
    (t, m) => t('tenders.server.noticePeriod', { days: m[1] }),
  ],
  [
    /^the price weight and criteria weights must sum to 100, not (-?\d+)$/,
    (t, m) => t('tenders.server.weights', { sum: m[1] }),
  ],
  [
    /^must be between (-?\d+) and (-?\d+)$/,
    (t, m) => t('tenders.server.between', { min: m[1], max: m[2] }),
  ],
  [/^must be greater than 0$/, (t) => t('tenders.server.positive')],
  [/^must not be negative$/, (t) => t('tenders.server.notNegative')],
  [/^must be an amount in CNY with at most 2 decimals$/, (t) => t('tenders.server.amount')],
  [
    /^must not exceed the price ceiling of ([\d.]+) CNY$/,
    (t, m) => t('tenders.server.ceiling', { ceiling: m[1] }),
  ],
  [/^must name at least one capability$/, (t) => t('tenders.server.capabilityNeeded')],
  [/^is not a capability of the taxonomy$/, (t) => t('tenders.server.unknownCode')],
  [/^is not a known (client industry|city)$/, (t) => t('tenders.server.unknownCode')],
  [/^must be an ISO 639 language code/, (t) => t('tenders.server.language')],
  [/^is required twice$/, (t) => t('tenders.server.twice')],
  [/^applies only to CMMI and PCMM$/, (t) => t('tenders.server.levelNotApplicable')],
  // why a vendor may not bid (422 not-eligible)
  [/^complete your vendor profile before bidding$/, (t) => t('bids.unmet.profileDetail')],
  [
    /^needs at least (\d+) staff, the profile has (\d+)$/,
    (t, m) => t('bids.unmet.headcountDetail', { needed: m[1], held: m[2] }),
  ],
  [/^lacks the capability (\S+)$/, (t, m) => t('bids.unmet.capabilityDetail', { code: m[1] })],
  [
    /^does not work in the language (\S+)$/,
    (t, m) => t('bids.unmet.languageDetail', { code: m[1] }),
  ],
  [
    /^needs a verified (\S+) certification valid at the bid deadline$/,
    (t, m) => t('bids.unmet.certificationDetail', { type: m[1] }),
  ],
  [
    /^needs (\S+) level (\d+) or higher, holds level (\d+)$/,
    (t, m) => t('bids.unmet.levelDetail', { type: m[1], needed: m[2], held: m[3] }),
  ],
];

export function localiseServerMessage(message: string, t: TFunction): string {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(t, match);
  }
  return message;
}

/** Tender fields the server may name, each with a label under `tenders.field`. */
const FIELD_NAMES = [
  'title',
  'description',
  'clientIndustry',
  'city',
  'deliveryMode',
  'budgetMin',
  'budgetMax',
  'priceCeiling',
  'contactName',
  'contactPhone',
  'contactEmail',
  'capabilities',
  'certifications',
  'languages',
  'minimumHeadcount',
  'priceWeight',
  'criteria',
  'lots',
  'noticePeriodDays',
  'clarificationDeadline',
  'bidDeadline',
  'openingTime',
  'minimumBids',
] as const;
type FieldName = (typeof FIELD_NAMES)[number];

/** `criteria[1].weight` → "评标标准 #2 weight"-like label in the UI language, for error lists. */
export function fieldLabel(path: string, t: TFunction): string {
  const match = /^([A-Za-z]+)(.*)$/.exec(path.replace(/^\$\./, ''));
  if (!match || !(FIELD_NAMES as readonly string[]).includes(match[1] ?? '')) return path;
  const rest = (match[2] ?? '').replace(
    /\[(\d+)\]/g,
    (_all, index: string) => ` #${Number(index) + 1}`,
  );
  return `${t(`tenders.field.${match[1] as FieldName}`)}${rest}`;
}
