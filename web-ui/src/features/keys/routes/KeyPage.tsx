import { Alert, App as AntdApp, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useKey } from '@/features/keys/api/get-key';
import { useKeyLedgerVerification } from '@/features/keys/api/verify-key-ledger';
import { KeyActions } from '@/features/keys/components/KeyActions';
import { KeyHistory } from '@/features/keys/components/KeyHistory';
import { DepositSummary, KeyRules, LoanSummary } from '@/features/keys/components/KeyRules';
import { keyTarget, KeyStatusTag, useKeyPlace } from '@/features/keys/components/KeyTags';
import { LedgerIntegrity } from '@/features/keys/components/LedgerIntegrity';
import { useNow } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';
import { useFollowProject } from '@/lib/selected-project';

/** /keys/:keyId — the key, its rules and owner authorization, who has it, the allowed actions and the custody history. */
export function KeyPage({ canVerifyLedger }: { canVerifyLedger: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const { message } = AntdApp.useApp();
  const now = useNow();
  const placeOf = useKeyPlace();
  const { keyId = '' } = useParams();
  const query = useKey(keyId);
  const key = query.data?.item;
  const verification = useKeyLedgerVerification(key?.projectId ?? '', canVerifyLedger && key !== undefined);

  useFollowProject(key?.projectId);

  if (query.isError) {
    return (
      <Card>
        <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  }
  if (!key) return <Card loading />;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ title: t('keys.nav.ledger'), to: '/keys' }, { title: key.code }]}
        title={
          <>
            <span style={{ fontFamily: 'monospace' }}>{key.code}</span> <KeyStatusTag status={key.status} />
          </>
        }
        subTitle={`${t(`keys.type.${key.type}`)} · ${keyTarget(key)}`}
      />
      {key.status === 'LOST' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="lost-alert"
          message={t('keys.detail.lost')}
          description={
            key.lockChangeWorkOrderId ? (
              <Link to={`/work-orders/${key.lockChangeWorkOrderId}`} data-testid="lock-change-link">
                {t('keys.detail.lockChangeOrder')}
              </Link>
            ) : (
              t('keys.detail.noLockChange')
            )
          }
        />
      )}
      {key.allowedActions.length > 0 && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <KeyActions
            keyItem={key}
            onDone={(action) => void message.success(t(`keys.detail.done.${action}`))}
          />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card title={t('keys.detail.details')}>
              <Descriptions size="small" column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }} data-testid="key-fields">
                <Descriptions.Item label={t('keys.fields.type')}>{t(`keys.type.${key.type}`)}</Descriptions.Item>
                <Descriptions.Item label={t('keys.fields.target')}>{keyTarget(key)}</Descriptions.Item>
                <Descriptions.Item label={t('keys.fields.place')}>{placeOf(key)}</Descriptions.Item>
                <Descriptions.Item label={t('keys.fields.copies')}>{key.copies}</Descriptions.Item>
                <Descriptions.Item label={t('keys.fields.custodian')}>{key.custodianName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('keys.fields.createdAt')}>{formatTime(key.createdAt)}</Descriptions.Item>
              </Descriptions>
            </Card>
            {key.openCheckout && (
              <Card title={t('keys.detail.loan')} extra={key.openCheckout.overdue && <Tag color="red">{t('keys.overdue')}</Tag>}>
                <LoanSummary keyItem={key} now={now} />
              </Card>
            )}
            <Card title={t('keys.detail.rules')}>
              <KeyRules keyItem={key} />
            </Card>
            {key.type === 'UNIT' && (
              <Card title={t('keys.detail.deposit')}>
                <DepositSummary keyItem={key} />
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('keys.detail.history')}>
            {canVerifyLedger && (
              <div style={{ marginBottom: 16 }}>
                <LedgerIntegrity verification={verification.data} loading={verification.isPending} />
              </div>
            )}
            <KeyHistory keyId={key.id} brokenEventId={verification.data?.firstBrokenEventId} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('keys.detail.hashHint')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
    </>
  );
}
