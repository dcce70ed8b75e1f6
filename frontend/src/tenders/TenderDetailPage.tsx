// One tender at /tenders/:id: every public field, deadlines counting down by the server's clock,
// and the Q&A; for a vendor the question form and its sealed bid; for the tender's client the
// actions its state allows, answering questions, and after the deadline the evaluation and award.
import './tenders.css';
import { Alert, Result, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { signInPath } from '../accounts/navigation';
import { useSession } from '../accounts/useSession';
import { MatchedVendorsPanel } from '../matching/MatchedVendorsPanel';
import { tendersApi } from './api';
import { BidPanel } from './detail/BidPanel';
import { ClientActions } from './detail/ClientActions';
import { EvaluationPanel } from './detail/EvaluationPanel';
import { QuestionsCard } from './detail/QuestionsCard';
import {
  CriteriaCard,
  DescriptionCard,
  FactsGrid,
  LotsCard,
  RequirementsCard,
} from './detail/TenderFacts';
import { StatusTag } from './StatusTag';
import type { PublishedQuestion, Tender } from './types';
import { useDeadlinePassed } from './useServerNow';
import { useLoad } from './useLoad';

function TenderView({
  tender,
  reloadTender,
  setTender,
}: {
  tender: Tender;
  reloadTender: () => void;
  setTender: (tender: Tender) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const loadQuestions = useCallback(() => tendersApi.questions(tender.id), [tender.id]);
  const [questions, reloadQuestions] = useLoad<PublishedQuestion[]>(loadQuestions);
  const bidDeadlinePassed = useDeadlinePassed(tender.bidDeadline);
  const clarificationPassed = useDeadlinePassed(tender.clarificationDeadline);

  const isOwner =
    me?.organisation.kind === 'CLIENT' && me.organisation.id === tender.clientOrganisationId;
  const isVendor = me?.organisation.kind === 'VENDOR';
  const biddingOpen = tender.status === 'ACTIVE' && !bidDeadlinePassed;
  const questionsOpen = tender.status === 'ACTIVE' && !clarificationPassed;
  const published = tender.status !== 'DRAFT';

  return (
    <section className="waibao-page" data-testid="tender-detail" data-tender-id={tender.id}>
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {tender.title || t('tenders.untitled')}
        </Typography.Title>
        <StatusTag status={tender.status} testId="tender-status" />
      </div>
      {isOwner && (
        <div className="waibao-tender-gap">
          <ClientActions tender={tender} biddingOpen={biddingOpen} onChanged={setTender} />
        </div>
      )}
      {tender.status === 'CANCELLED' && (
        <Alert
          className="waibao-tender-gap"
          type="error"
          showIcon
          data-testid="tender-cancelled"
          title={t('tenders.detail.cancelled')}
          description={tender.cancelReason}
        />
      )}
      {tender.status === 'DRAFT' && (
        <Alert
          className="waibao-tender-gap"
          type="info"
          showIcon
          title={t('tenders.detail.draftNote')}
        />
      )}
      <FactsGrid tender={tender} onBidDeadlinePassed={reloadTender} />
      {isVendor && published && <BidPanel tender={tender} biddingOpen={biddingOpen} />}
      {!me && published && biddingOpen && (
        <Alert
          className="waibao-tender-gap"
          type="info"
          showIcon
          title={
            <Link to={signInPath(`/tenders/${tender.id}`)} data-testid="tender-signin-to-bid">
              {t('tenders.detail.signInToBid')}
            </Link>
          }
        />
      )}
      {isOwner && published && (
        <EvaluationPanel
          tender={tender}
          deadlinePassed={bidDeadlinePassed}
          onTenderChanged={reloadTender}
        />
      )}
      {isOwner && (tender.status === 'DRAFT' || biddingOpen) && (
        <MatchedVendorsPanel tenderId={tender.id} canInvite={biddingOpen} />
      )}
      <DescriptionCard tender={tender} />
      <RequirementsCard tender={tender} />
      <CriteriaCard tender={tender} />
      <LotsCard tender={tender} />
      {published && questions.kind === 'loaded' && (
        <QuestionsCard
          tenderId={tender.id}
          questions={questions.value}
          canAsk={isVendor && questionsOpen}
          askClosedReason={isVendor ? t('questions.closed') : null}
          canAnswer={isOwner}
          onChanged={reloadQuestions}
        />
      )}
      {published && questions.kind === 'failed' && (
        <Alert
          className="waibao-tender-gap"
          type="error"
          showIcon
          title={t('common.loadFailed', { message: questions.message })}
        />
      )}
    </section>
  );
}

export function TenderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { status } = useSession();
  const load = useCallback(() => tendersApi.tender(id), [id]);
  const [state, reload, setTender] = useLoad<Tender>(load);
  // Ask again once the session is known: a draft is found only with its client's token.
  const previousStatus = useRef(status);
  useEffect(() => {
    if (previousStatus.current === 'restoring' && status !== 'restoring') reload();
    previousStatus.current = status;
  }, [status, reload]);

  // A draft is visible to its client only: wait for the session before calling it missing.
  if (state.kind === 'loading' || (state.kind === 'notFound' && status === 'restoring')) {
    return <Spin size="large" />;
  }
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  if (state.kind === 'notFound') {
    return (
      <Result
        status="404"
        title={<span data-testid="page-title">{t('tenders.notFound')}</span>}
        extra={<Link to="/tenders">{t('tenders.backToList')}</Link>}
      />
    );
  }
  return <TenderView tender={state.value} reloadTender={reload} setTender={setTender} />;
}
