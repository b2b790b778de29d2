import { ScanOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Flex, Input, InputNumber, List, Popconfirm, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteKeyStocktake } from '@/features/keys/api/complete-key-stocktake';
import { CancelStocktakeButton } from '@/features/keys/components/CancelStocktakeButton';
import { KEY_CODE_PATTERN } from '@/features/keys/api/find-key-by-code';
import { keyStocktakeQueryKey, type KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import { useScanKeyStocktake, type KeyStocktakeScanResult } from '@/features/keys/api/scan-key-stocktake';
import { describeKeyProblem } from '@/features/keys/components/KeyProblem';
import { SCAN_RESULT_COLORS } from '@/features/keys/components/labels';
import { ScanResultTag } from '@/features/keys/components/ScanResultTag';
import { applyScan } from '@/features/keys/components/stocktake';
import { StocktakeTally } from '@/features/keys/components/StocktakeTally';

type Last = { code: string; slot?: number | undefined; result?: KeyStocktakeScanResult; error?: unknown; invalid?: boolean };

/**
 * Scanning a stock-take on a phone: one big input, codes one after another (the input is free again
 * at once; answers arrive in the background), an optional slot, the latest answer in its colour and
 * the running tally. "Complete" fixes the report; one started by mistake is cancelled with a reason.
 */
export function StocktakeScanner({ stocktake }: { stocktake: KeyStocktake }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const scan = useScanKeyStocktake(stocktake.id);
  const complete = useCompleteKeyStocktake(stocktake.id);
  const [code, setCode] = useState('');
  const [slot, setSlot] = useState<number | null>(null);
  const [last, setLast] = useState<Last | undefined>();
  const inputRef = useRef<InputRef>(null);

  const send = (keyCode: string, keySlot: number | undefined) => {
    setLast({ code: keyCode, slot: keySlot });
    // mutateAsync, not mutate: mutate's own callbacks fire for the last of overlapping calls only.
    void scan.mutateAsync({ keyCode, ...(keySlot !== undefined ? { slot: keySlot } : {}) }).then(
      (result) => {
        queryClient.setQueryData<KeyStocktake>(keyStocktakeQueryKey(stocktake.id), (old) => (old ? applyScan(old, result) : old));
        // The banner shows the latest code scanned; an older answer only updates the tally and list.
        setLast((current) => (current?.code === keyCode ? { code: keyCode, result } : current));
      },
      (error: unknown) => setLast((current) => (current?.code === keyCode ? { code: keyCode, slot: keySlot, error } : current)),
    );
  };

  const submit = () => {
    const keyCode = code.trim().toUpperCase();
    if (!keyCode) return;
    if (!KEY_CODE_PATTERN.test(keyCode)) {
      setLast({ code: keyCode, invalid: true });
      return;
    }
    send(keyCode, slot ?? undefined);
    setCode('');
    setSlot(null);
    inputRef.current?.focus();
  };

  const problem = last?.error === undefined ? undefined : (describeKeyProblem(last.error, t) ?? { title: t('errors.network.title') });
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex gap={8} style={{ marginBottom: 8 }}>
          <label htmlFor="stocktake-code" style={{ flex: 1, fontWeight: 500 }}>
            {t('keys.stocktake.scanLabel')}
          </label>
          {/* The slot box has a visible label of its own, not only a placeholder that vanishes once typed in. */}
          <label htmlFor="stocktake-slot" style={{ width: 96, fontWeight: 500 }}>
            {t('keys.stocktake.slot')}
          </label>
        </Flex>
        <Flex gap={8}>
          <Input
            id="stocktake-code"
            ref={inputRef}
            size="large"
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="send"
            prefix={<ScanOutlined />}
            value={code}
            maxLength={40}
            placeholder={t('keys.stocktake.scanPlaceholder')}
            onChange={(event) => setCode(event.target.value)}
            onPressEnter={submit}
            style={{ fontFamily: 'monospace', fontSize: 22, flex: 1, minWidth: 0 }}
            data-testid="stocktake-code"
          />
          <InputNumber
            id="stocktake-slot"
            size="large"
            min={1}
            max={1000}
            precision={0}
            value={slot}
            onChange={setSlot}
            onPressEnter={submit}
            placeholder={t('keys.stocktake.slotOptional')}
            aria-label={t('keys.stocktake.slotLabel')}
            inputMode="numeric"
            style={{ width: 96 }}
          />
        </Flex>
        <div aria-live="polite" style={{ marginTop: 12, minHeight: 64 }} data-testid="last-scan">
          {last && !last.result && !last.error && !last.invalid && <Alert type="info" message={<span style={{ fontFamily: 'monospace' }}>{last.code} …</span>} />}
          {last?.result && (
            <Alert
              type={SCAN_RESULT_COLORS[last.result.scan.result]}
              showIcon
              style={{ fontSize: 16 }}
              message={
                <strong>
                  <span style={{ fontFamily: 'monospace' }}>{last.result.scan.keyCode}</span> · {t(`keys.scanResult.${last.result.scan.result}`)}
                </strong>
              }
              description={t(`keys.scanResultHint.${last.result.scan.result}`, {
                expected: last.result.scan.expectedSlot ?? '—',
                slot: last.result.scan.slot ?? '—',
              })}
            />
          )}
          {last?.invalid && (
            <Alert
              type="error"
              showIcon
              message={
                <strong>
                  <span style={{ fontFamily: 'monospace' }}>{last.code}</span> · {t('keys.stocktake.invalidCode')}
                </strong>
              }
            />
          )}
          {problem && last && (
            <Alert
              type="error"
              showIcon
              message={
                <strong>
                  <span style={{ fontFamily: 'monospace' }}>{last.code}</span> · {problem.title}
                </strong>
              }
              description={problem.detail}
              action={
                <Button size="small" onClick={() => send(last.code, last.slot)}>
                  {t('common.retry')}
                </Button>
              }
            />
          )}
        </div>
      </Card>
      <Card size="small">
        <StocktakeTally tally={stocktake.tally} completed={false} />
      </Card>
      <Card size="small" title={t('keys.stocktake.scans', { count: stocktake.tally.scans })}>
        <List
          size="small"
          dataSource={stocktake.scans.slice(0, 20)}
          locale={{ emptyText: t('keys.stocktake.noScans') }}
          renderItem={(item) => (
            <List.Item key={item.id} extra={<ScanResultTag result={item.result} />}>
              <span style={{ fontFamily: 'monospace' }}>{item.keyCode}</span>
              {item.slot !== undefined && <Typography.Text type="secondary"> · {t('keys.slotNumber', { slot: item.slot })}</Typography.Text>}
            </List.Item>
          )}
        />
      </Card>
      <Collapse
        size="small"
        items={[
          {
            key: 'remaining',
            label: t('keys.stocktake.notYetScanned', { count: stocktake.missing.length }),
            children: (
              <List
                size="small"
                dataSource={stocktake.missing}
                renderItem={(line) => (
                  <List.Item key={line.keyId}>
                    <span style={{ fontFamily: 'monospace' }}>{line.code}</span> · {line.label ?? '—'}
                    {line.expectedSlot !== undefined && <Typography.Text type="secondary"> · {t('keys.slotNumber', { slot: line.expectedSlot })}</Typography.Text>}
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      <Popconfirm
        title={t('keys.stocktake.completeConfirm')}
        description={stocktake.tally.remaining > 0 ? t('keys.stocktake.completeWarning', { count: stocktake.tally.remaining }) : undefined}
        okText={t('keys.stocktake.complete')}
        cancelText={t('common.cancel')}
        onConfirm={() => complete.mutate()}
      >
        <Button type="primary" size="large" block loading={complete.isPending} data-testid="stocktake-complete">
          {t('keys.stocktake.complete')}
        </Button>
      </Popconfirm>
      <CancelStocktakeButton stocktakeId={stocktake.id} />
    </Flex>
  );
}
