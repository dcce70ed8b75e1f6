// A vendor keeps its profile and certifications. The first save creates the profile; the size tier
// follows from headcount; certifications wait for the authority's verification.
import '../parks/parks.css';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  message,
  Popconfirm,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { requiredRule } from '../accounts/rules';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import type { Me } from '../accounts/types';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from '../parks/api';
import { useLoad } from '../parks/useLoad';
import { capabilityOptions, useReference } from '../reference/useReference';
import { ApiError } from '../shared/api';
import { firmsApi, openDocument } from './api';
import { certificationLabel, languageName } from './CertificationLabel';
import { CertificationModal } from './CertificationModal';
import {
  LANGUAGES,
  MARKETS,
  REVENUE_BANDS,
  VALUE_BANDS,
  sizeTierOf,
  type CertificationStatus,
  type CertificationView,
  type OwnProfile,
  type ProfileInput,
} from './types';

const STATUS_COLOURS: Record<CertificationStatus, string> = {
  UNVERIFIED: 'orange',
  VERIFIED: 'green',
  REJECTED: 'red',
  EXPIRED: 'default',
};

const FIELDS = [
  'legalNameZh',
  'legalNameEn',
  'city',
  'parkId',
  'headcount',
  'foundedYear',
  'revenueBand',
  'languages',
  'markets',
  'description',
];

function initialInput(own: OwnProfile | null, me: Me): ProfileInput {
  if (own === null) {
    return {
      legalNameZh: me.organisation.nameZh,
      legalNameEn: me.organisation.nameEn,
      city: me.organisation.city,
      headcount: 0,
      capabilities: [],
      languages: ['zh'],
      markets: ['DOMESTIC'],
      caseStudies: [],
    };
  }
  const p = own.profile;
  return {
    legalNameZh: p.legalNameZh,
    legalNameEn: p.legalNameEn,
    city: p.city,
    parkId: p.park?.id ?? null,
    headcount: p.headcount,
    foundedYear: p.foundedYear,
    revenueBand: p.revenueBand,
    capabilities: p.capabilities,
    languages: p.languages,
    markets: p.markets,
    caseStudies: p.caseStudies,
    description: p.description,
  };
}

function ProfileForm({
  own,
  me,
  onSaved,
}: {
  own: OwnProfile | null;
  me: Me;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reference = useReference();
  const [form] = Form.useForm<ProfileInput>();
  const headcount = Form.useWatch('headcount', form);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const loadParks = useCallback(() => parksApi.directory({ page: 0, size: 100 }), []);
  const [parks] = useLoad(loadParks);

  const submit = async (values: ProfileInput) => {
    setSaving(true);
    setProblem(null);
    try {
      await firmsApi.saveProfile({
        ...values,
        parkId: values.parkId ?? null,
        capabilities: values.capabilities ?? [],
        caseStudies: values.caseStudies ?? [],
        languages: values.languages ?? [],
        markets: values.markets ?? [],
      });
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const unplaced = showFieldErrors(form, error, FIELDS, {}, t);
        setProblem(unplaced.length > 0 ? unplaced.join('; ') : t('validation.checkFields'));
      } else {
        setProblem(describeError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ProfileInput>
      form={form}
      layout="vertical"
      initialValues={initialInput(own, me)}
      onFinish={(values) => void submit(values)}
      data-testid="profile-form"
    >
      {problem && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={problem}
          data-testid="profile-error"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="legalNameZh"
            label={t('firms.form.legalNameZh')}
            rules={[requiredRule(t)]}
          >
            <Input maxLength={200} data-testid="profile-legalNameZh" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="legalNameEn" label={t('firms.form.legalNameEn')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="city"
            label={t('firms.city')}
            rules={[{ required: true, message: t('validation.cityRequired') }]}
          >
            <Select
              options={(reference?.cities ?? []).map((c) => ({
                value: c.code,
                label: localName(c, language),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="parkId" label={t('firms.park')}>
            <Select
              allowClear
              placeholder={t('firms.form.noPark')}
              options={(parks.kind === 'loaded' ? parks.value.items : []).map((p) => ({
                value: p.id,
                label: localName(p, language),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="headcount"
            label={t('firms.headcount')}
            rules={[{ required: true, message: t('validation.required') }]}
            extra={t('firms.form.tierHint', {
              tier: t(`firms.sizeTier.${sizeTierOf(Number(headcount) || 0)}`),
            })}
          >
            <InputNumber
              min={0}
              max={1000000}
              className="waibao-full"
              data-testid="profile-headcount"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="foundedYear" label={t('firms.foundedYear')}>
            <InputNumber min={1900} max={2100} className="waibao-full" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="revenueBand" label={t('firms.revenueBandTitle')}>
            <Select
              allowClear
              options={REVENUE_BANDS.map((b) => ({ value: b, label: t(`firms.revenueBand.${b}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="languages" label={t('firms.languages')}>
            <Select
              mode="multiple"
              options={LANGUAGES.map((code) => ({ value: code, label: languageName(t, code) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="markets" label={t('firms.markets')}>
            <Select
              mode="multiple"
              options={MARKETS.map((m) => ({ value: m, label: t(`firms.market.${m}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Card size="small" title={t('firms.capabilities')} className="waibao-card-gap">
        <Form.List name="capabilities">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'code']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      className="waibao-filter-wide"
                      options={capabilityOptions(reference, language)}
                      placeholder={t('firms.form.capability')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'yearsOfExperience']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <InputNumber min={0} max={100} placeholder={t('firms.form.years')} />
                  </Form.Item>
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    aria-label={t('firms.form.remove')}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ yearsOfExperience: 1 })}
              >
                {t('firms.form.addCapability')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('firms.caseStudies')} className="waibao-card-gap">
        <Form.List name="caseStudies">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'title']} rules={[requiredRule(t)]}>
                    <Input placeholder={t('firms.form.caseTitle')} maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'clientIndustry']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      className="waibao-filter"
                      placeholder={t('firms.form.clientIndustry')}
                      options={(reference?.industries ?? []).map((i) => ({
                        value: i.code,
                        label: localName(i, language),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'year']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <InputNumber min={1900} max={2100} placeholder={t('firms.form.year')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'valueBand']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      className="waibao-filter"
                      placeholder={t('firms.form.valueBand')}
                      options={VALUE_BANDS.map((b) => ({
                        value: b,
                        label: t(`firms.valueBand.${b}`),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined
                    onClick={() => remove(field.name)}
                    aria-label={t('firms.form.remove')}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('firms.form.addCase')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Form.Item name="description" label={t('firms.form.description')} className="waibao-card-gap">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="profile-save">
        {t('firms.form.save')}
      </Button>
    </Form>
  );
}

function CertificationsCard({ own, onChanged }: { own: OwnProfile; onChanged: () => void }) {
  const { t } = useTranslation();
  const [notify, messages] = message.useMessage();
  const [editing, setEditing] = useState<CertificationView | null>(null);
  const [open, setOpen] = useState(false);
  const remove = async (certification: CertificationView) => {
    try {
      await firmsApi.deleteCertification(certification.id);
    } catch (error) {
      void notify.error(t('common.actionFailed', { message: describeError(error, t) }));
    }
    onChanged();
  };
  const columns: TableColumnsType<CertificationView> = [
    { key: 'type', title: t('firms.certification'), render: (_v, c) => certificationLabel(t, c) },
    { key: 'number', title: t('firms.certificateNumber'), dataIndex: 'certificateNumber' },
    { key: 'expires', title: t('firms.expiresOn'), dataIndex: 'expiresOn' },
    {
      key: 'status',
      title: t('firms.status'),
      render: (_v, c) => (
        <Space direction="vertical" size={0}>
          <Tag
            color={STATUS_COLOURS[c.status]}
            data-testid={`certification-status-${c.certificateNumber}`}
          >
            {t(`firms.certificationStatus.${c.status}`)}
          </Tag>
          {c.rejectionReason && (
            <Typography.Text type="danger">{c.rejectionReason}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'document',
      title: t('firms.cert.document'),
      responsive: ['md'],
      render: (_v, c) =>
        c.documentId ? (
          <Button type="link" onClick={() => void openDocument(c.documentId!)}>
            {c.documentName}
          </Button>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'actions',
      title: t('parks.actions'),
      render: (_v, c) => (
        <Space>
          <Button
            type="link"
            onClick={() => {
              setEditing(c);
              setOpen(true);
            }}
          >
            {t('firms.cert.edit')}
          </Button>
          <Popconfirm
            title={t('firms.cert.removeConfirm')}
            okText={t('firms.cert.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(c)}
          >
            <Button type="link" danger>
              {t('firms.cert.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('firms.certifications')}
      className="waibao-card-gap"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="certification-add"
          onClick={() => {
            setEditing(null);
            setOpen(true);
          }}
        >
          {t('firms.cert.add')}
        </Button>
      }
    >
      {messages}
      <Table<CertificationView>
        data-testid="own-certifications"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={own.certifications}
        pagination={false}
      />
      <CertificationModal
        open={open}
        certification={editing}
        onClose={() => setOpen(false)}
        onSaved={() => {
          void notify.success(t('firms.cert.saved'));
          onChanged();
        }}
      />
    </Card>
  );
}

export function VendorProfilePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [notify, messages] = message.useMessage();
  const [state, reload] = useLoad(firmsApi.ownProfile);
  if (me?.organisation.kind !== 'VENDOR') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('firms.onlyVendors')}
      />
    );
  }
  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  const own = state.kind === 'loaded' ? state.value : null;
  return (
    <section className="waibao-page">
      {messages}
      <Typography.Title level={2} data-testid="page-title">
        {t('firms.profileTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {own ? (
          <Link to={`/vendors/${own.profile.organisationId}`} data-testid="profile-public-link">
            {t('firms.publicPage')}
          </Link>
        ) : (
          t('firms.firstSave')
        )}
      </Typography.Paragraph>
      <Card>
        <ProfileForm
          key={own?.profile.updatedAt ?? 'new'}
          own={own}
          me={me}
          onSaved={() => {
            void notify.success(t('firms.saved'));
            reload();
          }}
        />
      </Card>
      {own ? (
        <CertificationsCard own={own} onChanged={reload} />
      ) : (
        <Alert
          className="waibao-card-gap"
          type="info"
          showIcon
          title={t('firms.certificationsAfterSave')}
        />
      )}
    </section>
  );
}
