// Puts a SessionStore into React: renders its state, and when a live session ends on its own (revoked,
// refresh refused) sends the user to sign in, to come back where they were.
import { useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { signInPath } from './navigation';
import type { SessionStore } from './session';
import { SessionContext, type SessionContextValue } from './useSession';

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('/');
  useEffect(() => {
    here.current = `${location.pathname}${location.search}`;
  }, [location]);

  useEffect(
    () =>
      store.onExpired(() => {
        void navigate(signInPath(here.current), { state: { expired: true } });
      }),
    [store, navigate],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      status: snapshot.status,
      me: snapshot.me,
      signIn: (email, password) => store.signIn(email, password),
      signOut: () => store.signOut(),
      register: (registration) => store.register(registration),
      acceptInvitation: (token, displayName, password) =>
        store.acceptInvitation(token, displayName, password),
      changePassword: (currentPassword, newPassword) =>
        store.changePassword(currentPassword, newPassword),
      reloadMe: () => store.reloadMe(),
    }),
    [store, snapshot],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
