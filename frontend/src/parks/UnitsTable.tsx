// A park's space units; with actions when its operator manages them.
import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { formatNumber } from './format';
import type { SpaceUnit, UnitStatus } from './types';

const STATUS_COLOURS: Record<UnitStatus, string> = {
  AVAILABLE: 'green',
  RESERVED: 'orange',
  LEASED: 'blue',
  UNAVAILABLE: 'default',
};

export function UnitsTable({
  units,
  actions,
}: {
  units: SpaceUnit[];
  actions?: (unit: SpaceUnit) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: TableColumnsType<SpaceUnit> = [
    { key: 'building', title: t('parks.unit.building'), dataIndex: 'building' },
    { key: 'floor', title: t('parks.unit.floor'), dataIndex: 'floor' },
    { key: 'unitCode', title: t('parks.unit.unitCode'), dataIndex: 'unitCode' },
    {
      key: 'area',
      title: t('parks.unit.area'),
      align: 'right',
      render: (_v, unit) => `${formatNumber(unit.area, language)} m²`,
    },
    { key: 'seats', title: t('parks.unit.seats'), dataIndex: 'seats', align: 'right' },
    {
      key: 'status',
      title: t('parks.unit.status'),
      render: (_v, unit) => (
        <Tag color={STATUS_COLOURS[unit.status]}>{t(`parks.unitStatus.${unit.status}`)}</Tag>
      ),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      title: t('parks.actions'),
      render: (_v, unit) => actions(unit),
    });
  }
  return (
    <Table<SpaceUnit>
      data-testid="units-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={units}
      pagination={units.length > 20 ? { pageSize: 20 } : false}
    />
  );
}
