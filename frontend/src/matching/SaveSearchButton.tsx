// "Save this search": for a signed-in vendor on the tender search, keeps the current text and
// filters under a name so that new matching tenders raise a notification. Place it beside the
// search box; it renders nothing for anyone else.
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import { useSession } from '../accounts/useSession';
import { matchingApi } from './api';
import type { SearchFilters } from './types';

export function SaveSearchButton({ query, filters }: { query: string; filters: SearchFilters }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  if (me?.organisation.kind !== 'VENDOR') return null;

  const save = async ({ name }: { name: string }) => {
    setSaving(true);
    setFailure(null);
    try {
      await matchingApi.saveSearch({ name, query: query.trim() || null, filters, alerts: true });
      setSaved(true);
      setOpen(false);
      form.resetFields();
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
        title={saved ? t('matching.saved') : undefined}
        data-testid="save-search"
      >
        {saved ? t('matching.savedShort') : t('matching.saveSearch')}
      </Button>
      <Modal
        open={open}
        title={t('matching.saveSearch')}
        okText={t('matching.save')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon title={failure} />}
        <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
          <Form.Item
            name="name"
            label={t('matching.searchName')}
            initialValue={query.trim().slice(0, 100)}
            rules={[
              { required: true, whitespace: true, max: 100, message: t('matching.nameRule') },
            ]}
          >
            <Input maxLength={100} data-testid="save-search-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
