// The page a section shows until its feature lands: its title, a one-line lead and what will appear.
import { Card, Result, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PlaceholderPageProps {
  title: string;
  lead: string;
  comingTitle: string;
  comingDetail: string;
  icon: ReactNode;
}

export function PlaceholderPage({
  title,
  lead,
  comingTitle,
  comingDetail,
  icon,
}: PlaceholderPageProps) {
  return (
    <section className="waibao-page">
      <Typography.Title level={2} data-testid="page-title">
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {lead}
      </Typography.Paragraph>
      <Card>
        <Result icon={icon} title={comingTitle} subTitle={comingDetail} />
      </Card>
    </section>
  );
}
