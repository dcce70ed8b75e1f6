import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { setAuthenticator } from '../../shared/api';
import { aSession, renderWithApp } from '../../testing/render';
import { RequireSession } from '../RequireSession';
import { SessionStore } from '../session';

function Guarded() {
  return (
    <Routes>
      <Route element={<RequireSession />}>
        <Route path="/organisation/audit" element={<p data-testid="secret">audit</p>} />
      </Route>
      <Route path="/sign-in" element={<p data-testid="sign-in">sign in</p>} />
    </Routes>
  );
}

describe('protected routes', () => {
  afterEach(() => setAuthenticator(null));

  it('send a signed-out visitor to sign in, with the way back', async () => {
    renderWithApp(<Guarded />, { route: '/organisation/audit?page=2' });

    await waitFor(() => expect(screen.getByTestId('sign-in')).toBeTruthy());
    expect(screen.getByTestId('location').textContent).toBe(
      '/sign-in?returnTo=%2Forganisation%2Faudit%3Fpage%3D2',
    );
  });

  it('wait while the session is restored, then show the page', async () => {
    window.localStorage.setItem('waibao.refreshToken', 'refresh-stored');
    const store = new SessionStore(window.localStorage);
    renderWithApp(<Guarded />, { route: '/organisation/audit', store });

    expect(screen.getByTestId('session-restoring')).toBeTruthy();
    store.adopt(aSession());
    expect(await screen.findByTestId('secret')).toBeTruthy();
    store.dispose();
  });
});
