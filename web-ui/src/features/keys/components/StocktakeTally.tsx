import { Col, Progress, Row, Statistic } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStocktakeTally } from '@/features/keys/api/list-key-stocktakes';

/** The running numbers of a stock-take: found of expected (with a bar), not yet scanned, wrong slot, unknown. */
export function StocktakeTally({ tally, completed }: { tally: KeyStocktakeTally; completed: boolean }) {
  const { t } = useTranslation();
  // Four numbers in one row, small enough to leave a phone's screen to the scanner.
  const value = (color?: string): CSSProperties => ({ fontSize: 22, ...(color ? { color } : {}) });
  const percent = tally.expected === 0 ? 100 : Math.floor((tally.found / tally.expected) * 100);
  return (
    <div data-testid="stocktake-tally">
      <Progress percent={percent} status={completed && tally.remaining > 0 ? 'exception' : tally.remaining === 0 ? 'success' : 'active'} />
      <Row gutter={8} style={{ marginTop: 4 }}>
        <Col span={6}>
          <Statistic title={t('keys.tally.found')} value={tally.found} suffix={`/ ${tally.expected}`} valueStyle={value('#389e0d')} />
        </Col>
        <Col span={6}>
          <Statistic
            title={completed ? t('keys.tally.missing') : t('keys.tally.remaining')}
            value={tally.remaining}
            valueStyle={value(completed && tally.remaining > 0 ? '#cf1322' : undefined)}
            data-testid="tally-remaining"
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('keys.tally.wrongSlot')} value={tally.wrongSlot} valueStyle={value(tally.wrongSlot > 0 ? '#d46b08' : undefined)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('keys.tally.unknown')} value={tally.unknown} valueStyle={value(tally.unknown > 0 ? '#cf1322' : undefined)} />
        </Col>
      </Row>
    </div>
  );
}
