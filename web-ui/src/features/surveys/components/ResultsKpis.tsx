import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@/features/surveys/api/get-survey-results';
import { Change } from '@/features/surveys/components/Change';
import { Chart } from '@/features/surveys/components/Chart';
import { formatIndex, formatRate } from '@/features/surveys/components/format';
import { NpsBreakdown } from '@/features/surveys/components/NpsBreakdown';
import { gaugeOption } from '@/features/surveys/components/results-charts';

/** The headline figures: satisfaction index (gauge), responses and rate, NPS with its breakdown; each with its change. */
export function ResultsKpis({ results }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const previous = results.previous;
  const locale = i18n.language;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={8}>
        <Card title={t('surveys.results.index')} style={{ height: '100%' }} data-testid="kpi-index">
          <Chart option={gaugeOption(results.satisfactionIndex, locale)} height={180} label={t('surveys.results.indexLabel', { value: formatIndex(results.satisfactionIndex, locale) })} />
          <Flex justify="center">
            <Change value={previous?.satisfactionIndexChange} testId="index-change" />
          </Flex>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card title={t('surveys.results.participation')} style={{ height: '100%' }}>
          <Flex wrap gap={24}>
            <div data-testid="kpi-responses">
              <Statistic title={t('surveys.results.responses')} value={results.responseCount} suffix={<Typography.Text type="secondary">/ {results.invitationCount}</Typography.Text>} />
            </div>
            <div data-testid="kpi-rate">
              <Statistic title={t('surveys.results.responseRate')} value={formatRate(results.responseRate, locale)} />
              <Change value={previous?.responseRateChange} percentPoints testId="rate-change" />
            </div>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card title={t('surveys.results.nps')} style={{ height: '100%' }}>
          <Flex align="baseline" gap={8} data-testid="kpi-nps">
            <Statistic value={results.nps.score === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(results.nps.score)} />
            <Change value={previous?.npsChange} testId="nps-change" />
          </Flex>
          <NpsBreakdown nps={results.nps} />
        </Card>
      </Col>
    </Row>
  );
}
