import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { setAuthenticator } from '../../shared/api';
import { aSession, json, problem, renderWithApp } from '../../testing/render';
import { RegisterPage } from '../RegisterPage';
import { REFRESH_TOKEN_KEY } from '../session';
import { PROBLEM } from '../types';

const CITIES = [
  { code: 'harbin', nameZh: '哈尔滨市', nameEn: 'Harbin' },
  { code: 'daqing', nameZh: '大庆市', nameEn: 'Daqing' },
];

/** The messages Ant Design shows under the form item holding the element with this test id. */
function errorsOf(testId: string): string[] {
  const item = screen.getByTestId(testId).closest('.ant-form-item');
  if (item === null) throw new Error(`${testId} is not inside a form item`);
  return [...item.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent ?? '');
}

function stubBackend(registration: () => Response) {
  const fetchStub = vi.fn((input: string, _init?: RequestInit) => {
    if (input === '/api/reference/cities') return Promise.resolve(json(CITIES));
    if (input === '/api/accounts/registrations') return Promise.resolve(registration());
    return Promise.reject(new Error(`unexpected ${input}`));
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('register-kind-VENDOR'));
  await user.type(screen.getByTestId('register-nameZh'), '哈尔滨云智软件有限公司');
  await user.type(screen.getByTestId('register-nameEn'), 'Harbin Cloudwise Software');
  // Typed in lower case: the form upper-cases it.
  await user.type(screen.getByTestId('register-creditCode'), '91230100ma1b2c3d49');
  await user.click(screen.getByRole('combobox'));
  await user.click(await screen.findByTestId('register-city-option-harbin'));
  await user.type(screen.getByTestId('register-displayName'), '李雷');
  await user.type(screen.getByTestId('register-email'), 'li.lei@example.cn');
  await user.type(screen.getByTestId('register-password'), 'correct-horse-42');
}

describe('register page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    setAuthenticator(null);
  });

  it('sends the registration and lands signed in on my account', async () => {
    const fetchStub = stubBackend(() => json(aSession(), 201));
    const user = userEvent.setup();
    const { store } = renderWithApp(<RegisterPage />, { route: '/register' });

    await fillValidForm(user);
    await user.click(screen.getByTestId('register-submit'));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/account'));
    const [, init] = fetchStub.mock.calls.find(([path]) => path === '/api/accounts/registrations')!;
    expect(JSON.parse(String(init?.body))).toEqual({
      organisation: {
        kind: 'VENDOR',
        nameZh: '哈尔滨云智软件有限公司',
        nameEn: 'Harbin Cloudwise Software',
        creditCode: '91230100MA1B2C3D49',
        city: 'harbin',
      },
      user: { email: 'li.lei@example.cn', password: 'correct-horse-42', displayName: '李雷' },
    });
    expect(store.getSnapshot().status).toBe('signedIn');
    expect(window.localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  }, 30_000);

  it('shows the server’s field errors on the fields they name', async () => {
    stubBackend(() =>
      problem(400, PROBLEM.validation, {
        errors: [
          { field: 'organisation.creditCode', message: 'check character mismatch' },
          { field: 'user.password', message: 'too weak' },
          { field: 'organisation.nameZh', message: 'already registered under this name' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RegisterPage />, { route: '/register' });

    await fillValidForm(user);
    expect(errorsOf('register-creditCode')).toEqual([]);
    await user.click(screen.getByTestId('register-submit'));

    await waitFor(() => expect(errorsOf('register-creditCode')).toEqual(['统一社会信用代码无效']));
    expect(errorsOf('register-password')).toEqual([
      '密码不符合要求（10–128 位，至少包含一个字母和一个数字，且不能与邮箱相同）',
    ]);
    // No UI text of its own for this field: the server's message.
    expect(errorsOf('register-nameZh')).toEqual(['already registered under this name']);
    expect(errorsOf('register-email')).toEqual([]);
    expect(errorsOf('register-displayName')).toEqual([]);
    expect(screen.getByTestId('register-error').textContent).toContain('请检查标出的字段');
    expect(screen.getByTestId('location').textContent).toBe('/register');
  }, 30_000);

  it('shows a taken email on the email field', async () => {
    stubBackend(() =>
      problem(409, PROBLEM.emailTaken, {
        errors: [{ field: 'user.email', message: 'email taken' }],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RegisterPage />, { route: '/register' });

    await fillValidForm(user);
    await user.click(screen.getByTestId('register-submit'));

    await waitFor(() =>
      expect(errorsOf('register-email')).toEqual(['该邮箱已被注册，请直接登录或使用其他邮箱']),
    );
    expect(errorsOf('register-creditCode')).toEqual([]);
  }, 30_000);

  it('checks the credit code as it is typed, without asking the server', async () => {
    const fetchStub = stubBackend(() => json(aSession(), 201));
    const user = userEvent.setup();
    renderWithApp(<RegisterPage />, { route: '/register' });

    await user.type(screen.getByTestId('register-creditCode'), '91230100MA1B2C3D48');
    await waitFor(() =>
      expect(errorsOf('register-creditCode')).toEqual(['校验位不正确，请核对代码']),
    );
    await user.clear(screen.getByTestId('register-creditCode'));
    await user.type(screen.getByTestId('register-creditCode'), '9123010OMA1B2C3D49');
    await waitFor(() =>
      expect(errorsOf('register-creditCode')).toEqual([
        '含有无效字符：只能是数字和大写字母（不含 I、O、Z、S、V）',
      ]),
    );
    await user.click(screen.getByTestId('register-submit'));
    expect(fetchStub.mock.calls.map(([path]) => path)).not.toContain('/api/accounts/registrations');
  }, 30_000);
});
