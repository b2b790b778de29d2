import { Badge, Card, Flex, Grid, Result, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { useOverdueCheckouts } from '@/features/keys/api/list-key-checkouts';
import { Borrower, CheckoutKey, CheckoutPurpose, Phone, ReturnAtDesk } from '@/features/keys/components/CheckoutCells';
import { readLateCheckouts } from '@/features/keys/components/filters';
import { LateCheckouts } from '@/features/keys/components/LateCheckouts';
import { formatDuration, useNow } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';
import { exportKeyCheckouts } from '@/features/keys/api/export-key-checkouts';

/**
 * /keys/overdue — keys out past their due time, the latest first, live: an OVERDUE or any custody
 * event (from the stream) reloads it, and how late keeps counting on screen. With `?late=1` (a click on the quality
 * picture's keysOverdue, `&from=&to=` days in the project's zone, `&building=`, `&withoutUnit=1`): the checkouts of
 * that period returned late or still out past due (`LateCheckouts`), until cleared back to overdue now.
 */
export function OverdueKeysPage({ projectId, canManage }: { projectId: string | undefined; canManage: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const late = readLateCheckouts(params);
  if (!projectId) return <Result status="info" title={t('keys.noProject')} />;
  return late ? <LateCheckouts projectId={projectId} drill={late} canManage={canManage} /> : <OverdueNow projectId={projectId} canManage={canManage} />;
}

/** The keys out past their due time now. */
function OverdueNow({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const phone = !Grid.useBreakpoint().md;
  const now = useNow(15_000);
  const overdue = useOverdueCheckouts(projectId);
  const items = [...(overdue.data?.items ?? [])].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const lateness = (checkout: KeyCheckout) => (
    <Typography.Text type="danger" strong style={{ whiteSpace: 'nowrap' }}>
      {formatDuration(now - Date.parse(checkout.dueAt), t)}
    </Typography.Text>
  );

  const columns: ColumnsType<KeyCheckout> = [
    { title: t('keys.fields.code'), dataIndex: 'keyCode', render: (_: string, checkout) => <CheckoutKey checkout={checkout} /> },
    { title: t('keys.fields.type'), dataIndex: 'keyType', render: (type?: string) => (type ? t(`keys.type.${type}`) : '—') },
    { title: t('keys.checkout.borrower'), key: 'borrower', render: (_: unknown, checkout) => <Borrower checkout={checkout} /> },
    { title: t('keys.checkout.phone'), key: 'phone', render: (_: unknown, checkout) => <Phone phone={checkout.borrowerPhone} /> },
    { title: t('keys.checkout.purpose'), key: 'purpose', render: (_: unknown, checkout) => <CheckoutPurpose checkout={checkout} /> },
    { title: t('keys.fields.dueAt'), dataIndex: 'dueAt', render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span> },
    { title: t('keys.overdueBoard.late'), key: 'late', render: (_: unknown, checkout) => lateness(checkout) },
    ...(canManage ? [{ title: '', key: 'desk', render: (_: unknown, checkout: KeyCheckout) => <ReturnAtDesk checkout={checkout} /> }] : []),
  ];

  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={8}>
            {t('keys.nav.overdue')}
            {overdue.data && <Badge count={overdue.data.more ? `${items.length}+` : items.length} showZero color={items.length > 0 ? 'red' : 'green'} data-testid="overdue-count" />}
          </Flex>
        }
        subTitle={t('keys.overdueBoard.subtitle')}
        extra={<ExportButton onExport={(format) => exportKeyCheckouts({ projectId, open: true, overdue: true }, format)} testId="export-key-checkouts" />}
      />
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        {overdue.isError ? (
          <QueryErrorResult error={overdue.error} onRetry={() => void overdue.refetch()} />
        ) : phone ? (
          <Flex vertical gap={8}>
            {overdue.isPending && <Card loading size="small" />}
            {!overdue.isPending && items.length === 0 && <Result status="success" title={t('keys.overdueBoard.none')} />}
            {items.map((checkout) => (
              <Card key={checkout.id} size="small" data-testid="overdue-card" styles={{ body: { padding: 12 } }}>
                <Flex justify="space-between" align="center" gap={8}>
                  <CheckoutKey checkout={checkout} large />
                  <Tag color="red">{t('keys.overdueBy', { time: formatDuration(now - Date.parse(checkout.dueAt), t) })}</Tag>
                </Flex>
                <Typography.Text style={{ display: 'block', marginTop: 4 }}>
                  <Borrower checkout={checkout} /> · <Phone phone={checkout.borrowerPhone} />
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {checkout.purpose} · {t('keys.overdueBoard.dueWas', { time: formatTime(checkout.dueAt) })}
                </Typography.Text>
                {canManage && (
                  <div style={{ marginTop: 8 }}>
                    <ReturnAtDesk checkout={checkout} />
                  </div>
                )}
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<KeyCheckout>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={overdue.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Result status="success" title={t('keys.overdueBoard.none')} /> }}
          />
        )}
        {overdue.data?.more && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
            {t('keys.overdueBoard.more', { count: items.length })}
          </Typography.Text>
        )}
      </Card>
    </>
  );
}
