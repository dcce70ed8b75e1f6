// Adds or changes a certification, with its document uploaded first (the server checks the file is
// what it claims and not too large, and names the field when it is not).
import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredRule } from '../accounts/rules';
import { describeError, showFieldErrors } from '../accounts/serverErrors';
import { ApiError } from '../shared/api';
import { firmsApi } from './api';
import {
  CERTIFICATION_TYPES,
  LEVELLED,
  type CertificationInput,
  type CertificationView,
  type DocumentInfo,
} from './types';

const FIELDS = [
  'type',
  'otherName',
  'level',
  'certificateNumber',
  'issuer',
  'issuedOn',
  'expiresOn',
];

export function CertificationModal({
  open,
  certification,
  onClose,
  onSaved,
}: {
  open: boolean;
  certification: CertificationView | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CertificationInput>();
  const type = Form.useWatch('type', form);
  const [document, setDocument] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    if (certification) {
      form.setFieldsValue({ ...certification, level: certification.level ?? undefined });
      setDocument(
        certification.documentId
          ? { id: certification.documentId, name: certification.documentName ?? '' }
          : null,
      );
    } else {
      form.setFieldsValue({ type: 'CMMI', level: 3 });
      setDocument(null);
    }
  }, [open, certification, form]);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setUploading(true);
    setProblem(null);
    try {
      const uploaded: DocumentInfo = await firmsApi.upload(file);
      setDocument({ id: uploaded.id, name: uploaded.fileName });
    } catch (error) {
      setDocument(null);
      setProblem(
        error instanceof ApiError && error.status === 415
          ? t('firms.upload.unsupported')
          : error instanceof ApiError && error.status === 413
            ? t('firms.upload.tooLarge')
            : describeError(error, t),
      );
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    let values: CertificationInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input: CertificationInput = {
      ...values,
      level: LEVELLED.includes(values.type) ? values.level : null,
      otherName: values.type === 'OTHER' ? values.otherName : null,
      documentId: document?.id ?? null,
    };
    setSaving(true);
    setProblem(null);
    try {
      if (certification) await firmsApi.updateCertification(certification.id, input);
      else await firmsApi.addCertification(input);
      onSaved();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const unplaced = showFieldErrors(form, error, FIELDS, {}, t);
        if (unplaced.length > 0) setProblem(unplaced.join('; '));
      } else {
        setProblem(describeError(error, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={certification ? t('firms.cert.editTitle') : t('firms.cert.addTitle')}
      okText={t('firms.cert.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving || uploading}
      okButtonProps={{ 'data-testid': 'certification-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {problem && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={problem}
          data-testid="certification-error"
        />
      )}
      <Typography.Paragraph type="secondary">{t('firms.cert.reverifyNote')}</Typography.Paragraph>
      <Form<CertificationInput> form={form} layout="vertical">
        <Form.Item
          name="type"
          label={t('firms.cert.type')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            data-testid="certification-type"
            options={CERTIFICATION_TYPES.map((value) => ({
              value,
              label: t(`firms.certificationType.${value}`),
            }))}
          />
        </Form.Item>
        {type === 'OTHER' && (
          <Form.Item name="otherName" label={t('firms.cert.otherName')} rules={[requiredRule(t)]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {type !== undefined && LEVELLED.includes(type) && (
          <Form.Item
            name="level"
            label={t('firms.cert.level')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber
              data-testid="certification-level"
              min={1}
              max={5}
              className="waibao-full"
            />
          </Form.Item>
        )}
        <Form.Item
          name="certificateNumber"
          label={t('firms.certificateNumber')}
          rules={[requiredRule(t)]}
        >
          <Input data-testid="certification-number" maxLength={100} />
        </Form.Item>
        <Form.Item name="issuer" label={t('firms.issuer')} rules={[requiredRule(t)]}>
          <Input data-testid="certification-issuer" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('firms.issuedOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input type="date" data-testid="certification-issuedOn" />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('firms.expiresOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input type="date" data-testid="certification-expiresOn" />
        </Form.Item>
        <Form.Item label={t('firms.cert.document')} extra={t('firms.cert.documentHint')}>
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            data-testid="certification-file"
            aria-label={t('firms.cert.document')}
            onChange={(event) => void upload(event)}
          />
          {document && (
            <Typography.Text type="success" data-testid="certification-document">
              {t('firms.cert.attached', { name: document.name })}
            </Typography.Text>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
