import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKeyCabinets } from '@/features/keys/api/list-key-cabinets';

/** A cabinet and a slot in it (both or neither), inside a form whose fields are `cabinetId` and `slot`. */
export function CabinetSlotFields({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const cabinets = useKeyCabinets(projectId);
  const form = Form.useFormInstance();
  const cabinetId = Form.useWatch<string | undefined>('cabinetId', form);
  const cabinet = cabinets.data?.find((candidate) => candidate.id === cabinetId);
  return (
    <Row gutter={16}>
      <Col xs={24} sm={14}>
        <Form.Item name="cabinetId" label={t('keys.fields.cabinet')}>
          <Select
            allowClear
            loading={cabinets.isPending}
            placeholder={t('keys.form.noCabinet')}
            onChange={() => form.setFieldValue('slot', undefined)}
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
          rules={[{ required: cabinetId !== undefined, message: t('keys.form.slotRequired') }]}
          extra={cabinet ? t('keys.form.slotRange', { slots: cabinet.slots }) : undefined}
        >
          <InputNumber min={1} max={cabinet?.slots ?? 1000} precision={0} disabled={!cabinetId} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
