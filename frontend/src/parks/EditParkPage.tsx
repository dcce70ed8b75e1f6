// A park operator edits one of its parks (or creates one at /manage/parks/new) and its units.
import './parks.css';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, message, Popconfirm, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { localName } from '../accounts/localName';
import { describeError } from '../accounts/serverErrors';
import { useSession } from '../accounts/useSession';
import { currentLanguage } from '../i18n';
import { parksApi } from './api';
import { CapacityCard } from './CapacityCard';
import { LevelTag } from './LevelTag';
import { ParkForm, toInput } from './ParkForm';
import type { ParkDetail, SpaceUnit } from './types';
import { UnitModal } from './UnitModal';
import { UnitsTable } from './UnitsTable';
import { useLoad } from './useLoad';

function NewPark() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {t('parks.manage.new')}
      </Typography.Title>
      <Card>
        <ParkForm
          initial={null}
          onSave={async (input) => {
            const created = await parksApi.create(input);
            void navigate(`/manage/parks/${created.id}`, { replace: true });
          }}
        />
      </Card>
    </section>
  );
}

function ExistingPark({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const [notify, messages] = message.useMessage();
  const load = useCallback(() => parksApi.park(id), [id]);
  const [state, reload] = useLoad<ParkDetail>(load);
  const [editing, setEditing] = useState<SpaceUnit | null>(null);
  const [unitOpen, setUnitOpen] = useState(false);

  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  if (state.kind === 'notFound' || state.value.operatorOrganisationId !== me?.organisation.id) {
    return (
      <Result status="404" title={<span data-testid="page-title">{t('parks.notFound')}</span>} />
    );
  }
  const park = state.value;

  const removeUnit = async (unit: SpaceUnit) => {
    try {
      await parksApi.deleteUnit(park.id, unit.id);
      void notify.success(t('parks.unit.removed', { code: unit.unitCode }));
    } catch (error) {
      void notify.error(t('common.actionFailed', { message: describeError(error, t) }));
    }
    reload();
  };

  return (
    <section className="waibao-page">
      {messages}
      <Typography.Title level={2} data-testid="page-title">
        {localName(park, language)}
      </Typography.Title>
      <Space className="waibao-lead" wrap>
        <LevelTag level={park.level} />
        <Link to={`/parks/${park.id}`} data-testid="park-public-link">
          {t('parks.manage.publicPage')}
        </Link>
      </Space>
      <CapacityCard park={park} />
      <Card
        title={t('parks.unitsTitle')}
        className="waibao-card-gap"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="unit-add"
            onClick={() => {
              setEditing(null);
              setUnitOpen(true);
            }}
          >
            {t('parks.unit.add')}
          </Button>
        }
      >
        <UnitsTable
          units={park.units}
          actions={(unit) => (
            <Space>
              <Button
                type="link"
                data-testid={`unit-edit-${unit.unitCode}`}
                onClick={() => {
                  setEditing(unit);
                  setUnitOpen(true);
                }}
              >
                {t('parks.unit.edit')}
              </Button>
              <Popconfirm
                title={t('parks.unit.removeConfirm', { code: unit.unitCode })}
                okText={t('parks.unit.remove')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => removeUnit(unit)}
              >
                <Button type="link" danger>
                  {t('parks.unit.remove')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        />
      </Card>
      <Card title={t('parks.manage.details')} className="waibao-card-gap">
        <ParkForm
          key={park.updatedAt}
          initial={toInput(park)}
          onSave={async (input) => {
            await parksApi.update(park.id, input);
            void notify.success(t('parks.manage.saved'));
            reload();
          }}
        />
      </Card>
      <UnitModal
        open={unitOpen}
        unit={editing}
        onClose={() => setUnitOpen(false)}
        onSave={async (input) => {
          if (editing) await parksApi.updateUnit(park.id, editing.id, input);
          else await parksApi.addUnit(park.id, input);
          void notify.success(t('parks.unit.saved', { code: input.unitCode }));
          reload();
        }}
      />
    </section>
  );
}

export function EditParkPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { id = 'new' } = useParams();
  if (me?.organisation.kind !== 'PARK_OPERATOR') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('parks.manage.onlyOperators')}
      />
    );
  }
  return id === 'new' ? <NewPark /> : <ExistingPark id={id} />;
}
