// What the subsidies API answers and accepts.

export type PolicyType = 'RENT' | 'CERTIFICATION' | 'TRAINING';
export type ClaimStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PAID';
export type FundingSource = 'PROVINCE' | 'CITY' | 'PARK' | 'PROVINCE_AND_CITY';
export type ParkLevel = 'ORDINARY' | 'PROVINCIAL_DEMONSTRATION' | 'NATIONAL_DEMONSTRATION';
export type SizeTier = 'SMALL' | 'SCALE' | 'LARGE';
export type CertificationType =
  'CMMI' | 'PCMM' | 'ISO_IEC_27001' | 'ISO_IEC_20000' | 'SOC1_SAS70' | 'OTHER';

export interface RentRule {
  percentOfRent: number | null;
  capPerSquareMetrePerMonth: number | null;
  maxMonths: number | null;
  parkLevels: ParkLevel[];
  sizeTiers: SizeTier[];
  wellKnownOnly: boolean;
  capabilities: string[];
}

export interface CertificationAmount {
  type: CertificationType | null;
  level: number | null;
  amount: number | null;
}

export interface TrainingRule {
  trainingPerTrainee: number | null;
  placementPerTrainee: number | null;
  minContractMonths: number | null;
  provinceSharePercent: number | null;
}

export interface PolicyRule {
  rent: RentRule | null;
  certification: { amounts: CertificationAmount[] } | null;
  training: TrainingRule | null;
}

export interface Policy {
  id: string;
  ownerOrganisationId: string;
  ownerNameZh: string;
  ownerNameEn: string | null;
  parkId: string | null;
  parkNameZh: string | null;
  parkNameEn: string | null;
  type: PolicyType;
  nameZh: string;
  nameEn: string | null;
  validFrom: string;
  validTo: string | null;
  annualBudget: number;
  fundingSource: FundingSource;
  rule: PolicyRule;
  revision: number;
  inForce: boolean;
  budgetYear: number;
  committed: number;
  paid: number;
  remaining: number;
  claims: number;
}

export interface PolicyInput {
  type: PolicyType;
  parkId: string | null;
  nameZh: string;
  nameEn: string | null;
  validFrom: string;
  validTo: string | null;
  annualBudget: number;
  fundingSource: FundingSource;
  rent: RentRule | null;
  certification: { amounts: CertificationAmount[] } | null;
  training: TrainingRule | null;
}

export interface ExplanationLine {
  code: string;
  values: Record<string, string>;
  text: string;
}

export interface Trainee {
  name: string;
  identityNumber: string;
  trainingCompletedOn: string;
  employerCreditCode: string;
  contractStart: string;
  contractEnd: string;
}

export interface LeaseMonth {
  number: number;
  from: string;
  to: string;
  amount: number;
}

export interface ClaimBasis {
  leaseId: string | null;
  parkId: string | null;
  months: LeaseMonth[] | null;
  certificationId: string | null;
  certificationType: CertificationType | null;
  certificationLevel: number | null;
  certificateNumber: string | null;
  cohortName: string | null;
  trainees: Trainee[] | null;
}

export interface Payment {
  id: string;
  claimId: string;
  policyId: string;
  policyNameZh: string;
  policyNameEn: string | null;
  type: PolicyType;
  claimantNameZh: string;
  claimantNameEn: string | null;
  amount: number;
  fundingSource: FundingSource;
  reference: string;
  paidOn: string;
  recordedAt: string;
}

export interface Claim {
  id: string;
  policyId: string;
  policyNameZh: string;
  policyNameEn: string | null;
  policyRevision: number;
  policyOwnerOrganisationId: string;
  type: PolicyType;
  status: ClaimStatus;
  claimantOrganisationId: string;
  claimantNameZh: string;
  claimantNameEn: string | null;
  budgetYear: number;
  basis: ClaimBasis;
  computedAmount: number;
  explanation: ExplanationLine[];
  provinceShare: number | null;
  cityShare: number | null;
  approvedAmount: number | null;
  decisionReason: string | null;
  decidedAt: string | null;
  paidAmount: number;
  submittedAt: string;
  payments: Payment[];
}

export interface ClaimInput {
  policyId: string;
  leaseId?: string;
  months?: number[];
  certificationId?: string;
  cohort?: { name: string; trainees: Trainee[] };
}

export interface Estimate {
  basis: 'lease' | 'certification' | 'trainee';
  label: string;
  leaseId: string | null;
  certificationId: string | null;
  months: number[];
  amount: number | null;
  explanation: ExplanationLine[];
  eligible: boolean;
  reasons: { field: string; message: string }[];
}

export interface Offer {
  policy: Policy;
  estimates: Estimate[];
}

export interface Assessment {
  amount: number;
  provinceShare: number | null;
  cityShare: number | null;
  explanation: ExplanationLine[];
  basis: ClaimBasis;
}
