// A lease's status as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeaseStatus } from './types';

const COLOURS: Record<LeaseStatus, string> = {
  APPLIED: 'gold',
  APPROVED: 'blue',
  ACTIVE: 'green',
  ENDED: 'default',
  TERMINATED: 'volcano',
  REJECTED: 'red',
};

export function LeaseStatusTag({ status, testId }: { status: LeaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid={testId} data-status={status}>
      {t(`tenancy.status.${status}`)}
    </Tag>
  );
}
