// The authority recognises parks: every park with its level and the decision behind it, and a form
// to set a new level by a dated, numbered decision.
import './parks.css';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  message,
  Modal,
  Result,
  Select,
  Table,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { requiredRule } from '../accounts/rules';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import type { Page } from '../accounts/types';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { nameOf, useReference } from '../reference/useReference';
import { ApiError } from '../shared/api';
import { parksApi } from './api';
import { LevelTag } from './LevelTag';
import { PARK_LEVELS, type LevelDecision, type ParkSummary } from './types';
import { useLoad } from './useLoad';

const SIZE = 20;

function LevelModal({
  park,
  onClose,
  onSaved,
}: {
  park: ParkSummary | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LevelDecision>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!park) return;
    let values: LevelDecision;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await parksApi.setLevel(park.id, values);
      onSaved();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        showFieldErrors(form, error, ['level', 'decidedOn', 'decisionNumber'], {}, t);
      } else {
        setProblem(describeError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={park !== null}
      title={t('parks.levels.setTitle', { name: park ? localName(park, currentLanguage()) : '' })}
      okText={t('parks.levels.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} className="waibao-form-alert" />}
      <Form<LevelDecision> form={form} layout="vertical" initialValues={{ level: park?.level }}>
        <Form.Item
          name="level"
          label={t('parks.levelTitle')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            data-testid="level-select"
            options={PARK_LEVELS.map((l) => ({ value: l, label: t(`parks.level.${l}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={t('parks.levels.decidedOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input type="date" data-testid="level-decidedOn" />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('parks.levels.decisionNumber')}
          rules={[requiredRule(t)]}
        >
          <Input data-testid="level-decisionNumber" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ParkLevelsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const { me } = useSession();
  const [page, setPage] = useState(0);
  const [notify, messages] = message.useMessage();
  const load = useCallback(() => parksApi.directory({ page, size: SIZE }), [page]);
  const [state, reload] = useLoad<Page<ParkSummary>>(load);
  const [selected, setSelected] = useState<ParkSummary | null>(null);
  if (me?.organisation.kind !== 'AUTHORITY') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('parks.levels.onlyAuthority')}
      />
    );
  }
  const columns: TableColumnsType<ParkSummary> = [
    {
      key: 'name',
      title: t('parks.name'),
      render: (_v, park) => <Link to={`/parks/${park.id}`}>{localName(park, language)}</Link>,
    },
    {
      key: 'city',
      title: t('parks.city'),
      render: (_v, park) => nameOf(reference?.cities, park.city, language),
    },
    {
      key: 'level',
      title: t('parks.levelTitle'),
      render: (_v, park) => <LevelTag level={park.level} />,
    },
    {
      key: 'actions',
      title: t('parks.actions'),
      render: (_v, park) => (
        <Button type="link" data-testid={`level-set-${park.id}`} onClick={() => setSelected(park)}>
          {t('parks.levels.set')}
        </Button>
      ),
    },
  ];
  return (
    <section className="waibao-page">
      {messages}
      <Typography.Title level={2} data-testid="page-title">
        {t('parks.levels.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('parks.levels.lead')}
      </Typography.Paragraph>
      <Card>
        {state.kind === 'failed' && (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
        )}
        <Table<ParkSummary>
          rowKey="id"
          columns={columns}
          loading={state.kind === 'loading'}
          dataSource={state.kind === 'loaded' ? state.value.items : []}
          pagination={{
            current: page + 1,
            pageSize: SIZE,
            total: state.kind === 'loaded' ? state.value.total : 0,
            showSizeChanger: false,
            onChange: (next) => setPage(next - 1),
          }}
        />
      </Card>
      <LevelModal
        park={selected}
        onClose={() => setSelected(null)}
        onSaved={() => {
          void notify.success(t('parks.levels.saved'));
          reload();
        }}
      />
    </section>
  );
}
