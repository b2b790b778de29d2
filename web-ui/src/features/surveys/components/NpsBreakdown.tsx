import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@/features/surveys/api/get-survey-results';
import { formatShare } from '@/features/surveys/components/format';

const SEGMENTS = [
  { key: 'promoters', color: '#52c41a', range: '9–10' },
  { key: 'passives', color: '#faad14', range: '7–8' },
  { key: 'detractors', color: '#ff4d4f', range: '0–6' },
] as const;

/** Promoters, passives and detractors as one bar and three counts: NPS = % promoters − % detractors. */
export function NpsBreakdown({ nps }: { nps: SurveyResults['nps'] }) {
  const { t, i18n } = useTranslation();
  const total = nps.answerCount;
  return (
    <div data-testid="nps-breakdown">
      {total > 0 && (
        <div className="sv-nps-bar" role="img" aria-label={t('surveys.results.npsBarLabel', { promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors })}>
          {SEGMENTS.map((segment) =>
            nps[segment.key] > 0 ? (
              <div key={segment.key} style={{ width: `${String((nps[segment.key] / total) * 100)}%`, background: segment.color }}>
                {formatShare(nps[segment.key], total, i18n.language)}
              </div>
            ) : null,
          )}
        </div>
      )}
      <Flex justify="space-between" wrap gap={8} style={{ marginTop: 10 }}>
        {SEGMENTS.map((segment) => (
          <Flex key={segment.key} vertical gap={0} data-testid={`nps-${segment.key}`}>
            <Typography.Text>
              <span style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: segment.color, marginInlineEnd: 6 }} />
              {t(`surveys.results.${segment.key}`)} <Typography.Text type="secondary">({segment.range})</Typography.Text>
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {nps[segment.key]} <Typography.Text type="secondary">· {formatShare(nps[segment.key], total, i18n.language)}</Typography.Text>
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
        {t('surveys.results.npsFormula', { count: total })}
      </Typography.Text>
    </div>
  );
}
