import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FilterRow, SearchFilter, SelectFilter, SwitchFilter } from '@/components/FilterBar';
import { LoadMore } from '@/components/LoadMore';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useTimeZone } from '@/components/TimeZone';
import { useKeyCabinets } from '@/features/keys/api/list-key-cabinets';
import { useKeys, type Key, type KeyStatus, type KeyType } from '@/features/keys/api/list-keys';
import { useProjectStaff } from '@/features/keys/api/list-project-staff';
import { DueTime } from '@/features/keys/components/DueTime';
import { isFiltered, LEDGER_PARAMS, readLedgerState, toKeyFilters } from '@/features/keys/components/filters';
import { KeyCard } from '@/features/keys/components/KeyCard';
import { KeyDrillTags } from '@/features/keys/components/KeyDrillTags';
import { keyTarget, KeyStatusTag, useKeyPlace } from '@/features/keys/components/KeyTags';
import { KEY_STATUSES, KEY_TYPES } from '@/features/keys/components/labels';
import { useNow } from '@/lib/duration';

/**
 * The key ledger (钥匙台账) of a project: search, type, status, cabinet, holder and overdue, all held
 * in the URL — and a click on the quality picture's keysLost: the keys reported lost in `?from=&to=` (days in the
 * project's zone), of `?building=` or to no unit (`?withoutUnit=1`), as removable tags; a table on wide screens and
 * cards on a phone. Custodians select keys (or a cabinet) for a label sheet.
 */
export function KeyLedger({ projectId, canManage, ownKeysOnly }: { projectId: string | undefined; canManage: boolean; ownKeysOnly: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().md;
  const now = useNow();
  const placeOf = useKeyPlace();
  const [params] = useSearchParams();
  const state = readLedgerState(params);
  const timeZone = useTimeZone();
  const keys = useKeys(toKeyFilters(state, projectId, timeZone), projectId !== undefined);
  const cabinets = useKeyCabinets(projectId);
  const staff = useProjectStaff(projectId, !ownKeysOnly);
  // Selected keys by id, with their codes: the label sheet is addressed by codes (short URLs).
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());

  // A selection belongs to one project.
  useEffect(() => setSelected(new Map()), [projectId]);

  const items = keys.data?.pages.flatMap((page) => page.items) ?? [];
  const emptyText = isFiltered(state) ? t('keys.ledger.noneMatching') : ownKeysOnly ? t('keys.ledger.noneHeld') : t('keys.ledger.none');

  const columns: ColumnsType<Key> = [
    {
      title: t('keys.fields.code'),
      dataIndex: 'code',
      render: (code: string, key) => (
        <Link to={`/keys/${key.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {code}
        </Link>
      ),
    },
    { title: t('keys.fields.type'), dataIndex: 'type', render: (value: KeyType) => t(`keys.type.${value}`) },
    { title: t('keys.fields.target'), key: 'target', render: (_: unknown, key) => keyTarget(key) },
    { title: t('keys.fields.place'), key: 'place', render: (_: unknown, key) => <span style={{ whiteSpace: 'nowrap' }}>{placeOf(key)}</span> },
    { title: t('keys.fields.status'), dataIndex: 'status', render: (value: KeyStatus) => <KeyStatusTag status={value} /> },
    { title: t('keys.fields.holder'), key: 'holder', render: (_: unknown, key) => key.openCheckout?.borrowerName ?? '—' },
    {
      title: t('keys.fields.dueAt'),
      key: 'due',
      render: (_: unknown, key) => (key.openCheckout ? <DueTime dueAt={key.openCheckout.dueAt} now={now} /> : '—'),
    },
  ];

  return (
    <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
      <FilterRow>
        <SearchFilter param={LEDGER_PARAMS.q} value={state.q} placeholder={t('keys.ledger.searchPlaceholder')} label={t('keys.ledger.search')} />
        <SelectFilter
          param={LEDGER_PARAMS.type}
          value={state.type}
          placeholder={t('keys.ledger.allTypes')}
          label={t('keys.fields.type')}
          options={KEY_TYPES.map((value) => ({ value, label: t(`keys.type.${value}`) }))}
        />
        <SelectFilter
          param={LEDGER_PARAMS.status}
          value={state.status}
          placeholder={t('keys.ledger.allStatuses')}
          label={t('keys.fields.status')}
          options={KEY_STATUSES.map((value) => ({ value, label: t(`keys.status.${value}`) }))}
        />
        <SelectFilter
          param={LEDGER_PARAMS.cabinet}
          value={state.cabinetId}
          loading={cabinets.isPending}
          placeholder={t('keys.ledger.allCabinets')}
          label={t('keys.fields.cabinet')}
          options={(cabinets.data ?? []).map((cabinet) => ({ value: cabinet.id, label: cabinet.name }))}
          col={{ xs: 12, md: 4, lg: 4 }}
        />
        {!ownKeysOnly && (
          <SelectFilter
            param={LEDGER_PARAMS.holder}
            value={state.holderId}
            searchable
            loading={staff.isPending}
            placeholder={t('keys.ledger.anyHolder')}
            label={t('keys.fields.holder')}
            options={(staff.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
            col={{ xs: 12, md: 4, lg: 4 }}
          />
        )}
        <SwitchFilter
          param={LEDGER_PARAMS.overdue}
          checked={state.overdue}
          label={t('keys.ledger.overdueOnly')}
          id="keys-overdue"
          col={{ xs: 24, md: 24, lg: 4 }}
        />
      </FilterRow>
      <KeyDrillTags projectId={projectId} drill={state.drill} period="lost" />
      {canManage && !phone && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Button
            icon={<PrinterOutlined />}
            disabled={selected.size === 0}
            onClick={() => void navigate(`/keys/labels?codes=${[...selected.values()].join(',')}`)}
            data-testid="print-selected"
          >
            {t('keys.labels.printSelected', { count: selected.size })}
          </Button>
          {state.cabinetId && (
            <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/keys/labels?cabinet=${state.cabinetId ?? ''}`)}>
              {t('keys.labels.printCabinet')}
            </Button>
          )}
          {selected.size > 0 && (
            <Button type="link" onClick={() => setSelected(new Map())}>
              {t('keys.labels.clearSelection')}
            </Button>
          )}
        </Flex>
      )}
      {keys.isError ? (
        <QueryErrorResult error={keys.error} onRetry={() => void keys.refetch()} />
      ) : phone ? (
        <Flex vertical gap={8}>
          {keys.isPending && <Card loading size="small" />}
          {!keys.isPending && items.length === 0 && (
            <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {emptyText}
            </Typography.Text>
          )}
          {items.map((key) => (
            <KeyCard key={key.id} keyItem={key} now={now} />
          ))}
        </Flex>
      ) : (
        <Table<Key>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={keys.isPending || (keys.isPlaceholderData && keys.isFetching)}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowSelection={
            canManage
              ? {
                  selectedRowKeys: [...selected.keys()],
                  preserveSelectedRowKeys: true,
                  // Rows selected under other filters are kept, though no longer in `rows`.
                  onChange: (ids, rows) =>
                    setSelected(
                      (previous) =>
                        new Map(ids.map((id, index) => [String(id), rows[index]?.code ?? previous.get(String(id)) ?? ''] as const).filter(([, code]) => code)),
                    ),
                }
              : undefined
          }
          onRow={(key) => ({
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('a, .ant-table-selection-column')) return;
              void navigate(`/keys/${key.id}`);
            },
            style: { cursor: 'pointer' },
            'data-testid': 'key-row',
          })}
          locale={{ emptyText }}
        />
      )}
      <LoadMore shown={items.length} hasMore={keys.hasNextPage} loading={keys.isFetchingNextPage} onLoadMore={() => void keys.fetchNextPage()} />
    </Card>
  );
}
