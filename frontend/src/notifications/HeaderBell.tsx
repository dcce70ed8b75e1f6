// The header's place for the notification bell: nothing while signed out; for a signed-in user the
// bell, whose code loads after the shell so the first load stays small.
import { lazy, Suspense } from 'react';
import { useSession } from '../accounts/useSession';

const NotificationBell = lazy(() =>
  import('./NotificationBell').then((m) => ({ default: m.NotificationBell })),
);

export function HeaderBell() {
  const { me } = useSession();
  if (me === null) return null;
  return (
    <Suspense fallback={null}>
      {/* a new user (or organisation) starts a new count */}
      <NotificationBell key={`${me.id}:${me.organisation.id}`} />
    </Suspense>
  );
}
