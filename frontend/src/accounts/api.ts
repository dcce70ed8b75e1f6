// Typed calls to the accounts endpoints, all through the one API client.
import { api } from '../shared/api';
import type {
  AuditEvent,
  City,
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Me,
  Member,
  Page,
  RegistrationRequest,
  Role,
  Session,
} from './types';

const segment = encodeURIComponent;

export const accountsApi = {
  cities: () => api.get<City[]>('/api/reference/cities', { authenticate: false }),

  register: (body: RegistrationRequest) => api.post<Session>('/api/accounts/registrations', body),
  signIn: (email: string, password: string) =>
    api.post<Session>('/api/auth/sign-in', { email, password }, { authenticate: false }),
  refresh: (refreshToken: string) =>
    api.post<Session>('/api/auth/refresh', { refreshToken }, { authenticate: false }),
  signOut: (refreshToken: string) => api.post<void>('/api/auth/sign-out', { refreshToken }),

  me: () => api.get<Me>('/api/me'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<Session>('/api/me/password', { currentPassword, newPassword }),

  members: () => api.get<Member[]>('/api/organisations/me/members'),
  changeRole: (userId: string, role: Role) =>
    api.put<Member>(`/api/organisations/me/members/${segment(userId)}/role`, { role }),
  removeMember: (userId: string) =>
    api.delete<void>(`/api/organisations/me/members/${segment(userId)}`),

  invitations: () => api.get<Invitation[]>('/api/organisations/me/invitations'),
  invite: (email: string, role: Role) =>
    api.post<CreatedInvitation>('/api/organisations/me/invitations', { email, role }),
  revokeInvitation: (id: string) =>
    api.delete<void>(`/api/organisations/me/invitations/${segment(id)}`),

  invitation: (token: string) =>
    api.get<InvitationPreview>(`/api/invitations/${segment(token)}`, { authenticate: false }),
  acceptInvitation: (token: string, displayName: string, password: string) =>
    api.post<Session>(
      `/api/invitations/${segment(token)}/accept`,
      { displayName, password },
      { authenticate: false },
    ),

  auditEvents: (page: number, size: number) =>
    api.get<Page<AuditEvent>>(`/api/audit-events?page=${page}&size=${size}`),
};
