import { ExportOutlined, ImportOutlined, ScanOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Card, Col, Empty, Grid, Input, List, Result, Row, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import { KEY_CODE_PATTERN, normalizeKeyInput, useKeyByCode } from '@/features/keys/api/find-key-by-code';
import { useKey } from '@/features/keys/api/get-key';
import { CheckoutForm } from '@/features/keys/components/CheckoutForm';
import { DeskKeyCard } from '@/features/keys/components/DeskKeyCard';
import { KeyProblem } from '@/features/keys/components/KeyProblem';
import { ReturnForm } from '@/features/keys/components/ReturnForm';
import { useNow } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';

type LogEntry = { id: string; kind: 'out' | 'in'; code: string; keyId: string; name: string; at: string; dueAt?: string };

/**
 * /keys/desk — the counter (借还台), made for speed: scan or type a code, Enter; an available key
 * gets the checkout form, a key on loan the return button. After each checkout or return the code
 * input has the focus again; Esc goes back to it at any time.
 */
export function CheckoutDeskPage({ projectId, canManage }: { projectId: string | undefined; canManage: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const { message } = AntdApp.useApp();
  const now = useNow();
  const wide = Grid.useBreakpoint().lg === true;
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.toUpperCase() || undefined;
  const [input, setInput] = useState(code ?? '');
  const inputRef = useRef<InputRef>(null);
  const found = useKeyByCode(projectId, code);
  const detail = useKey(found.data?.id ?? undefined);
  const key = detail.data?.item ?? found.data ?? undefined;
  const [problem, setProblem] = useState<unknown>();
  // The approver is usually the same person all shift: keep the last one.
  const [approverId, setApproverId] = useState<string | undefined>();
  const [log, setLog] = useState<LogEntry[]>([]);

  const focusInput = () => inputRef.current?.focus({ cursor: 'all' });
  // After a loan or a return the input takes the focus once the finished form has left the page (it would
  // otherwise take the focus with it).
  useEffect(() => {
    if (log.length > 0) focusInput();
  }, [log]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')) focusInput();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const lookup = (value: string) => {
    const next = normalizeKeyInput(value);
    setProblem(undefined);
    setInput(next);
    if (next === code) void found.refetch();
    setParams(next ? { code: next } : {}, { replace: true });
  };

  const finish = (entry: LogEntry, text: string) => {
    setLog((previous) => [entry, ...previous].slice(0, 20));
    void message.success(text);
    setProblem(undefined);
    setInput('');
    setParams({}, { replace: true });
  };

  const checkedOut = (checkout: KeyCheckout) => {
    setApproverId(checkout.approvedById);
    finish(
      { id: checkout.id, kind: 'out', code: checkout.keyCode, keyId: checkout.keyId, name: checkout.borrowerName, at: checkout.checkedOutAt, dueAt: checkout.dueAt },
      t('keys.desk.checkedOut', { code: checkout.keyCode, name: checkout.borrowerName, time: formatTime(checkout.dueAt) }),
    );
  };

  const returned = (checkout: KeyCheckout) =>
    finish(
      { id: `${checkout.id}-in`, kind: 'in', code: checkout.keyCode, keyId: checkout.keyId, name: checkout.borrowerName, at: checkout.returnedAt ?? new Date().toISOString() },
      t('keys.desk.returned', { code: checkout.keyCode, name: checkout.borrowerName }),
    );

  if (!canManage) return <Result status="403" title={t('keys.desk.notAllowed')} />;
  if (!projectId) return <Result status="info" title={t('keys.noProject')} />;

  const invalidCode = code !== undefined && !KEY_CODE_PATTERN.test(code);
  // Beside the input on a wide screen; below the key on a phone, where the key matters first.
  const deskLog = (
    <Card title={t('keys.desk.log')} size="small" style={{ marginTop: wide ? 16 : 0 }}>
      {log.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keys.desk.logEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={log}
          data-testid="desk-log"
          renderItem={(entry) => (
            <List.Item key={entry.id}>
              <List.Item.Meta
                avatar={entry.kind === 'out' ? <ExportOutlined style={{ color: '#1677ff' }} /> : <ImportOutlined style={{ color: '#52c41a' }} />}
                title={
                  <span>
                    <Link to={`/keys/${entry.keyId}`} style={{ fontFamily: 'monospace' }}>
                      {entry.code}
                    </Link>{' '}
                    {entry.kind === 'out' ? t('keys.desk.logOut', { name: entry.name }) : t('keys.desk.logIn', { name: entry.name })}
                  </span>
                }
                description={formatTime(entry.at)}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );

  return (
    <>
      <PageHeader title={t('keys.nav.desk')} subTitle={t('keys.desk.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card>
            <label htmlFor="desk-code" style={{ display: 'block', marginBottom: 8, fontWeight: 500 }}>
              {t('keys.desk.codeLabel')}
            </label>
            <Input
              id="desk-code"
              ref={inputRef}
              size="large"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              prefix={<ScanOutlined />}
              value={input}
              maxLength={40}
              placeholder={t('keys.desk.codePlaceholder')}
              onChange={(event) => setInput(event.target.value)}
              onPressEnter={() => lookup(input)}
              style={{ fontFamily: 'monospace', fontSize: 20 }}
              data-testid="desk-code"
            />
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
              {t('keys.desk.codeHint')}
            </Typography.Text>
          </Card>
          {wide && deskLog}
        </Col>
        <Col xs={24} lg={15}>
          <div aria-live="polite">
            <KeyProblem error={problem} />
            {invalidCode && <Alert type="error" showIcon message={t('keys.desk.invalidCode', { code })} />}
            {!invalidCode && code && found.data === null && (
              <Alert type="error" showIcon message={t('keys.desk.unknownCode', { code })} data-testid="desk-unknown" />
            )}
          </div>
          {!code && !problem && (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keys.desk.waiting')} />
            </Card>
          )}
          {code && found.isFetching && !key && <Card loading />}
          {key && (key.code === code || key.unitLabel?.toUpperCase() === code) && (
            <DeskKeyCard keyItem={key} now={now}>
              {key.status === 'AVAILABLE' && key.allowedActions.includes('CHECK_OUT') && (
                <CheckoutForm key={key.id} keyItem={key} defaultApproverId={approverId} inspectionTaskId={params.get('task') ?? undefined} onCheckedOut={checkedOut} onFailed={setProblem} />
              )}
              {key.status === 'CHECKED_OUT' && key.openCheckout && key.allowedActions.includes('RETURN') && (
                <ReturnForm key={key.openCheckout.id} checkout={key.openCheckout} onReturned={returned} onFailed={setProblem} />
              )}
              {(key.status === 'LOST' || key.status === 'RETIRED') && (
                <Alert type="warning" showIcon style={{ marginTop: 16 }} message={t(`keys.desk.cannotLend.${key.status}`)} />
              )}
            </DeskKeyCard>
          )}
        </Col>
        {!wide && <Col xs={24}>{deskLog}</Col>}
      </Row>
    </>
  );
}
