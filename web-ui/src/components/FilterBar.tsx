import { Col, Flex, Input, Row, Select, Switch, type ColProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useUpdateSearchParams } from '@/lib/search-params';

/**
 * A list's filter row, each filter held in a URL query parameter (a link or a reload shows the same list): a search
 * that follows typing, drop-downs, an on/off switch. The work-order list and the key ledger share it.
 */
type Sized = { col?: ColProps };
const NARROW: ColProps = { xs: 12, md: 4, lg: 3 };

export function FilterRow({ children }: { children: ReactNode }) {
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      {children}
    </Row>
  );
}

/** The search box: the URL follows 300 ms after typing stops, or at once on Enter. */
export function SearchFilter({ param, value, placeholder, label, col = { xs: 24, md: 8, lg: 6 } }: Sized & { param: string; value: string; placeholder: string; label: string }) {
  const update = useUpdateSearchParams();
  const [search, setSearch] = useState(value);
  useEffect(() => setSearch(value), [value]);
  useEffect(() => {
    if (search === value) return;
    const timer = window.setTimeout(() => update({ [param]: search.trim() || undefined }), 300);
    return () => window.clearTimeout(timer);
    // Only typing starts the timer; the URL's own changes set `search` above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);
  return (
    <Col {...col}>
      <Input.Search
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(text) => update({ [param]: text.trim() || undefined })}
        placeholder={placeholder}
        aria-label={label}
        maxLength={100}
      />
    </Col>
  );
}

/** A drop-down; clearing it removes the parameter. */
export function SelectFilter({
  param,
  value,
  placeholder,
  label,
  options,
  loading,
  searchable = false,
  col = NARROW,
}: Sized & {
  param: string;
  value: string | undefined;
  placeholder: string;
  label: string;
  options: { value: string; label: string }[];
  loading?: boolean;
  searchable?: boolean;
}) {
  const update = useUpdateSearchParams();
  return (
    <Col {...col}>
      <Select
        style={{ width: '100%' }}
        allowClear
        showSearch={searchable}
        optionFilterProp="label"
        value={value}
        loading={loading}
        placeholder={placeholder}
        aria-label={label}
        onChange={(next?: string) => update({ [param]: next })}
        options={options}
      />
    </Col>
  );
}

/** An on/off filter with its label (`1` in the URL when on), and something after it (a count). */
export function SwitchFilter({ param, checked, label, id, after, col = NARROW }: Sized & { param: string; checked: boolean; label: string; id: string; after?: ReactNode }) {
  const update = useUpdateSearchParams();
  return (
    <Col {...col}>
      <Flex align="center" gap={8} style={{ height: 32 }}>
        <Switch checked={checked} onChange={(on) => update({ [param]: on ? '1' : undefined })} aria-label={label} id={id} />
        <label htmlFor={id} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </label>
        {after}
      </Flex>
    </Col>
  );
}
