package dev.waibao.subsidies.internal;

/**
 * Who pays a policy's subsidies. Training subsidies are shared by province and city, as the policy
 * says (所需经费由省、市共同负担); each ledger entry names one payer.
 */
enum FundingSource {
  PROVINCE,
  CITY,
  PARK,
  PROVINCE_AND_CITY
}
