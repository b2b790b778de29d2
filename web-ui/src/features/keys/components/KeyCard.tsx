import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Key } from '@/features/keys/api/list-keys';
import { DueTime } from '@/features/keys/components/DueTime';
import { keyTarget, KeyStatusTag, useKeyPlace } from '@/features/keys/components/KeyTags';

/** One key as a card (phones): code, status, what it opens, where it is or who has it. */
export function KeyCard({ keyItem, now }: { keyItem: Key; now: number }) {
  const { t } = useTranslation();
  const placeOf = useKeyPlace();
  const loan = keyItem.openCheckout;
  return (
    <Card size="small" data-testid="key-card" styles={{ body: { padding: 12 } }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Link to={`/keys/${keyItem.id}`} style={{ fontFamily: 'monospace', fontSize: 16 }}>
          {keyItem.code}
        </Link>
        <KeyStatusTag status={keyItem.status} />
      </Flex>
      <Typography.Text strong style={{ display: 'block', marginTop: 4 }}>
        {keyTarget(keyItem)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t(`keys.type.${keyItem.type}`)} · {placeOf(keyItem)}
      </Typography.Text>
      {loan && (
        <Flex justify="space-between" align="start" gap={8} style={{ marginTop: 6 }}>
          <Typography.Text>{t('keys.heldBy', { name: loan.borrowerName })}</Typography.Text>
          <DueTime dueAt={loan.dueAt} now={now} />
        </Flex>
      )}
    </Card>
  );
}
