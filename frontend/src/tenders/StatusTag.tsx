// A tender's lifecycle state as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TenderStatus } from './types';

const COLOURS: Record<TenderStatus, string> = {
  DRAFT: 'default',
  ACTIVE: 'green',
  EVALUATION: 'gold',
  AWARDED: 'blue',
  UNSUCCESSFUL: 'volcano',
  CANCELLED: 'red',
};

export function StatusTag({ status, testId }: { status: TenderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid={testId} data-status={status}>
      {t(`tenders.status.${status}`)}
    </Tag>
  );
}
