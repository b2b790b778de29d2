import CheckCircleFilled from '@ant-design/icons-svg/es/asn/CheckCircleFilled';
import ClockCircleOutlined from '@ant-design/icons-svg/es/asn/ClockCircleOutlined';
import CloseCircleOutlined from '@ant-design/icons-svg/es/asn/CloseCircleOutlined';
import DisconnectOutlined from '@ant-design/icons-svg/es/asn/DisconnectOutlined';
import HourglassOutlined from '@ant-design/icons-svg/es/asn/HourglassOutlined';
import QuestionCircleOutlined from '@ant-design/icons-svg/es/asn/QuestionCircleOutlined';
import SmileOutlined from '@ant-design/icons-svg/es/asn/SmileOutlined';
import SyncOutlined from '@ant-design/icons-svg/es/asn/SyncOutlined';
import { useTranslation } from 'react-i18next';
import { SvgIcon, type IconDefinition } from '@/components/SvgIcon';
import type { LinkState } from '@/features/public-survey/components/link-state';
import { PublicButton } from '@/features/public-survey/components/PublicButton';
import { useCountdown } from '@/features/public-survey/components/useCountdown';

export type PageState = LinkState | 'thanks';

const ICONS: Record<PageState, { icon: IconDefinition; color: string }> = {
  thanks: { icon: CheckCircleFilled, color: '#52c41a' },
  answered: { icon: SmileOutlined, color: '#52c41a' },
  notOpen: { icon: ClockCircleOutlined, color: '#1677ff' },
  closed: { icon: CloseCircleOutlined, color: '#8c8c8c' },
  revoked: { icon: SyncOutlined, color: '#fa8c16' },
  unknown: { icon: QuestionCircleOutlined, color: '#8c8c8c' },
  rateLimited: { icon: HourglassOutlined, color: '#fa8c16' },
  unavailable: { icon: DisconnectOutlined, color: '#ff4d4f' },
};

/** A whole-page answer about the link: thank you, already answered, closed, replaced, unknown, wait, or try again. */
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
  const { icon, color } = ICONS[state];
  return (
    <section className="ps-result">
      <SvgIcon icon={icon} className="ps-result-icon" style={{ color }} />
      <h1 className="ps-result-title">
        <span data-testid="link-state" data-state={state}>
          {t(`publicSurvey.state.${state}.title`)}
        </span>
      </h1>
      <p className="ps-result-detail">{wait > 0 ? t('publicSurvey.state.rateLimited.wait', { count: wait }) : t(`publicSurvey.state.${state}.detail`)}</p>
      {canRetry && (
        <PublicButton onClick={onRetry} loading={retrying} disabled={wait > 0} className="ps-result-retry">
          {t('publicSurvey.retry')}
        </PublicButton>
      )}
    </section>
  );
}
