// Vendors file their annual outsourcing revenue and headcount (and may amend it); the authority
// sees every filing and corrects one with a reason. Every revision stays in the history.
import { Alert, Button, Card, Form, InputNumber, Modal, Input, Select, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { ApiError } from '../shared/api';
import { currentLanguage } from '../i18n';
import { useLoad } from '../parks/useLoad';
import { statisticsApi, type Filing, type FilingInput, type Revision } from './api';

const FIELDS = ['year', 'revenue', 'offshoreRevenue', 'headcount', 'traineesPlaced', 'reason'];

function HistoryModal({ filing, onClose }: { filing: Filing; onClose: () => void }) {
  const { t } = useTranslation();
  const load = useCallback(() => statisticsApi.history(filing.id), [filing.id]);
  const [state] = useLoad<Revision[]>(load);
  const locale = currentLanguage() === 'en' ? 'en-US' : 'zh-CN';
  return (
    <Modal
      open
      title={t('dashboard.filings.historyTitle')}
      onCancel={onClose}
      footer={null}
      width={820}
    >
      <Table
        size="small"
        rowKey="revision"
        loading={state.kind === 'loading'}
        dataSource={state.kind === 'loaded' ? state.value : []}
        pagination={false}
        columns={[
          { key: 'revision', dataIndex: 'revision', title: t('dashboard.filings.revision') },
          {
            key: 'kind',
            dataIndex: 'kind',
            title: '',
            render: (kind: Revision['kind']) => <Tag>{t(`dashboard.filings.kind.${kind}`)}</Tag>,
          },
          {
            key: 'revenue',
            dataIndex: 'revenue',
            title: t('dashboard.filings.revenue'),
            render: (v: number) => v.toLocaleString(locale),
          },
          { key: 'headcount', dataIndex: 'headcount', title: t('dashboard.filings.headcount') },
          { key: 'reason', dataIndex: 'reason', title: t('dashboard.filings.reason') },
          {
            key: 'changedBy',
            dataIndex: 'changedByOrganisation',
            title: t('dashboard.filings.changedBy'),
          },
          {
            key: 'changedAt',
            dataIndex: 'changedAt',
            title: t('dashboard.filings.updatedAt'),
            render: (v: string) => new Date(v).toLocaleString(locale),
          },
        ]}
      />
    </Modal>
  );
}

function FilingFields({ withYear }: { withYear: boolean }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('dashboard.filings.required') }];
  const thisYear = new Date().getFullYear();
  return (
    <>
      {withYear && (
        <Form.Item name="year" label={t('dashboard.filings.year')} rules={required}>
          <Select
            style={{ width: 120 }}
            options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="revenue" label={t('dashboard.filings.revenue')} rules={required}>
        <InputNumber min={0} precision={2} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        name="offshoreRevenue"
        label={t('dashboard.filings.offshoreRevenue')}
        dependencies={['revenue']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: number | null) =>
              value === null || value === undefined || value <= (getFieldValue('revenue') as number)
                ? Promise.resolve()
                : Promise.reject(new Error(t('dashboard.filings.offshoreTooHigh'))),
          }),
        ]}
      >
        <InputNumber min={0} precision={2} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="headcount" label={t('dashboard.filings.headcount')} rules={required}>
        <InputNumber min={0} max={1000000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="traineesPlaced" label={t('dashboard.filings.traineesPlaced')}>
        <InputNumber min={0} max={1000000} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}

export function Filings({ authority }: { authority: boolean }) {
  const { t } = useTranslation();
  const locale = currentLanguage() === 'en' ? 'en-US' : 'zh-CN';
  const load = useCallback(() => statisticsApi.filings(), []);
  const [state, reload] = useLoad<Filing[]>(load);
  const [form] = Form.useForm<FilingInput>();
  const [correction] = Form.useForm<FilingInput>();
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [history, setHistory] = useState<Filing | null>(null);
  const [correcting, setCorrecting] = useState<Filing | null>(null);

  const submit = async (input: FilingInput) => {
    setSaved(null);
    setFailure(null);
    try {
      const filing = await statisticsApi.file(input);
      setSaved(t('dashboard.filings.saved', { revision: filing.revision }));
      reload();
    } catch (error) {
      const unplaced = error instanceof ApiError ? showFieldErrors(form, error, FIELDS, {}, t) : [];
      if (!(error instanceof ApiError) || unplaced.length > 0 || !error.problem.errors?.length) {
        setFailure(describeError(error, t));
      }
    }
  };

  const correct = async (input: FilingInput) => {
    if (correcting === null) return;
    try {
      await statisticsApi.correct(correcting.id, input);
      setCorrecting(null);
      reload();
    } catch (error) {
      const unplaced =
        error instanceof ApiError ? showFieldErrors(correction, error, FIELDS, {}, t) : [];
      if (!(error instanceof ApiError) || unplaced.length > 0 || !error.problem.errors?.length) {
        setFailure(describeError(error, t));
      }
    }
  };

  const money = (v: number) => v.toLocaleString(locale, { minimumFractionDigits: 2 });
  return (
    <>
      {!authority && (
        <Card title={t('dashboard.filings.formTitle')} className="statistics-filing-form">
          <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
            <FilingFields withYear />
            <Button type="primary" htmlType="submit">
              {t('dashboard.filings.submit')}
            </Button>
          </Form>
          {saved && <Alert className="statistics-note" type="success" showIcon title={saved} />}
        </Card>
      )}
      {failure && <Alert className="statistics-note" type="error" showIcon title={failure} />}
      <Card title={authority ? t('dashboard.filings.all') : t('dashboard.filings.mine')}>
        <Table
          size="small"
          rowKey="id"
          loading={state.kind === 'loading'}
          dataSource={state.kind === 'loaded' ? state.value : []}
          locale={{ emptyText: t('dashboard.filings.none') }}
          columns={[
            ...(authority
              ? [
                  {
                    key: 'organisation',
                    dataIndex: 'organisationName',
                    title: t('dashboard.filings.organisation'),
                  },
                ]
              : []),
            { key: 'year', dataIndex: 'year', title: t('dashboard.filings.year') },
            {
              key: 'revenue',
              dataIndex: 'revenue',
              title: t('dashboard.filings.revenue'),
              render: money,
            },
            {
              key: 'offshore',
              dataIndex: 'offshoreRevenue',
              title: t('dashboard.filings.offshoreRevenue'),
              render: money,
            },
            { key: 'headcount', dataIndex: 'headcount', title: t('dashboard.filings.headcount') },
            {
              key: 'trainees',
              dataIndex: 'traineesPlaced',
              title: t('dashboard.filings.traineesPlaced'),
            },
            { key: 'revision', dataIndex: 'revision', title: t('dashboard.filings.revision') },
            {
              key: 'actions',
              title: '',
              render: (_: unknown, filing: Filing) => (
                <>
                  <Button type="link" onClick={() => setHistory(filing)}>
                    {t('dashboard.filings.history')}
                  </Button>
                  {authority && (
                    <Button
                      type="link"
                      onClick={() => {
                        correction.setFieldsValue({ ...filing, reason: '' });
                        setCorrecting(filing);
                      }}
                    >
                      {t('dashboard.filings.correct')}
                    </Button>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
      {history && <HistoryModal filing={history} onClose={() => setHistory(null)} />}
      <Modal
        open={correcting !== null}
        title={t('dashboard.filings.correctTitle')}
        okText={t('dashboard.filings.correctSubmit')}
        onOk={() => correction.submit()}
        onCancel={() => setCorrecting(null)}
        forceRender
      >
        <Form form={correction} layout="vertical" onFinish={(values) => void correct(values)}>
          <FilingFields withYear={false} />
          <Form.Item
            name="reason"
            label={t('dashboard.filings.reason')}
            rules={[{ required: true, message: t('dashboard.filings.required') }]}
          >
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
