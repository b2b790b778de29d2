import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate } from '@/features/surveys/components/format';

/** "38 / 120" with a bar: answered of invited. */
export function ResponseRate({ responses, invitations, compact = false }: { responses: number; invitations: number; compact?: boolean }) {
  const { i18n } = useTranslation();
  const rate = invitations > 0 ? responses / invitations : undefined;
  return (
    <Flex vertical gap={0} style={{ minWidth: compact ? 110 : 160 }}>
      <Flex justify="space-between" gap={8}>
        <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
          {responses} / {invitations}
        </Typography.Text>
        <Typography.Text type="secondary">{formatRate(rate, i18n.language)}</Typography.Text>
      </Flex>
      <Progress percent={rate === undefined ? 0 : Math.round(rate * 1000) / 10} showInfo={false} size="small" style={{ margin: 0 }} />
    </Flex>
  );
}
