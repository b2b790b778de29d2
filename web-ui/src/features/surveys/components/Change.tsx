import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChange } from '@/features/surveys/components/format';

/** A change against the previous campaign: green up, red down; rates in percentage points. */
export function Change({ value, percentPoints = false, testId }: { value: number | undefined; percentPoints?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (value === undefined) return null;
  const shown = formatChange(value, i18n.language, { percentPoints });
  const up = value > 0;
  const flat = value === 0;
  return (
    <Typography.Text type={flat ? 'secondary' : up ? 'success' : 'danger'} style={{ fontSize: 13, whiteSpace: 'nowrap' }} data-testid={testId}>
      {!flat && (up ? <ArrowUpOutlined /> : <ArrowDownOutlined />)} {percentPoints ? t('surveys.results.points', { value: shown }) : shown}
    </Typography.Text>
  );
}
