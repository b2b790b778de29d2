import { CheckCircleFilled, ClockCircleOutlined, CloseCircleOutlined, DisconnectOutlined, HourglassOutlined, QuestionCircleOutlined, SmileOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '@/features/public-survey/components/link-state';
import { useCountdown } from '@/features/public-survey/components/useCountdown';

export type PageState = LinkState | 'thanks';

const ICONS: Record<PageState, ReactNode> = {
  thanks: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  answered: <SmileOutlined style={{ color: '#52c41a' }} />,
  notOpen: <ClockCircleOutlined style={{ color: '#1677ff' }} />,
  closed: <CloseCircleOutlined style={{ color: '#8c8c8c' }} />,
  unknown: <QuestionCircleOutlined style={{ color: '#8c8c8c' }} />,
  rateLimited: <HourglassOutlined style={{ color: '#fa8c16' }} />,
  unavailable: <DisconnectOutlined style={{ color: '#ff4d4f' }} />,
};

/** A whole-page answer about the link: thank you, already answered, closed, unknown, wait, or try again. */
export function LinkStateView({
  state,
  retryAt,
  onRetry,
  retrying = false,
}: {
  state: PageState;
  /** When a rate-limited page may ask again (epoch ms). */
  retryAt?: number | undefined;
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
}) {
  const { t } = useTranslation();
  const wait = useCountdown(state === 'rateLimited' ? retryAt : undefined);
  const canRetry = onRetry !== undefined && (state === 'unavailable' || state === 'rateLimited');
  return (
    <Result
      icon={ICONS[state]}
      title={<span data-testid="link-state" data-state={state}>{t(`publicSurvey.state.${state}.title`)}</span>}
      subTitle={wait > 0 ? t('publicSurvey.state.rateLimited.wait', { count: wait }) : t(`publicSurvey.state.${state}.detail`)}
      extra={
        canRetry && (
          <Button type="primary" size="large" onClick={onRetry} loading={retrying} disabled={wait > 0} style={{ minWidth: 160 }}>
            {t('publicSurvey.retry')}
          </Button>
        )
      }
    />
  );
}
