import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A short code given when a record is made and fixed after (a building's code, a unit's number): required, letters,
 * digits and '-', at most 20; shown disabled when editing.
 */
export function CodeField({ name, label, extra, patternMessage, fixed }: { name: string; label: ReactNode; extra?: ReactNode; patternMessage: string; fixed: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[
        { required: true, whitespace: true, message: t('forms.required') },
        { pattern: /^[A-Za-z0-9-]+$/, message: patternMessage },
        { max: 20, message: t('forms.maxLength', { count: 20 }) },
      ]}
    >
      <Input disabled={fixed} autoComplete="off" />
    </Form.Item>
  );
}
