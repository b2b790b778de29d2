import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityFigure } from '@/features/quality/api/get-quality-overview';
import { FigureLink } from '@/features/quality/components/FigureLink';
import { AGE_BUCKETS, formatValue, kpiKeys, noValueReason, trendOf } from '@/features/quality/components/metrics';

/** The change against the previous period: an arrow up or down, green when better, red when worse. */
export function ChangeArrow({ figure }: { figure: QualityFigure }) {
  const { t, i18n } = useTranslation();
  const trend = trendOf(figure);
  if (!trend || figure.change === undefined) return null;
  const color = trend === 'better' ? '#389e0d' : trend === 'worse' ? '#cf1322' : '#8c8c8c';
  const Icon = figure.change > 0 ? ArrowUpOutlined : figure.change < 0 ? ArrowDownOutlined : MinusOutlined;
  return (
    <span style={{ color, whiteSpace: 'nowrap' }} title={t('quality.previous', { value: formatValue(figure.key, figure.previous, i18n.language) })}>
      <Icon /> {formatValue(figure.key, Math.abs(figure.change), i18n.language)}
    </span>
  );
}

/** The KPI cards: value (a link to the records), target, change from the previous period. */
export function KpiCards({ figures, timeZone }: { figures: readonly QualityFigure[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const keys = kpiKeys(figures);
  return (
    <Row gutter={[12, 12]}>
      {keys.map((key) => {
        const f = byKey.get(key);
        if (!f) return null;
        const missed = f.meetsTarget === false;
        return (
          <Col key={key} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small" style={{ height: '100%', borderColor: missed ? '#ffa39e' : undefined }} data-testid={`kpi-${key}`}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`quality.metric.${key}`)}
              </Typography.Text>
              <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.4, color: missed ? '#cf1322' : undefined }}>
                <FigureLink drill={f.drillDown} timeZone={timeZone}>
                  {formatValue(key, f.value, i18n.language)}
                </FigureLink>
                {f.grade && <span style={{ fontSize: 13, marginLeft: 6 }}>{t(`quality.grade.${f.grade}`)}</span>}
              </div>
              <div style={{ fontSize: 12, display: 'flex', justifyContent: 'space-between', gap: 4, flexWrap: 'wrap' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.target !== undefined
                    ? t(f.targetDirection === 'AT_MOST' ? 'quality.targetAtMost' : 'quality.targetAtLeast', { value: formatValue(key, f.target, i18n.language) })
                    : f.denominator !== undefined && f.numerator !== undefined
                      ? `${f.numerator}/${f.denominator}`
                      : f.value === undefined || f.value === null
                        ? t(`quality.${noValueReason(key)}`)
                        : ''}
                </Typography.Text>
                <ChangeArrow figure={f} />
              </div>
              {key === 'openComplaints' && f.value != null && (
                <div style={{ fontSize: 12, display: 'flex', gap: 8, flexWrap: 'wrap' }} data-testid="kpi-complaint-ages">
                  {AGE_BUCKETS.map((bucket) => {
                    const b = byKey.get(bucket);
                    return b ? (
                      <FigureLink key={bucket} drill={b.drillDown} timeZone={timeZone}>
                        {t(`quality.metricShort.${bucket}`)} {formatValue(bucket, b.value, i18n.language)}
                      </FigureLink>
                    ) : null;
                  })}
                </div>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
