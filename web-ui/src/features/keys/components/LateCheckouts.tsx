import { Button, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { LoadMore } from '@/components/LoadMore';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useFormatDateTime, useTimeZone } from '@/components/TimeZone';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { exportKeyCheckouts } from '@/features/keys/api/export-key-checkouts';
import { useKeyCheckouts } from '@/features/keys/api/list-key-checkouts';
import { Borrower, CheckoutKey, CheckoutPurpose, Phone, ReturnAtDesk } from '@/features/keys/components/CheckoutCells';
import { CLEAR_DRILL, lateCheckoutFilters, type KeyDrill } from '@/features/keys/components/filters';
import { KeyDrillTags } from '@/features/keys/components/KeyDrillTags';
import { formatDuration, useNow } from '@/lib/duration';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * The checkouts of a period returned after their due time or still out past it (the quality picture's keysOverdue:
 * the same list, newest first), of a building or of keys to no unit, the filters as removable tags; "overdue now" clears
 * them. The export takes the same filters.
 */
export function LateCheckouts({ projectId, drill, canManage }: { projectId: string; drill: KeyDrill; canManage: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const timeZone = useTimeZone();
  const phone = !Grid.useBreakpoint().md;
  const now = useNow(15_000);
  const update = useUpdateSearchParams();
  const filters = lateCheckoutFilters(drill, projectId, timeZone);
  const checkouts = useKeyCheckouts(filters);
  const items = checkouts.data?.pages.flatMap((page) => page.items) ?? [];
  // How late: returned after the due time, or still out past it (and counting).
  const lateBy = (checkout: KeyCheckout) => formatDuration((checkout.returnedAt ? Date.parse(checkout.returnedAt) : now) - Date.parse(checkout.dueAt), t);
  const time = (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(value)}</span>;
  const returned = (checkout: KeyCheckout) => (checkout.returnedAt ? time(checkout.returnedAt) : <Tag color="red">{t('keys.lateBoard.stillOut')}</Tag>);
  const desk = (checkout: KeyCheckout) => canManage && checkout.open && <ReturnAtDesk checkout={checkout} />;

  const columns: ColumnsType<KeyCheckout> = [
    { title: t('keys.fields.code'), dataIndex: 'keyCode', render: (_: string, checkout) => <CheckoutKey checkout={checkout} /> },
    { title: t('keys.checkout.borrower'), key: 'borrower', render: (_: unknown, checkout) => <Borrower checkout={checkout} /> },
    { title: t('keys.checkout.phone'), key: 'phone', render: (_: unknown, checkout) => <Phone phone={checkout.borrowerPhone} /> },
    { title: t('keys.checkout.purpose'), key: 'purpose', render: (_: unknown, checkout) => <CheckoutPurpose checkout={checkout} /> },
    { title: t('keys.checkout.checkedOutAt'), dataIndex: 'checkedOutAt', render: time },
    { title: t('keys.fields.dueAt'), dataIndex: 'dueAt', render: time },
    { title: t('keys.lateBoard.returnedAt'), key: 'returned', render: (_: unknown, checkout) => returned(checkout) },
    {
      title: t('keys.overdueBoard.late'),
      key: 'late',
      render: (_: unknown, checkout) => (
        <Typography.Text type="danger" strong style={{ whiteSpace: 'nowrap' }}>
          {lateBy(checkout)}
        </Typography.Text>
      ),
    },
    ...(canManage ? [{ title: '', key: 'desk', render: (_: unknown, checkout: KeyCheckout) => desk(checkout) }] : []),
  ];

  return (
    <>
      <PageHeader
        title={t('keys.lateBoard.title')}
        subTitle={t('keys.lateBoard.subtitle')}
        extra={
          <>
            <ExportButton onExport={(format) => exportKeyCheckouts(filters, format)} testId="export-key-checkouts" />
            <Button onClick={() => update(CLEAR_DRILL)} data-testid="overdue-now">
              {t('keys.lateBoard.overdueNow')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <KeyDrillTags projectId={projectId} drill={drill} period="checkedOut" />
        {checkouts.isError ? (
          <QueryErrorResult error={checkouts.error} onRetry={() => void checkouts.refetch()} />
        ) : phone ? (
          <Flex vertical gap={8}>
            {checkouts.isPending && <Card loading size="small" />}
            {!checkouts.isPending && items.length === 0 && (
              <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
                {t('keys.lateBoard.none')}
              </Typography.Text>
            )}
            {items.map((checkout) => (
              <Card key={checkout.id} size="small" data-testid="late-card" styles={{ body: { padding: 12 } }}>
                <Flex justify="space-between" align="center" gap={8}>
                  <CheckoutKey checkout={checkout} large />
                  <Tag color="red">{t('keys.lateBoard.lateBy', { time: lateBy(checkout) })}</Tag>
                </Flex>
                <Typography.Text style={{ display: 'block', marginTop: 4 }}>
                  <Borrower checkout={checkout} /> · <Phone phone={checkout.borrowerPhone} />
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {checkout.purpose} · {t('keys.overdueBoard.dueWas', { time: formatTime(checkout.dueAt) })}
                </Typography.Text>
                <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 4 }}>
                  {checkout.returnedAt ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('keys.lateBoard.returnedWas', { time: formatTime(checkout.returnedAt) })}
                    </Typography.Text>
                  ) : (
                    returned(checkout)
                  )}
                  {desk(checkout)}
                </Flex>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<KeyCheckout>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            loading={checkouts.isPending || (checkouts.isPlaceholderData && checkouts.isFetching)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={() => ({ 'data-testid': 'late-row' }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('keys.lateBoard.none') }}
          />
        )}
        <LoadMore shown={items.length} hasMore={checkouts.hasNextPage} loading={checkouts.isFetchingNextPage} onLoadMore={() => void checkouts.fetchNextPage()} />
      </Card>
    </>
  );
}
