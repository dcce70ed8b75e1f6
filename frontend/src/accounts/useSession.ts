// The session as React sees it: who is signed in and what they can do about it.
import { createContext, useContext } from 'react';
import type { SessionStatus } from './session';
import type { Me, RegistrationRequest } from './types';

export interface SessionContextValue {
  status: SessionStatus;
  /** The signed-in user; null while restoring or when signed out. */
  me: Me | null;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  register(registration: RegistrationRequest): Promise<Me>;
  acceptInvitation(token: string, displayName: string, password: string): Promise<Me>;
  changePassword(currentPassword: string, newPassword: string): Promise<Me>;
  reloadMe(): Promise<Me>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) {
    throw new Error('useSession() needs a <SessionProvider> above it');
  }
  return value;
}

/** Whether the user may read the audit trail: their organisation's admins, and the authority. */
export function canReadAudit(me: Me | null): boolean {
  return me !== null && (me.role === 'ORG_ADMIN' || me.organisation.kind === 'AUTHORITY');
}
