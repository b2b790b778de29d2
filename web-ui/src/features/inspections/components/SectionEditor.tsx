import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip, Typography } from 'antd';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, newCheckPoint, newItem, withKind, type ItemDraft, type SectionDraft, type TemplateDraft } from '@/features/inspections/components/builder-draft';
import { BuilderContext, Field, LocalizedFields, NumberField, TextField } from '@/features/inspections/components/builder-fields';

/** Move, up/down and remove buttons of one entry, named for screen readers. */
function RowActions({ label, index, count, onMove, onRemove }: { label: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const { disabled } = useContext(BuilderContext);
  if (disabled) return null;
  return (
    <Flex gap={2}>
      <Tooltip title={t('inspections.builder.up')}>
        <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`${t('inspections.builder.up')} ${label}`} />
      </Tooltip>
      <Tooltip title={t('inspections.builder.down')}>
        <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`${t('inspections.builder.down')} ${label}`} />
      </Tooltip>
      <Tooltip title={t('inspections.builder.remove')}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`${t('inspections.builder.remove')} ${label}`} />
      </Tooltip>
    </Flex>
  );
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  if (entry !== undefined) next.splice(to, 0, entry);
  return next;
}

function ItemEditor({ draft, item, path, index, count, onChange, onMove, onRemove }: { draft: TemplateDraft; item: ItemDraft; path: string; index: number; count: number; onChange: (item: ItemDraft) => void; onMove: (to: number) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const { disabled } = useContext(BuilderContext);
  const scored = item.kind === 'SCORED';
  const setCheckPoint = (c: number, patch: Partial<ItemDraft['checkPoints'][number]>) => onChange({ ...item, checkPoints: item.checkPoints.map((checkPoint, i) => (i === c ? { ...checkPoint, ...patch } : checkPoint)) });
  return (
    <div className="insp-builder-item" data-testid="builder-item" data-code={item.code}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{t('inspections.builder.item', { number: index + 1 })}</Typography.Text>
        <RowActions label={item.code} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </Flex>
      <Flex gap={8} wrap>
        <TextField path={`${path}.code`} label={t('inspections.builder.code')} value={item.code} onChange={(code) => onChange({ ...item, code: code.toUpperCase() })} width={130} />
        <Field path={`${path}.kind`} label={t('inspections.builder.kind')} width={150}>
          <Select value={item.kind} disabled={disabled} onChange={(kind) => onChange(withKind(item, kind))} options={(['SCORED', 'PASS_FAIL'] as const).map((kind) => ({ value: kind, label: t(`inspections.kind.${kind}`) }))} aria-label={t('inspections.builder.kind')} />
        </Field>
        <NumberField path={`${path}.maxPoints`} label={t('inspections.builder.maxPoints')} value={item.maxPoints} onChange={(maxPoints) => onChange({ ...item, maxPoints: maxPoints ?? 0 })} min={0.5} max={100} />
      </Flex>
      <LocalizedFields path={`${path}.name`} label={t('inspections.builder.itemName')} value={item.name} onChange={(name) => onChange({ ...item, name })} />
      <Field path={`${path}.checkPoints`} label={t('inspections.builder.checkPoints', { count: item.checkPoints.length })}>
        <div>
          {item.checkPoints.map((checkPoint, c) => {
            const cpPath = `${path}.checkPoints[${c}]`;
            return (
              <div key={c} className="insp-builder-checkpoint" data-testid="builder-checkpoint">
                <Flex gap={8} wrap align="flex-start">
                  <TextField path={`${cpPath}.code`} label={t('inspections.builder.code')} value={checkPoint.code} onChange={(code) => setCheckPoint(c, { code: code.toUpperCase() })} width={130} />
                  {scored && <NumberField path={`${cpPath}.deductionMin`} label={t('inspections.builder.deductionMin')} value={checkPoint.deductionMin} onChange={(value) => setCheckPoint(c, { deductionMin: value })} min={0.1} max={100} step={0.1} />}
                  {scored && <NumberField path={`${cpPath}.deductionMax`} label={t('inspections.builder.deductionMax')} value={checkPoint.deductionMax} onChange={(value) => setCheckPoint(c, { deductionMax: value })} min={0.1} max={100} step={0.1} />}
                  <div style={{ marginInlineStart: 'auto', paddingTop: 30 }}>
                    <RowActions label={checkPoint.code} index={c} count={item.checkPoints.length} onMove={(to) => onChange({ ...item, checkPoints: moved(item.checkPoints, c, to) })} onRemove={() => onChange({ ...item, checkPoints: item.checkPoints.filter((_, i) => i !== c) })} />
                  </div>
                </Flex>
                <LocalizedFields path={`${cpPath}.text`} label={t('inspections.builder.checkPointText')} value={checkPoint.text} onChange={(text) => setCheckPoint(c, { text })} />
              </div>
            );
          })}
          {!disabled && (
            <Button size="small" icon={<PlusOutlined />} disabled={item.checkPoints.length >= LIMITS.checkPoints} onClick={() => onChange({ ...item, checkPoints: [...item.checkPoints, newCheckPoint(draft, item)] })} data-testid="add-checkpoint">
              {t('inspections.builder.addCheckPoint')}
            </Button>
          )}
        </div>
      </Field>
    </div>
  );
}

/** One section of the rubric: code, weight, name, and its items with their check points. */
export function SectionEditor({ draft, section, index, onChange }: { draft: TemplateDraft; section: SectionDraft; index: number; onChange: (section: SectionDraft) => void }) {
  const { t } = useTranslation();
  const { disabled } = useContext(BuilderContext);
  const path = `sections[${index}]`;
  return (
    <div data-testid="builder-section" data-code={section.code}>
      <Flex gap={8} wrap>
        <TextField path={`${path}.code`} label={t('inspections.builder.code')} value={section.code} onChange={(code) => onChange({ ...section, code: code.toUpperCase() })} width={130} />
        <NumberField path={`${path}.weightPercent`} label={t('inspections.builder.weight')} value={section.weightPercent} onChange={(weightPercent) => onChange({ ...section, weightPercent: weightPercent ?? 0 })} min={0} max={100} step={5} suffix="%" width={130} />
      </Flex>
      <LocalizedFields path={`${path}.name`} label={t('inspections.builder.sectionName')} value={section.name} onChange={(name) => onChange({ ...section, name })} />
      <Field path={`${path}.items`} label={t('inspections.builder.items', { count: section.items.length })}>
        <div>
          {section.items.map((item, i) => (
            <ItemEditor
              key={i}
              draft={draft}
              item={item}
              path={`${path}.items[${i}]`}
              index={i}
              count={section.items.length}
              onChange={(next) => onChange({ ...section, items: section.items.map((candidate, position) => (position === i ? next : candidate)) })}
              onMove={(to) => onChange({ ...section, items: moved(section.items, i, to) })}
              onRemove={() => onChange({ ...section, items: section.items.filter((_, position) => position !== i) })}
            />
          ))}
          {!disabled && (
            <Button icon={<PlusOutlined />} disabled={section.items.length >= LIMITS.items} onClick={() => onChange({ ...section, items: [...section.items, newItem(draft, section)] })} data-testid="add-item">
              {t('inspections.builder.addItem')}
            </Button>
          )}
        </div>
      </Field>
    </div>
  );
}
