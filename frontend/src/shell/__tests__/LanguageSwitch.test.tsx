import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n, { LANGUAGE_STORAGE_KEY } from '../../i18n';
import { renderWithApp } from '../../testing/render';
import { AppShell } from '../AppShell';

function renderShell() {
  return renderWithApp(<AppShell />, { route: '/tenders' });
}

describe('language switch', () => {
  beforeEach(async () => {
    // The shell's health badge calls the backend; here it simply never answers.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('renders the shell in Simplified Chinese by default', () => {
    renderShell();

    expect(screen.getByTestId('nav-tenders').textContent).toBe('招标');
    expect(screen.getByTestId('nav-vendors').textContent).toBe('服务商');
    // Ant Design spaces out two-character Chinese button labels.
    expect(screen.getByTestId('nav-signin').textContent).toMatch(/^登\s?录$/);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches the shell to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderShell();

    await user.click(screen.getByTestId('language-switch'));

    expect((await screen.findByTestId('nav-tenders')).textContent).toBe('Tenders');
    expect(screen.getByTestId('nav-statistics').textContent).toBe('Statistics');
    expect(screen.getByTestId('nav-signin').textContent).toContain('Sign in');
    expect(screen.getByTestId('language-switch').textContent).toContain('中文');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('switches back to Chinese', async () => {
    const user = userEvent.setup();
    renderShell();

    await user.click(screen.getByTestId('language-switch'));
    await user.click(screen.getByTestId('language-switch'));

    expect(screen.getByTestId('nav-tenders').textContent).toBe('招标');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });
});
