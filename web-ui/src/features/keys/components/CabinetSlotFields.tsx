import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKeyCabinets, type KeyCabinet } from '@/features/keys/api/list-key-cabinets';

/** Where a key is now: its own slot counts as free when it is edited or put back. */
type Own = { cabinetId?: string | undefined; slot?: number | undefined };

function takenSlots(cabinet: KeyCabinet | undefined, own: Own | undefined): Set<number> {
  return new Set((cabinet?.occupiedSlots ?? []).filter((slot) => !(own?.cabinetId === cabinet?.id && own?.slot === slot)));
}

function firstFree(cabinet: KeyCabinet | undefined, taken: Set<number>): number | undefined {
  if (!cabinet) return undefined;
  for (let slot = 1; slot <= cabinet.slots; slot += 1) if (!taken.has(slot)) return slot;
  return undefined;
}

/**
 * A cabinet and a slot in it (both or neither), inside a form whose fields are `cabinetId` and `slot`.
 * Choosing a cabinet proposes its first free slot; a slot that holds another key is refused at once.
 */
export function CabinetSlotFields({ projectId, own }: { projectId: string; own?: Own | undefined }) {
  const { t } = useTranslation();
  const cabinets = useKeyCabinets(projectId);
  const form = Form.useFormInstance();
  const cabinetId = Form.useWatch<string | undefined>('cabinetId', form);
  const cabinet = cabinets.data?.find((candidate) => candidate.id === cabinetId);
  const taken = takenSlots(cabinet, own);
  const free = cabinet ? cabinet.slots - taken.size : 0;
  return (
    <Row gutter={16}>
      <Col xs={24} sm={14}>
        <Form.Item name="cabinetId" label={t('keys.fields.cabinet')}>
          <Select
            allowClear
            loading={cabinets.isPending}
            placeholder={t('keys.form.noCabinet')}
            onChange={(id: string | undefined) => {
              const chosen = cabinets.data?.find((candidate) => candidate.id === id);
              form.setFieldValue('slot', firstFree(chosen, takenSlots(chosen, own)));
            }}
            options={(cabinets.data ?? []).map((item) => ({
              value: item.id,
              label: `${item.name}${item.location ? ` · ${item.location}` : ''} (${t('keys.form.slotsUsed', { used: item.usedSlots, slots: item.slots })})`,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item
          name="slot"
          label={t('keys.fields.slot')}
          dependencies={['cabinetId']}
          rules={[
            { required: cabinetId !== undefined, message: t('keys.form.slotRequired') },
            {
              validator: (_, slot: number | undefined) =>
                slot !== undefined && slot !== null && taken.has(slot) ? Promise.reject(new Error(t('keys.form.slotTaken', { slot }))) : Promise.resolve(),
            },
          ]}
          extra={cabinet ? (free > 0 ? t('keys.form.slotFree', { slots: cabinet.slots, count: free }) : t('keys.form.cabinetFull')) : undefined}
        >
          <InputNumber min={1} max={cabinet?.slots ?? 1000} precision={0} disabled={!cabinetId} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
