import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Load more" under a cursor-paginated table, with how many rows are shown. */
export function LoadMore({
  shown,
  hasMore,
  loading,
  onLoadMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  if (shown === 0) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }} wrap>
      <Typography.Text type="secondary">
        {hasMore ? t('pagination.shownMore', { count: shown }) : t('pagination.shownAll', { count: shown })}
      </Typography.Text>
      {hasMore && (
        <Button onClick={onLoadMore} loading={loading}>
          {t('pagination.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
