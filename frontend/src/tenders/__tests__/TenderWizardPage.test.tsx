import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { json, problem, renderWithApp } from '../../testing/render';
import { Route, Routes } from 'react-router-dom';
import { TenderWizardPage } from '../wizard/TenderWizardPage';
import {
  aClient,
  aTender,
  aVendor,
  body,
  callsTo,
  REFERENCE,
  signedIn,
  stubBackend,
  type Handler,
} from './fixtures';

const DRAFT = aTender({
  id: 't-9',
  status: 'DRAFT',
  title: '呼叫中心外包',
  publishedAt: null,
  capabilities: [],
  criteria: [{ name: '技术方案', weight: 40 }],
});

describe('tender wizard', () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    setAuthenticator(null);
  });

  function open(routes: Record<string, Handler>, as = aClient()) {
    const fetchStub = stubBackend({ ...REFERENCE, ...routes });
    store = signedIn(as);
    renderWithApp(
      <Routes>
        <Route path="/tenders/new" element={<TenderWizardPage />} />
        <Route path="/tenders/:id/edit" element={<TenderWizardPage />} />
      </Routes>,
      { store, route: '/tenders/new' },
    );
    return fetchStub;
  }

  async function fillMinimum(user: ReturnType<typeof userEvent.setup>) {
    await user.type(await screen.findByTestId('wizard-title'), '呼叫中心外包');
    await user.click(screen.getByTestId('wizard-step-criteria'));
    await user.type(screen.getByTestId('wizard-criterion-name-0'), '技术方案');
  }

  it('is for clients only', () => {
    open({}, aVendor());
    expect(screen.getByTestId('page-title').textContent).toBe('无权访问');
  });

  it('adds up the weights as they are typed', async () => {
    open({});
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('wizard-step-criteria'));
    expect(screen.getByTestId('criteria-sum').dataset.sum).toBe('100');

    const weight = screen.getByTestId('wizard-criterion-weight-0');
    await user.clear(weight);
    await user.type(weight, '30');
    await waitFor(() => expect(screen.getByTestId('criteria-sum').dataset.sum).toBe('90'));
    expect(screen.getByTestId('criteria-sum').textContent).toContain('权重合计：90 / 100');

    await user.click(screen.getByTestId('wizard-criterion-add'));
    await user.type(screen.getByTestId('wizard-criterion-weight-1'), '10');
    await waitFor(() => expect(screen.getByTestId('criteria-sum').dataset.sum).toBe('100'));
  }, 30_000);

  it('drafts with POST, then saves with PATCH on the edit page', async () => {
    const fetchStub = open({
      'POST /api/tenders': () => json(DRAFT, 201),
      'PATCH /api/tenders/t-9': () => json(DRAFT),
    });
    const user = userEvent.setup();
    await fillMinimum(user);

    await user.click(screen.getByTestId('wizard-save'));
    expect((await screen.findByTestId('wizard-saved')).textContent).toBe('草稿已保存');
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/tenders/t-9/edit'),
    );
    const created = body(callsTo(fetchStub, 'POST /api/tenders')[0]?.[1]);
    expect(created).toMatchObject({
      title: '呼叫中心外包',
      priceWeight: 60,
      criteria: [{ name: '技术方案', weight: 40 }],
      languages: ['zh'],
      noticePeriodDays: 10,
    });

    await user.click(screen.getByTestId('wizard-save'));
    await waitFor(() => expect(callsTo(fetchStub, 'PATCH /api/tenders/t-9')).toHaveLength(1));
    expect(callsTo(fetchStub, 'POST /api/tenders')).toHaveLength(1);
  }, 30_000);

  it("puts the server's errors from publishing on their steps and fields", async () => {
    const fetchStub = open({
      'POST /api/tenders': () => json(DRAFT, 201),
      'POST /api/tenders/t-9/publish': () =>
        problem(400, 'urn:waibao:problem:validation', {
          errors: [
            { field: 'bidDeadline', message: 'must leave at least the notice period of 10 days' },
            { field: 'capabilities', message: 'must name at least one capability' },
          ],
        }),
    });
    const user = userEvent.setup();
    await fillMinimum(user);

    await user.click(screen.getByTestId('wizard-publish'));

    // the first step with an error is shown, with the error on its field
    expect(await screen.findByText('至少选择一个能力类别')).toBeTruthy();
    expect(screen.getByTestId('wizard-capabilities')).toBeTruthy();
    expect(screen.getByText('投标截止时间距发布至少要留出 10 天公告期')).toBeTruthy();
    expect(screen.getByTestId('wizard-error').textContent).toBe('请检查标红的步骤和字段');
    expect(document.querySelectorAll('.ant-steps-item-error')).toHaveLength(2);
    // still the same wizard, errors and all, now at the draft's edit address
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/tenders/t-9/edit'),
    );
    expect(screen.getByText('至少选择一个能力类别')).toBeTruthy();
    expect(screen.getByTestId('wizard-status').dataset.status).toBe('DRAFT');
    expect(callsTo(fetchStub, 'POST /api/tenders/t-9/publish')).toHaveLength(1);
  }, 30_000);

  it('does not publish while the weights miss 100', async () => {
    const fetchStub = open({});
    const user = userEvent.setup();
    await fillMinimum(user);
    const weight = screen.getByTestId('wizard-criterion-weight-0');
    await user.clear(weight);
    await user.type(weight, '20');

    await user.click(screen.getByTestId('wizard-publish'));

    expect((await screen.findByTestId('criteria-sum')).textContent).toContain(
      '价格权重与各评分项权重之和须为 100，当前为 80',
    );
    expect(callsTo(fetchStub, 'POST /api/tenders')).toHaveLength(0);
  }, 30_000);
});
