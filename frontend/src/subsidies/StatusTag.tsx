// A claim's status as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from './types';

const COLOURS: Record<ClaimStatus, string> = {
  SUBMITTED: 'processing',
  APPROVED: 'blue',
  REJECTED: 'error',
  PAID: 'success',
};

export function StatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="claim-status">
      {t(`subsidies.statuses.${status}`)}
    </Tag>
  );
}
