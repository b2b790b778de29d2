import { Card, Flex, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';

type PagedQuery = {
  isError: boolean;
  error: unknown;
  isPending: boolean;
  isPlaceholderData: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
};

/**
 * The body of a cursor-paged list: its error with a retry, cards on a phone or a table wider up (the previous rows stay
 * while a filter loads), what to say when it is empty, and "load more". The inspection list and the register share it.
 */
export function ListView<T extends { id: string }>({
  query,
  items,
  phone,
  emptyText,
  card,
  table,
}: {
  query: PagedQuery;
  items: T[];
  phone: boolean;
  emptyText: string;
  card: (row: T) => ReactNode;
  table: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'rowKey' | 'size' | 'scroll' | 'locale'>;
}) {
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      {phone ? (
        <Flex vertical gap={8}>
          {query.isPending && <Card loading size="small" />}
          {!query.isPending && items.length === 0 && (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {emptyText}
            </Typography.Text>
          )}
          {items.map(card)}
        </Flex>
      ) : (
        <Table<T>
          rowKey="id"
          size="middle"
          dataSource={items}
          loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          {...table}
        />
      )}
      <LoadMore shown={items.length} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
    </>
  );
}
