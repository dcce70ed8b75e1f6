import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../accounts/session';
import i18n from '../../i18n';
import { resetReference } from '../../reference/useReference';
import { setAuthenticator } from '../../shared/api';
import { json, problem, renderWithApp } from '../../testing/render';
import { TenderDetailPage } from '../TenderDetailPage';
import type { BidView, RankedBid } from '../types';
import {
  aBid,
  aClient,
  aClosedTender,
  aRankedBid,
  aTender,
  aVendor,
  body,
  callsTo,
  header,
  REFERENCE,
  signedIn,
  stubBackend,
  type Handler,
} from './fixtures';

const UUID = /^[0-9a-f-]{36}$/;
const NO_BID = () => problem(404, 'urn:waibao:problem:not-found');

function backend(routes: Record<string, Handler>) {
  return stubBackend({
    ...REFERENCE,
    'GET /api/tenders/t-1/questions': () => json([]),
    ...routes,
  });
}

describe('tender detail', () => {
  let store: SessionStore | undefined;

  beforeEach(async () => {
    resetReference();
    await i18n.changeLanguage('zh-CN');
  });

  afterEach(() => {
    store?.dispose();
    setAuthenticator(null);
  });

  function open(as: ReturnType<typeof aVendor>) {
    store = signedIn(as);
    return renderWithApp(<TenderDetailPage />, {
      store,
      route: '/tenders/t-1',
      path: '/tenders/:id',
    });
  }

  it('shows every public field, the criteria and a countdown to the deadline', async () => {
    const closes = new Date(Date.now() + 2 * 86_400_000 - 30 * 60_000).toISOString();
    backend({ 'GET /api/tenders/t-1': () => json(aTender({ bidDeadline: closes })) });
    store = undefined;
    renderWithApp(<TenderDetailPage />, { route: '/tenders/t-1', path: '/tenders/:id' });

    expect((await screen.findByTestId('page-title')).textContent).toBe('核心系统应用开发外包');
    expect(screen.getByTestId('tender-status').dataset.status).toBe('ACTIVE');
    expect(screen.getByTestId('tender-budget').textContent).toBe('¥500,000 – ¥2,000,000');
    expect(screen.getByTestId('tender-bid-deadline-countdown').textContent).toMatch(
      /^剩余 1 天 23:(29|30):\d\d$/,
    );
    expect(screen.getByTestId('tender-certification-ISO_IEC_27001')).toBeTruthy();
    const criteria = screen.getByTestId('tender-criteria');
    expect(within(criteria).getByText('技术方案')).toBeTruthy();
    expect(within(criteria).getByText('60 分')).toBeTruthy();
    // signed out: no bid panel, an invitation to sign in
    expect(screen.queryByTestId('bid-panel')).toBeNull();
    expect(screen.getByTestId('tender-signin-to-bid')).toBeTruthy();
  });

  it('lets a vendor bid once, under one Idempotency-Key kept across a retry', async () => {
    let mine: BidView[] = [];
    let posts = 0;
    const fetchStub = backend({
      'GET /api/tenders/t-1': () => json(aTender()),
      'GET /api/tenders/t-1/bids/mine': () => (mine.length ? json(mine) : NO_BID()),
      'POST /api/tenders/t-1/bids': () => {
        posts += 1;
        if (posts === 1) throw new TypeError('Failed to fetch');
        mine = [aBid()];
        return json(aBid(), 201);
      },
    });
    const user = userEvent.setup();
    open(aVendor());

    await user.type(await screen.findByTestId('bid-price'), '1200000');
    await user.type(screen.getByTestId('bid-duration'), '180');
    await user.type(screen.getByTestId('bid-answer-0'), '微服务');
    await user.click(screen.getByTestId('bid-submit'));
    expect((await screen.findByTestId('bid-error')).textContent).toContain('无法连接服务器');
    await user.click(screen.getByTestId('bid-submit'));

    expect((await screen.findByTestId('my-bid-tender')).dataset.status).toBe('SUBMITTED');
    const [first, retry] = callsTo(fetchStub, 'POST /api/tenders/t-1/bids');
    expect(header(first?.[1], 'Idempotency-Key')).toMatch(UUID);
    expect(header(retry?.[1], 'Idempotency-Key')).toBe(header(first?.[1], 'Idempotency-Key'));
    expect(body(retry?.[1])).toEqual({
      lotId: null,
      price: 1_200_000,
      durationDays: 180,
      proposal: '',
      answers: [
        { criterion: 0, text: '微服务' },
        { criterion: 1, text: '' },
      ],
    });
    // one live bid: no second form
    expect(screen.queryByTestId('bid-form')).toBeNull();
  }, 30_000);

  it('takes bids per lot: a vendor with a bid on one lot may bid on the other', async () => {
    const lots = [
      { id: 'l-1', title: '一标段：核心系统', budgetMax: 1_000_000 },
      { id: 'l-2', title: '二标段：渠道系统', budgetMax: 800_000 },
    ];
    const fetchStub = backend({
      'GET /api/tenders/t-1': () => json(aTender({ lots })),
      'GET /api/tenders/t-1/bids/mine': () => json([aBid({ lotId: 'l-1' })]),
      'POST /api/tenders/t-1/bids': () => json(aBid({ id: 'b-2', lotId: 'l-2' }), 201),
    });
    const user = userEvent.setup();
    open(aVendor());

    expect(await screen.findByTestId('my-bid-l-1')).toBeTruthy();
    expect(within(screen.getByTestId('tender-lots')).getByText('二标段：渠道系统')).toBeTruthy();
    // the only lot left is chosen already
    expect(within(screen.getByTestId('bid-form')).getByText(/二标段/)).toBeTruthy();
    await user.type(screen.getByTestId('bid-price'), '700000');
    await user.type(screen.getByTestId('bid-duration'), '120');
    await user.click(screen.getByTestId('bid-submit'));

    await waitFor(() => expect(callsTo(fetchStub, 'POST /api/tenders/t-1/bids')).toHaveLength(1));
    expect(body(callsTo(fetchStub, 'POST /api/tenders/t-1/bids')[0]?.[1])).toMatchObject({
      lotId: 'l-2',
      price: 700_000,
    });
  }, 30_000);

  it('tells an ineligible vendor every requirement it does not meet', async () => {
    backend({
      'GET /api/tenders/t-1': () => json(aTender()),
      'GET /api/tenders/t-1/bids/mine': NO_BID,
      'POST /api/tenders/t-1/bids': () =>
        problem(422, 'urn:waibao:problem:not-eligible', {
          errors: [
            { field: 'minimumHeadcount', message: 'needs at least 300 staff, the profile has 20' },
            {
              field: 'certifications',
              message: 'needs a verified ISO_IEC_27001 certification valid at the bid deadline',
            },
            { field: 'languages', message: 'does not work in the language en' },
          ],
        }),
    });
    const user = userEvent.setup();
    open(aVendor());

    await user.type(await screen.findByTestId('bid-price'), '900000');
    await user.type(screen.getByTestId('bid-duration'), '90');
    await user.click(screen.getByTestId('bid-submit'));

    await screen.findByTestId('bid-not-eligible');
    expect(screen.getByTestId('bid-unmet-minimumHeadcount').textContent).toBe(
      '人员规模 — 至少需要 300 人，档案中为 20 人',
    );
    expect(screen.getByTestId('bid-unmet-certifications').textContent).toContain('ISO_IEC_27001');
    expect(screen.getByTestId('bid-unmet-languages').textContent).toBe(
      '工作语言 — 不具备工作语言 en',
    );
  }, 30_000);

  it('asks a vendor to reconfirm a bid after a material amendment, and lets it withdraw', async () => {
    let mine: BidView[] = [aBid({ needsReconfirmation: true })];
    const fetchStub = backend({
      'GET /api/tenders/t-1': () => json(aTender()),
      'GET /api/tenders/t-1/bids/mine': () => (mine.length ? json(mine) : NO_BID()),
      'DELETE /api/tenders/t-1/bids/mine': () => {
        mine = [];
        return new Response(null, { status: 204 });
      },
    });
    const user = userEvent.setup();
    open(aVendor());

    expect((await screen.findByTestId('bid-reconfirm')).textContent).toContain('重新确认');
    expect(screen.getByTestId('bid-revise')).toBeTruthy();
    expect(screen.queryByTestId('bid-form')).toBeNull();

    await user.click(screen.getByTestId('bid-withdraw'));
    await user.click(await screen.findByTestId('bid-withdraw-confirm'));

    expect((await screen.findByTestId('bid-notice')).textContent).toBe('投标已撤回');
    expect(callsTo(fetchStub, 'DELETE /api/tenders/t-1/bids/mine')).toHaveLength(1);
    expect(await screen.findByTestId('bid-form')).toBeTruthy();
  }, 30_000);

  it('lets a vendor ask a question before the clarification deadline', async () => {
    const fetchStub = backend({
      'GET /api/tenders/t-1': () => json(aTender()),
      'GET /api/tenders/t-1/bids/mine': NO_BID,
      'POST /api/tenders/t-1/questions': () =>
        json(
          {
            id: 'q-1',
            question: '是否接受联合体？',
            askedAt: new Date().toISOString(),
            answer: null,
            answeredAt: null,
            askedByYou: true,
          },
          201,
        ),
    });
    const user = userEvent.setup();
    open(aVendor());

    await user.type(await screen.findByTestId('question-input'), '是否接受联合体？');
    await user.click(screen.getByTestId('question-submit'));

    await screen.findByTestId('question-asked');
    expect(body(callsTo(fetchStub, 'POST /api/tenders/t-1/questions')[0]?.[1])).toEqual({
      question: '是否接受联合体？',
    });
  }, 30_000);

  it('takes no more questions after the clarification deadline', async () => {
    backend({
      'GET /api/tenders/t-1': () =>
        json(aTender({ clarificationDeadline: new Date(Date.now() - 1_000).toISOString() })),
      'GET /api/tenders/t-1/bids/mine': NO_BID,
    });
    open(aVendor());

    expect((await screen.findByTestId('questions-closed')).textContent).toContain('答疑已截止');
    expect(screen.queryByTestId('question-input')).toBeNull();
    expect(await screen.findByTestId('bid-form')).toBeTruthy();
  });

  it('keeps the bids sealed for the client before the deadline', async () => {
    const fetchStub = backend({ 'GET /api/tenders/t-1': () => json(aTender()) });
    open(aClient());

    expect((await screen.findByTestId('bids-sealed')).textContent).toContain('密封');
    expect(screen.getByTestId('tender-edit').textContent).toContain('变更招标');
    expect(screen.queryByTestId('bids-table')).toBeNull();
    expect(callsTo(fetchStub, 'GET /api/tenders/t-1/bids')).toHaveLength(0);
  });

  it('after the deadline lets the client compare, score, and award once', async () => {
    let ranking: RankedBid[] = [aRankedBid()];
    let awards = 0;
    const fetchStub = backend({
      'GET /api/tenders/t-1': () =>
        json(aClosedTender({ status: awards > 1 ? 'AWARDED' : 'EVALUATION' })),
      'GET /api/tenders/t-1/bids': () => json(ranking),
      'POST /api/tenders/t-1/evaluations': () => {
        ranking = [aRankedBid({ scores: { '0': 80 }, qualityScore: 24, total: 84 })];
        return json(ranking);
      },
      'POST /api/tenders/t-1/award': () => {
        awards += 1;
        if (awards === 1) throw new TypeError('Failed to fetch');
        ranking = [aRankedBid({ bid: aBid({ status: 'AWARDED' }) })];
        return json({
          awardId: 'a-1',
          contractId: 'c-1',
          bidId: 'b-1',
          value: 1_200_000,
          tenderStatus: 'AWARDED',
        });
      },
    });
    const user = userEvent.setup();
    open(aClient());

    expect((await screen.findByTestId('bid-total-b-1')).textContent).toBe('60');
    expect(screen.getByTestId('bid-rank-b-1').textContent).toBe('1');

    await user.click(screen.getByTestId('bid-score-b-1'));
    await user.type(await screen.findByTestId('score-input-0'), '80');
    await user.click(screen.getByTestId('score-submit'));
    await waitFor(() => expect(screen.getByTestId('bid-total-b-1').textContent).toBe('84'));
    expect(body(callsTo(fetchStub, 'POST /api/tenders/t-1/evaluations')[0]?.[1])).toEqual({
      bidId: 'b-1',
      scores: [{ criterion: 0, score: 80 }],
    });

    await user.click(screen.getByTestId('bid-award-b-1'));
    await user.type(await screen.findByTestId('award-reason'), '综合得分最高');
    await user.type(screen.getByTestId('award-start'), '2027-01-01{enter}');
    await user.type(screen.getByTestId('award-end'), '2027-12-31{enter}');
    await user.click(screen.getByTestId('award-submit'));
    expect((await screen.findByTestId('award-error')).textContent).toContain('无法连接服务器');
    await user.click(screen.getByTestId('award-submit'));

    expect((await screen.findByTestId('award-contract-link')).getAttribute('href')).toBe(
      '/contracts/c-1',
    );
    const [first, retry] = callsTo(fetchStub, 'POST /api/tenders/t-1/award');
    expect(header(first?.[1], 'Idempotency-Key')).toMatch(UUID);
    expect(header(retry?.[1], 'Idempotency-Key')).toBe(header(first?.[1], 'Idempotency-Key'));
    expect(body(retry?.[1])).toEqual({
      bidId: 'b-1',
      reason: '综合得分最高',
      contractStartsOn: '2027-01-01',
      contractEndsOn: '2027-12-31',
    });
    await waitFor(() => expect(screen.getByTestId('tender-status').dataset.status).toBe('AWARDED'));
    expect(screen.queryByTestId('bid-award-b-1')).toBeNull();
  }, 40_000);
});
