// The public tender board: the full-text tender search (newest first until the user types), with
// facets, highlights and paging, its whole state in the address. Clients also find their own
// tenders and the wizard from here.
import { FileAddOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../accounts/useSession';
import { TenderSearch } from '../search/TenderSearch';
import './tenders.css';

export function TendersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const isClient = me?.organisation.kind === 'CLIENT';

  return (
    <section className="waibao-page">
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {t('tenders.title')}
        </Typography.Title>
        {isClient && (
          <Space wrap>
            <Button
              icon={<ProfileOutlined />}
              data-testid="tenders-mine"
              onClick={() => void navigate('/my/tenders')}
            >
              {t('tenders.mine.title')}
            </Button>
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              data-testid="tenders-new"
              onClick={() => void navigate('/tenders/new')}
            >
              {t('tenders.new')}
            </Button>
          </Space>
        )}
      </div>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('tenders.lead')}
      </Typography.Paragraph>
      <Card>
        <TenderSearch />
      </Card>
    </section>
  );
}
