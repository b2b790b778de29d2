import { Card, Col, Descriptions, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Key } from '@/features/keys/api/list-keys';
import { DepositSummary, KeyRules, LoanSummary } from '@/features/keys/components/KeyRules';
import { keyTarget, KeyStatusTag, useKeyPlace } from '@/features/keys/components/KeyTags';

/** The scanned key at the desk: what it is, where it belongs, its rules and owner authorization, who has it; the form below. */
export function DeskKeyCard({ keyItem, now, children }: { keyItem: Key; now: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const placeOf = useKeyPlace();
  return (
    <Card
      data-testid="desk-key"
      title={
        <span>
          <Link to={`/keys/${keyItem.id}`} style={{ fontFamily: 'monospace', fontSize: 18 }}>
            {keyItem.code}
          </Link>{' '}
          <KeyStatusTag status={keyItem.status} />
        </span>
      }
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {keyTarget(keyItem)}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }}>
        <Descriptions.Item label={t('keys.fields.type')}>{t(`keys.type.${keyItem.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('keys.fields.place')}>{placeOf(keyItem)}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 8]} style={{ marginTop: 8 }}>
        <Col xs={24} md={keyItem.type === 'UNIT' ? 10 : 24}>
          <Typography.Text strong>{t('keys.detail.rules')}</Typography.Text>
          <KeyRules keyItem={keyItem} />
        </Col>
        {keyItem.type === 'UNIT' && (
          <Col xs={24} md={14}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
              {t('keys.detail.deposit')}
            </Typography.Text>
            <DepositSummary keyItem={keyItem} />
          </Col>
        )}
      </Row>
      {keyItem.openCheckout && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('keys.detail.loan')}</Typography.Text>
          <LoanSummary keyItem={keyItem} now={now} />
        </div>
      )}
      {children}
    </Card>
  );
}
