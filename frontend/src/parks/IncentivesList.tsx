// A park's incentive policies as readable entries.
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { Incentive } from './types';

export function IncentivesList({ incentives }: { incentives: Incentive[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <List
      data-testid="incentives"
      dataSource={incentives}
      locale={{ emptyText: t('parks.noIncentives') }}
      renderItem={(incentive) => (
        <List.Item>
          <List.Item.Meta
            title={<Tag color="purple">{t(`parks.incentiveType.${incentive.type}`)}</Tag>}
            description={
              <>
                <Typography.Paragraph className="waibao-tight">
                  {language === 'en' && incentive.summaryEn
                    ? incentive.summaryEn
                    : incentive.summaryZh}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {incentive.validTo
                    ? t('parks.validBetween', { from: incentive.validFrom, to: incentive.validTo })
                    : t('parks.validFrom', { from: incentive.validFrom })}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
