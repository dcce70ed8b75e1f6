// Why a search has no answer: a query the API refused (400, naming the parameter), search being
// down (503) or another failure, each with what the user can do about it.
import { ClearOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../accounts/serverErrors';
import type { SearchFailure } from './useSearch';

export function SearchFailureAlert({
  failure,
  onRetry,
  onClear,
}: {
  failure: SearchFailure;
  onRetry: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (failure.kind === 'invalid') {
    const field = failure.field ?? 'q';
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="search-invalid"
        title={t('search.invalid')}
        description={
          <>
            <div>
              {t(`search.invalidParam.${field}`, { defaultValue: t('search.invalidParam.other') })}
            </div>
            <Typography.Text type="secondary">{failure.message}</Typography.Text>
          </>
        }
        action={
          <Button size="small" icon={<ClearOutlined />} onClick={onClear}>
            {t('search.clearAll')}
          </Button>
        }
      />
    );
  }
  if (failure.kind === 'unavailable') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="search-unavailable"
        title={t('search.unavailable')}
        description={t('search.unavailableDetail')}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="search-failed"
      title={t('common.loadFailed', { message: describeError(failure.error, t) })}
      action={
        <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
