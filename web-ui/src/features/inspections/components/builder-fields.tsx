import { Form, Input, InputNumber } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuilderProblem } from '@/features/inspections/components/builder-draft';

/** The builder's problems by path, and whether its fields are editable; fields look their own up. */
export const BuilderContext = createContext<{ problems: ReadonlyMap<string, BuilderProblem>; disabled: boolean }>({ problems: new Map(), disabled: false });

function useProblem(path: string): string | undefined {
  const { t } = useTranslation();
  const problem = useContext(BuilderContext).problems.get(path);
  return problem ? t(`inspections.builder.problem.${problem.key}`, problem.values) : undefined;
}

/** One labelled field with the problem at its path under it. */
export function Field({ path, label, children, width }: { path: string; label: string; children: ReactNode; width?: number | string }) {
  const problem = useProblem(path);
  return (
    <Form.Item label={label} validateStatus={problem ? 'error' : undefined} help={problem} style={{ marginBottom: 8, width, minWidth: 0 }}>
      {children}
    </Form.Item>
  );
}

export function TextField({ path, label, value, onChange, width, placeholder }: { path: string; label: string; value: string; onChange: (value: string) => void; width?: number | string; placeholder?: string }) {
  const { disabled } = useContext(BuilderContext);
  return (
    <Field path={path} label={label} width={width}>
      <Input value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled} placeholder={placeholder} aria-label={label} data-path={path} />
    </Field>
  );
}

export function NumberField({ path, label, value, onChange, width = 110, min, max, step = 0.5, suffix }: { path: string; label: string; value: number | undefined; onChange: (value: number | undefined) => void; width?: number; min?: number; max?: number; step?: number; suffix?: string }) {
  const { disabled } = useContext(BuilderContext);
  return (
    <Field path={path} label={label} width={width}>
      <InputNumber value={value} onChange={(next) => onChange(next ?? undefined)} min={min} max={max} step={step} disabled={disabled} suffix={suffix} aria-label={label} style={{ width: '100%' }} data-path={path} />
    </Field>
  );
}

/** A text in both languages, side by side (stacked on a phone). */
export function LocalizedFields({ path, label, value, onChange }: { path: string; label: string; value: { zh: string; en: string }; onChange: (value: { zh: string; en: string }) => void }) {
  const { t } = useTranslation();
  return (
    <div className="insp-builder-row">
      <TextField path={`${path}.zh`} label={t('inspections.builder.labelZh', { label })} value={value.zh} onChange={(zh) => onChange({ ...value, zh })} width="100%" />
      <TextField path={`${path}.en`} label={t('inspections.builder.labelEn', { label })} value={value.en} onChange={(en) => onChange({ ...value, en })} width="100%" />
    </div>
  );
}
