// The accounts feature's HTTP contract with the backend, as TypeScript types.

export const ORGANISATION_KINDS = ['CLIENT', 'VENDOR', 'PARK_OPERATOR', 'AUTHORITY'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The kinds anyone may register; AUTHORITY organisations are created by the bootstrap admin only. */
export const SELF_REGISTERED_KINDS = ['CLIENT', 'VENDOR', 'PARK_OPERATOR'] as const;
export type SelfRegisteredKind = (typeof SELF_REGISTERED_KINDS)[number];

export const ROLES = ['ORG_ADMIN', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export interface City {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  nameZh: string;
  nameEn: string | null;
  creditCode: string;
  /** A city code from `/api/reference/cities`. */
  city: string;
}

/** The signed-in user, from `/api/me` and inside every session. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: Organisation;
}

export interface Session {
  accessToken: string;
  /** ISO-8601 instant. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: Me;
}

export interface RegistrationRequest {
  organisation: {
    kind: SelfRegisteredKind;
    nameZh: string;
    nameEn?: string;
    creditCode: string;
    city: string;
    contactName?: string;
    contactPhone?: string;
  };
  user: {
    email: string;
    password: string;
    displayName: string;
  };
}

export interface Member {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  invitedBy: string;
}

/** The answer to creating an invitation: the only time its token is shown. */
export interface CreatedInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  token: string;
}

/** What an invitation link shows before it is accepted. */
export interface InvitationPreview {
  email: string;
  role: Role;
  organisation: { nameZh: string; nameEn: string | null; kind: OrganisationKind };
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** Problem types the accounts endpoints answer with. */
export const PROBLEM = {
  validation: 'urn:waibao:problem:validation',
  emailTaken: 'urn:waibao:problem:email-taken',
  invalidCredentials: 'urn:waibao:problem:invalid-credentials',
  tooManyAttempts: 'urn:waibao:problem:too-many-attempts',
  invalidRefreshToken: 'urn:waibao:problem:invalid-refresh-token',
  lastAdmin: 'urn:waibao:problem:last-admin',
} as const;
