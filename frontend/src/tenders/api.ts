// Typed calls to the tender, bid, evaluation and contract endpoints, all through the one API client.
// Submitting a bid and awarding carry an Idempotency-Key: a retried or doubled click replays the
// first answer instead of acting twice.
import { api } from '../shared/api';
import type {
  AwardCommand,
  AwardResult,
  BidCommand,
  BidView,
  Contract,
  PublishedQuestion,
  RankedBid,
  RatingCommand,
  RatingSummary,
  ScoreCommand,
  Tender,
  TenderInput,
  TenderPage,
  TenderStatus,
} from './types';

const segment = encodeURIComponent;

export interface TenderListQuery {
  mine?: boolean;
  status?: TenderStatus;
  page?: number;
  size?: number;
}

export function listQuery({ mine, status, page, size }: TenderListQuery): string {
  const search = new URLSearchParams();
  if (mine) search.set('mine', 'true');
  if (status) search.set('status', status);
  if (page !== undefined) search.set('page', String(page));
  if (size !== undefined) search.set('size', String(size));
  const text = search.toString();
  return text ? `?${text}` : '';
}

function keyed(idempotencyKey: string) {
  return { headers: { 'Idempotency-Key': idempotencyKey } };
}

const tender = (id: string) => `/api/tenders/${segment(id)}`;

export const tendersApi = {
  list: (query: TenderListQuery) => api.get<TenderPage>(`/api/tenders${listQuery(query)}`),
  tender: (id: string) => api.get<Tender>(tender(id)),
  create: (input: TenderInput, idempotencyKey?: string) =>
    api.post<Tender>('/api/tenders', input, idempotencyKey ? keyed(idempotencyKey) : undefined),
  update: (id: string, input: TenderInput) => api.patch<Tender>(tender(id), input),
  publish: (id: string) => api.post<Tender>(`${tender(id)}/publish`),
  cancel: (id: string, reason: string) => api.post<Tender>(`${tender(id)}/cancel`, { reason }),

  questions: (id: string) => api.get<PublishedQuestion[]>(`${tender(id)}/questions`),
  ask: (id: string, question: string) =>
    api.post<PublishedQuestion>(`${tender(id)}/questions`, { question }),
  answer: (id: string, questionId: string, answer: string) =>
    api.post<PublishedQuestion>(`${tender(id)}/questions/${segment(questionId)}/answer`, {
      answer,
    }),

  submitBid: (id: string, bid: BidCommand, idempotencyKey: string) =>
    api.post<BidView>(`${tender(id)}/bids`, bid, keyed(idempotencyKey)),
  /** The vendor's own live bids (one per lot); 404 when there is none. */
  myBids: (id: string) => api.get<BidView[]>(`${tender(id)}/bids/mine`),
  reviseBid: (id: string, bid: BidCommand) => api.put<BidView>(`${tender(id)}/bids/mine`, bid),
  withdrawBid: (id: string, lotId: string | null) =>
    api.delete<void>(`${tender(id)}/bids/mine${lotId ? `?lotId=${segment(lotId)}` : ''}`),

  /** Every bid with its ranking: the client's, after the deadline (409 bids-sealed before). */
  bids: (id: string) => api.get<RankedBid[]>(`${tender(id)}/bids`),
  score: (id: string, command: ScoreCommand) =>
    api.post<RankedBid[]>(`${tender(id)}/evaluations`, command),
  award: (id: string, command: AwardCommand, idempotencyKey: string) =>
    api.post<AwardResult>(`${tender(id)}/award`, command, keyed(idempotencyKey)),
};

const contract = (id: string) => `/api/contracts/${segment(id)}`;

export const contractsApi = {
  contract: (id: string) => api.get<Contract>(contract(id)),
  complete: (id: string) => api.post<Contract>(`${contract(id)}/complete`),
  terminate: (id: string, reason: string) =>
    api.post<Contract>(`${contract(id)}/terminate`, { reason }),
  rate: (id: string, rating: RatingCommand) =>
    api.post<RatingSummary>(`${contract(id)}/rating`, rating),
  /** A vendor's averages over its completed, rated contracts (public). */
  vendorRating: (vendorOrganisationId: string) =>
    api.get<RatingSummary>(`/api/vendors/${segment(vendorOrganisationId)}/rating`),
};
