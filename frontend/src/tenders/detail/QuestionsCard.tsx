// Clarification Q&A: published to everyone without the asker. Vendors ask until the clarification
// deadline; the tender's client answers (and may correct an answer).
import type { TFunction } from 'i18next';
import { Alert, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../accounts/format';
import { describeError } from '../../accounts/serverErrors';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { localiseServerMessage } from '../serverMessages';
import type { PublishedQuestion } from '../types';

function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.problem.errors?.length) {
    return error.problem.errors.map((e) => localiseServerMessage(e.message, t)).join('; ');
  }
  return t('common.actionFailed', { message: describeError(error, t) });
}

function AskForm({ tenderId, onAsked }: { tenderId: string; onAsked: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ question: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const submit = async ({ question }: { question: string }) => {
    setBusy(true);
    setError(null);
    try {
      await tendersApi.ask(tenderId, question.trim());
      form.resetFields();
      setAsked(true);
      onAsked();
    } catch (failure) {
      setError(problemText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
      <Form.Item
        name="question"
        label={t('questions.ask')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 4000, message: t('validation.tooLong', { max: 4000 }) },
        ]}
        extra={t('questions.anonymous')}
      >
        <Input.TextArea rows={3} data-testid="question-input" onChange={() => setAsked(false)} />
      </Form.Item>
      {error && <Alert className="waibao-tender-gap" type="error" showIcon title={error} />}
      {asked && (
        <Alert
          className="waibao-tender-gap"
          type="success"
          showIcon
          title={t('questions.asked')}
          data-testid="question-asked"
        />
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="question-submit">
        {t('questions.submit')}
      </Button>
    </Form>
  );
}

function AnswerForm({
  tenderId,
  question,
  onAnswered,
}: {
  tenderId: string;
  question: PublishedQuestion;
  onAnswered: (answered: PublishedQuestion) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(question.answer === null);
  const [text, setText] = useState(question.answer ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button
        type="link"
        size="small"
        onClick={() => setOpen(true)}
        data-testid={`answer-edit-${question.id}`}
      >
        {t('questions.editAnswer')}
      </Button>
    );
  }
  const submit = async () => {
    if (text.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answered = await tendersApi.answer(tenderId, question.id, text.trim());
      setOpen(false);
      onAnswered(answered);
    } catch (failure) {
      setError(problemText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" className="waibao-tender-question">
      <Input.TextArea
        rows={2}
        value={text}
        maxLength={8000}
        placeholder={t('questions.answerPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        data-testid={`answer-input-${question.id}`}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Button
        type="primary"
        size="small"
        loading={busy}
        onClick={() => void submit()}
        data-testid={`answer-submit-${question.id}`}
      >
        {t('questions.publishAnswer')}
      </Button>
    </Space>
  );
}

export function QuestionsCard({
  tenderId,
  questions,
  canAsk,
  askClosedReason,
  canAnswer,
  onChanged,
}: {
  tenderId: string;
  questions: PublishedQuestion[];
  canAsk: boolean;
  /** Shown to a vendor who can no longer ask. */
  askClosedReason: string | null;
  canAnswer: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card
      title={t('questions.title', { count: questions.length })}
      className="waibao-tender-card"
      data-testid="questions"
    >
      {questions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('questions.none')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={questions}
          renderItem={(question) => (
            <List.Item key={question.id} data-testid={`question-${question.id}`}>
              <Space orientation="vertical" className="waibao-tender-question">
                <Space wrap>
                  <Typography.Text strong>{t('questions.q')}</Typography.Text>
                  <Typography.Text className="waibao-tender-text" data-testid="question-text">
                    {question.question}
                  </Typography.Text>
                  {question.askedByYou && <Tag color="blue">{t('questions.yours')}</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  {formatDateTime(question.askedAt, language)}
                </Typography.Text>
                {question.answer !== null ? (
                  <Space wrap>
                    <Typography.Text strong>{t('questions.a')}</Typography.Text>
                    <Typography.Text className="waibao-tender-text" data-testid="question-answer">
                      {question.answer}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Typography.Text type="secondary" data-testid="question-unanswered">
                    {t('questions.unanswered')}
                  </Typography.Text>
                )}
                {canAnswer && (
                  <AnswerForm tenderId={tenderId} question={question} onAnswered={onChanged} />
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {canAsk && <AskForm tenderId={tenderId} onAsked={onChanged} />}
      {!canAsk && askClosedReason && (
        <Typography.Paragraph type="secondary" data-testid="questions-closed">
          {askClosedReason}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
