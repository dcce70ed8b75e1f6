// Choosing the kind of organisation to register, as three cards: what each kind does on the platform.
import { BankOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { Col, Radio, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_REGISTERED_KINDS, type SelfRegisteredKind } from './types';

const KIND_ICONS: Record<SelfRegisteredKind, ReactNode> = {
  CLIENT: <SolutionOutlined />,
  VENDOR: <TeamOutlined />,
  PARK_OPERATOR: <BankOutlined />,
};

export interface KindPickerProps {
  id?: string;
  value?: SelfRegisteredKind;
  onChange?: (kind: SelfRegisteredKind) => void;
  'aria-invalid'?: boolean;
}

/** A form control (value/onChange, as Ant Design's Form.Item passes them). */
export function KindPicker({ id, value, onChange, ...rest }: KindPickerProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(event) => onChange?.(event.target.value as SelfRegisteredKind)}
      className="waibao-kind-picker"
      aria-invalid={rest['aria-invalid']}
    >
      <Row gutter={[16, 16]}>
        {SELF_REGISTERED_KINDS.map((kind) => (
          <Col key={kind} xs={24} md={8}>
            {/* The whole card picks the kind; the radio inside keeps keyboard and screen readers. */}
            <div
              className={`waibao-kind-card${value === kind ? ' waibao-kind-card-selected' : ''}`}
              data-testid={`register-kind-${kind}`}
              data-selected={value === kind}
              onClick={() => onChange?.(kind)}
            >
              <Radio value={kind} className="waibao-kind-radio">
                <span className="waibao-kind-title">
                  {KIND_ICONS[kind]}
                  {t(`kind.${kind}`)}
                </span>
              </Radio>
              <Typography.Paragraph type="secondary" className="waibao-kind-description">
                {t(`kindDescription.${kind}`)}
              </Typography.Paragraph>
            </div>
          </Col>
        ))}
      </Row>
    </Radio.Group>
  );
}
