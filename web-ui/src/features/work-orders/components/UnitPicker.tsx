import { Select, Spin, Typography, type RefSelectProps, type SelectProps } from 'antd';
import { useEffect, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitLookup, type UnitLookupItem } from '@/features/work-orders/api/lookup-units';

export type UnitOption = { id: string; label: string };

const DEBOUNCE_MS = 250;

/**
 * A unit of the project, found from what the caller says — "2-1201", "2栋1201", "1201", a resident's name or
 * phone number (or its last 4 digits) — each match with its residents. Only the answer to exactly what is typed
 * can be picked: while typing, waiting out the debounce or waiting for the server, the list is empty (Enter picks
 * nothing), so a quick Enter never takes a unit that matched an earlier search. The chosen unit stays shown;
 * `current` is an order's unit, shown before any search. `onItem` gets the chosen match (its residents).
 * Other props (id, aria-*, ref) go to the Select, so a Form.Item can label it.
 */
export function UnitPicker({
  projectId,
  current,
  value,
  onChange,
  onItem,
  ...select
}: {
  projectId: string;
  current?: UnitOption | undefined;
  value?: string;
  onChange?: (value: string | undefined) => void;
  onItem?: (item: UnitLookupItem | undefined) => void;
  ref?: Ref<RefSelectProps>;
} & Omit<SelectProps<string>, 'value' | 'onChange' | 'options'>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const [chosen, setChosen] = useState<UnitOption | undefined>(current);
  const typed = query.trim();
  const lookup = useUnitLookup(projectId, debouncedQuery);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedQuery(typed), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const answered = typed !== '' && typed === debouncedQuery && lookup.data !== undefined;
  const found = answered ? (lookup.data ?? []) : [];
  const searching = typed !== '' && !answered;
  const options: { value: string; label: string; item?: UnitLookupItem }[] =
    typed === ''
      ? chosen
        ? [{ value: chosen.id, label: chosen.label }]
        : []
      : found.map((item) => ({ value: item.unit.id, label: item.unit.label, item }));

  return (
    <Select<string>
      showSearch
      filterOption={false}
      searchValue={query}
      onSearch={setQuery}
      value={value}
      onChange={(next?: string) => {
        const option = options.find((candidate) => candidate.value === next);
        setChosen(option ? { id: option.value, label: option.label } : undefined);
        setQuery('');
        onItem?.(option?.item);
        onChange?.(next);
      }}
      onOpenChange={(open) => {
        if (!open) setQuery('');
      }}
      notFoundContent={
        searching ? <Spin size="small" /> : typed === '' ? t('workOrders.form.unitSearchHint') : t('workOrders.form.noUnits')
      }
      placeholder={t('workOrders.form.unitPlaceholder')}
      options={options}
      optionRender={(option) => {
        const data = option.data as { label: string; item?: UnitLookupItem };
        return <UnitOptionContent label={data.label} item={data.item} />;
      }}
      {...select}
    />
  );
}

/** A match: the unit, then its residents (the matched ones first, in bold). */
function UnitOptionContent({ label, item }: { label: string; item: UnitLookupItem | undefined }) {
  if (!item) return <span>{label}</span>;
  const matched = new Set(item.matchedResidentIds);
  const residents = [...item.residents].sort((a, b) => Number(matched.has(b.id)) - Number(matched.has(a.id)));
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0 }} data-testid="unit-option">
      <span style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{label}</span>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, minWidth: 0 }}>
        {residents.map((resident, index) => (
          <span key={resident.id} style={matched.has(resident.id) ? { fontWeight: 600, color: 'rgba(0,0,0,0.88)' } : undefined}>
            {index > 0 && ' · '}
            {resident.name} {resident.phone}
          </span>
        ))}
      </Typography.Text>
    </div>
  );
}
