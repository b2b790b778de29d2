import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useAllKeys, type Key } from '@/features/keys/api/list-keys';
import { LabelSheet } from '@/features/keys/components/LabelSheet';

/** Selected keys in the order chosen, or a cabinet's keys by slot. */
function labelsFor(keys: readonly Key[], codes: readonly string[]): Key[] {
  if (codes.length > 0) {
    const byCode = new Map(keys.map((key) => [key.code, key]));
    return codes.map((code) => byCode.get(code)).filter((key): key is Key => key !== undefined);
  }
  return [...keys].sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || a.code.localeCompare(b.code));
}

/** /keys/labels?codes=…|cabinet=… — the label sheet (钥匙标识) to print: the app's frame disappears on paper. */
export function KeyLabelsPage({ projectId }: { projectId: string | undefined }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const codes = (params.get('codes') ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const cabinetId = params.get('cabinet') ?? undefined;
  const wanted = codes.length > 0 || cabinetId !== undefined;
  const keys = useAllKeys({ projectId, ...(codes.length === 0 ? { cabinetId } : {}) }, projectId !== undefined && wanted);
  const labels = labelsFor(keys.data ?? [], codes);

  if (!projectId) return <Result status="info" title={t('keys.noProject')} />;
  return (
    <>
      <div className="key-labels-toolbar">
        <PageHeader
          breadcrumbs={[{ title: t('keys.nav.ledger'), to: '/keys' }, { title: t('keys.labels.title') }]}
          title={t('keys.labels.title')}
          subTitle={keys.data ? t('keys.labels.count', { count: labels.length }) : undefined}
          extra={
            <Button type="primary" icon={<PrinterOutlined />} disabled={labels.length === 0} onClick={() => window.print()}>
              {t('keys.labels.print')}
            </Button>
          }
        />
      </div>
      {!wanted ? (
        <Card>
          <Empty description={t('keys.labels.nothingSelected')}>
            <Link to="/keys">{t('keys.labels.toLedger')}</Link>
          </Empty>
        </Card>
      ) : keys.isError ? (
        <QueryErrorResult error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.isPending ? (
        <Card loading />
      ) : (
        <Flex vertical gap={12}>
          <LabelSheet keys={labels} />
          {codes.length > labels.length && (
            <Typography.Text type="warning" className="key-labels-toolbar">
              {t('keys.labels.missing', { count: codes.length - labels.length })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </>
  );
}
