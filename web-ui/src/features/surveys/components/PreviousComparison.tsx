import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveyResults } from '@/features/surveys/api/get-survey-results';
import { Change } from '@/features/surveys/components/Change';
import { formatIndex, formatRate } from '@/features/surveys/components/format';
import { useFormatDateTime } from '@/components/TimeZone';

/** Against the project's previous closed campaign: then → now, and the change. */
export function PreviousComparison({ results }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const formatTime = useFormatDateTime();
  const previous = results.previous;
  const locale = i18n.language;
  if (!previous) return <Typography.Text type="secondary">{t('surveys.results.noPrevious')}</Typography.Text>;
  const nps = (value: number | undefined) => (value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value));
  return (
    <div data-testid="previous-comparison">
      <Typography.Paragraph style={{ marginTop: 0 }}>
        {t('surveys.results.comparedWith')} <Link to={`/surveys/campaigns/${previous.campaignId}/results`}>{previous.title}</Link>
        {previous.closedAt && <Typography.Text type="secondary"> · {t('surveys.results.closedOn', { time: formatTime(previous.closedAt) })}</Typography.Text>}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('surveys.results.index')}>
          {formatIndex(previous.satisfactionIndex, locale)} → {formatIndex(results.satisfactionIndex, locale)} <Change value={previous.satisfactionIndexChange} />
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.results.nps')}>
          {nps(previous.nps)} → {nps(results.nps.score)} <Change value={previous.npsChange} />
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.results.responseRate')}>
          {formatRate(previous.responseRate, locale)} → {formatRate(results.responseRate, locale)} <Change value={previous.responseRateChange} percentPoints />
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.results.responses')}>
          {previous.responseCount} → {results.responseCount}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
