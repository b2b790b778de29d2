import { Card, Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyStocktake, KeyStocktakeLine } from '@/features/keys/api/get-key-stocktake';
import { ScanResultTag } from '@/features/keys/components/ScanResultTag';
import { StocktakeTally } from '@/features/keys/components/StocktakeTally';

function Section<T>({ title, items, testId, render }: { title: string; items: readonly T[]; testId: string; render: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${title} (${items.length})`} data-testid={testId}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('keys.report.none')}</Typography.Text>
      ) : (
        <List size="small" dataSource={[...items]} renderItem={(item) => <List.Item>{render(item)}</List.Item>} />
      )}
    </Card>
  );
}

function LineText({ line, children }: { line: KeyStocktakeLine; children?: ReactNode }) {
  return (
    <span>
      <Link to={`/keys/${line.keyId}`} style={{ fontFamily: 'monospace' }}>
        {line.code}
      </Link>{' '}
      · {line.label ?? '—'}
      {children}
    </span>
  );
}

/** The completed stock-take's report: missing keys, keys in the wrong slot, unknown codes and keys out on loan. */
export function StocktakeReport({ stocktake }: { stocktake: KeyStocktake }) {
  const { t } = useTranslation();
  const slot = (value: number | undefined) => (value === undefined ? '—' : t('keys.slotNumber', { slot: value }));
  return (
    <Flex vertical gap={12} data-testid="stocktake-report">
      <Card size="small">
        <StocktakeTally tally={stocktake.tally} completed />
      </Card>
      <Section
        title={t('keys.report.missing')}
        items={stocktake.missing}
        testId="report-missing"
        render={(line) => (
          <LineText line={line}>
            <Typography.Text type="secondary"> · {[line.cabinetName, slot(line.expectedSlot)].filter(Boolean).join(' · ')}</Typography.Text>
          </LineText>
        )}
      />
      <Section
        title={t('keys.report.wrongSlot')}
        items={stocktake.wrongSlot}
        testId="report-wrong-slot"
        render={(line) => (
          <LineText line={line}>
            <Typography.Text type="warning"> · {t('keys.report.slotMoved', { expected: slot(line.expectedSlot), scanned: slot(line.scannedSlot) })}</Typography.Text>
          </LineText>
        )}
      />
      <Section
        title={t('keys.report.unknown')}
        items={stocktake.unknown}
        testId="report-unknown"
        render={(scan) => (
          <Flex justify="space-between" style={{ width: '100%' }} gap={8}>
            <span style={{ fontFamily: 'monospace' }}>{scan.keyCode}</span>
            <ScanResultTag result={scan.result} />
          </Flex>
        )}
      />
      <Section
        title={t('keys.report.checkedOut')}
        items={stocktake.checkedOut}
        testId="report-checked-out"
        render={(line) => <LineText line={line}>{line.holderName && <Typography.Text type="secondary"> · {t('keys.heldBy', { name: line.holderName })}</Typography.Text>}</LineText>}
      />
    </Flex>
  );
}
