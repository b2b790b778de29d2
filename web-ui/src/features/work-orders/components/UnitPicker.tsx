import { Select, Spin, type RefSelectProps, type SelectProps } from 'antd';
import { useEffect, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitSearch } from '@/features/work-orders/api/search-units';

export type UnitOption = { id: string; label: string };

/**
 * A unit of the project, found by building and number as you type (first 20 matches). The chosen
 * unit stays an option while other searches come back; `current` is an order's unit, shown before
 * any search. Other props (id, aria-*, ref) go to the Select, so a Form.Item can label it.
 */
export function UnitPicker({
  projectId,
  current,
  value,
  onChange,
  ...select
}: {
  projectId: string;
  current?: UnitOption | undefined;
  value?: string;
  onChange?: (value: string | undefined) => void;
  ref?: Ref<RefSelectProps>;
} & Omit<
  SelectProps<string>,
  'value' | 'onChange' | 'options'
>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debouncedQuery, setDebouncedQuery] = useState('');
  const [chosen, setChosen] = useState<UnitOption | undefined>(current);
  const units = useUnitSearch(projectId, debouncedQuery);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedQuery(query.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [query]);

  const found = (units.data ?? []).map((unit) => ({ id: unit.id, label: unit.label }));
  const options = [...(chosen && !found.some((unit) => unit.id === chosen.id) ? [chosen] : []), ...found];
  return (
    <Select<string>
      showSearch
      filterOption={false}
      onSearch={setQuery}
      value={value}
      onChange={(next?: string) => {
        setChosen(options.find((unit) => unit.id === next));
        onChange?.(next);
      }}
      notFoundContent={units.isFetching ? <Spin size="small" /> : t('workOrders.form.noUnits')}
      placeholder={t('workOrders.form.unitPlaceholder')}
      options={options.map((unit) => ({ value: unit.id, label: unit.label }))}
      {...select}
    />
  );
}
