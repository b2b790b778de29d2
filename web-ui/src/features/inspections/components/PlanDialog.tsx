import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '@/components/FormModal';
import { useInspectionTemplates } from '@/features/inspections/api/list-inspection-templates';
import { usePlan, usePlanBuildings, useSavePlan } from '@/features/inspections/api/plans';
import { METHODS, PLAN_LEVELS, useLocalized } from '@/features/inspections/components/labels';
import { frequencyOf, LEVEL_FREQUENCY, NEW_PLAN, planBody, planValues, repeatedRoom, type PlanValues } from '@/features/inspections/components/plan-form';
import { useProjectStaff } from '@/lib/project-staff';

const FIELDS = ['name', 'templateId', 'level', 'recurrence', 'recurrence.frequency', 'recurrence.weekdays', 'recurrence.dayOfMonth', 'method', 'inspectorIds', 'buildingIds', 'equipmentRooms', 'dueTime', 'windowDays', 'startsOn'];
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** Rooms a property engineer patrols most (设备房), offered as suggestions; any other name can be typed. */
const ROOM_SUGGESTIONS = ['power', 'pump', 'fireControl', 'elevator', 'generator', 'hvac'] as const;

/**
 * New or changed inspection plan (巡检/督导计划): rubric, level (or a custom recurrence), inspectors, due time and window,
 * one task per vacant unit, per equipment room or one per date. Saving a plan makes its tasks for the coming week at once.
 */
export function PlanDialog({ projectId, planId, open, onClose }: { projectId: string; planId: string | undefined; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [form] = Form.useForm<PlanValues>();
  const existing = usePlan(open ? planId : undefined);
  const templates = useInspectionTemplates(true);
  const staff = useProjectStaff(projectId, open);
  const buildings = usePlanBuildings(projectId, open);
  const save = useSavePlan();
  const { idempotencyKey, unmatched, save: run } = useFormSave(form, FIELDS, open, planId);
  const level = Form.useWatch('level', form) ?? NEW_PLAN.level;
  const frequency = frequencyOf({ level, frequency: Form.useWatch('frequency', form) });
  const vacantUnits = Form.useWatch('vacantUnits', form) === true;
  const roomsChosen = (Form.useWatch('equipmentRooms', form) ?? []).length > 0;
  // The form stays mounted between openings: fill it each time it opens (and when the plan is reloaded).
  const loaded = existing.data?.plan;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(planId && loaded ? planValues(loaded) : NEW_PLAN);
  }, [open, planId, loaded, form]);
  const inspectors = (staff.data ?? []).filter((user) => user.active !== false && user.roles.some((role) => role === 'QUALITY_SUPERVISOR' || role === 'MANAGER' || role === 'ADMIN'));

  const finish = async (values: PlanValues) => {
    const ok = await run(() => save.mutateAsync({ body: planBody(values, projectId), planId, etag: existing.data?.etag, idempotencyKey }));
    if (ok) onClose();
  };
  const required = [{ required: true, message: t('forms.required') }];

  return (
    <FormModal<PlanValues>
      open={open}
      title={planId ? t('inspections.plans.edit') : t('inspections.plans.new')}
      form={form}
      name="inspection-plan"
      onFinish={(values) => void finish(values)}
      onClose={onClose}
      saving={save.isPending}
      loading={planId !== undefined && existing.isPending}
      error={save.error}
      unmatched={unmatched}
      onEdit={() => save.reset()}
      onReload={() => void existing.refetch().then(() => save.reset())}
      initialValues={NEW_PLAN}
    >
      <Form.Item name="name" label={t('inspections.plans.name')} rules={[...required, { max: 200, message: t('forms.maxLength', { count: 200 }) }]}>
        <Input placeholder={t('inspections.plans.namePlaceholder')} data-testid="plan-name" />
      </Form.Item>
      <Form.Item name="templateId" label={t('inspections.fields.template')} rules={required}>
        <Select loading={templates.isPending} options={(templates.data ?? []).map((template) => ({ value: template.id, label: localized(template.name) }))} data-testid="plan-template" />
      </Form.Item>
      <Form.Item name="level" label={t('inspections.plans.level')} rules={required} extra={LEVEL_FREQUENCY[level] ? t(`inspections.plans.levelMeans.${level}`) : undefined}>
        <Radio.Group optionType="button" buttonStyle="solid" options={PLAN_LEVELS.map((value) => ({ value, label: t(`inspections.level.${value}`) }))} />
      </Form.Item>
      {level === 'CUSTOM' && (
        <Form.Item name="frequency" label={t('inspections.plans.frequency')} rules={required}>
          <Radio.Group options={FREQUENCIES.map((value) => ({ value, label: t(`inspections.frequency.${value}`) }))} />
        </Form.Item>
      )}
      {frequency === 'WEEKLY' && (
        <Form.Item name="weekdays" label={t('inspections.plans.weekdays')} rules={[{ required: true, type: 'array', min: 1, message: t('forms.required') }]}>
          <Checkbox.Group options={WEEKDAYS.map((value) => ({ value, label: t(`inspections.weekday.${String(value)}`) }))} />
        </Form.Item>
      )}
      {(frequency === 'MONTHLY' || frequency === 'QUARTERLY') && (
        <Form.Item name="dayOfMonth" label={t('inspections.plans.dayOfMonth')} extra={frequency === 'QUARTERLY' ? t('inspections.plans.quarterMonths') : undefined}>
          <InputNumber min={1} max={28} />
        </Form.Item>
      )}
      <Form.Item name="inspectorIds" label={t('inspections.plans.inspectors')} rules={[{ required: true, type: 'array', min: 1, message: t('forms.required') }]}>
        <Select mode="multiple" loading={staff.isPending} optionFilterProp="label" options={inspectors.map((user) => ({ value: user.id, label: user.displayName }))} data-testid="plan-inspectors" />
      </Form.Item>
      <Form.Item name="buildingIds" label={t('inspections.plans.buildings')} extra={t('inspections.plans.buildingsHelp')}>
        <Select mode="multiple" allowClear loading={buildings.isPending} optionFilterProp="label" options={(buildings.data ?? []).map((b) => ({ value: b.id, label: `${b.code} ${b.name}` }))} />
      </Form.Item>
      <Form.Item
        name="equipmentRooms"
        label={t('inspections.plans.equipmentRooms')}
        extra={t('inspections.plans.equipmentRoomsHelp')}
        rules={[
          { type: 'array', max: 50, message: t('inspections.plans.roomsMax') },
          {
            validator: (_, value: string[] | undefined) => {
              if ((value ?? []).some((room) => room.trim().length > 60)) return Promise.reject(new Error(t('forms.maxLength', { count: 60 })));
              const twice = repeatedRoom(value);
              return twice ? Promise.reject(new Error(t('inspections.plans.roomTwice', { room: twice }))) : Promise.resolve();
            },
          },
        ]}
      >
        <Select
          mode="tags"
          disabled={vacantUnits}
          tokenSeparators={[',', '，', '、']}
          options={ROOM_SUGGESTIONS.map((key) => ({ value: t(`inspections.plans.rooms.${key}`), label: t(`inspections.plans.rooms.${key}`) }))}
          placeholder={t('inspections.plans.equipmentRoomsPlaceholder')}
          data-testid="plan-equipment-rooms"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="dueTime" label={t('inspections.plans.dueTime')} rules={[...required, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('inspections.plans.timeFormat') }]}>
            <Input placeholder="18:00" maxLength={5} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="windowDays" label={t('inspections.plans.windowDays')} tooltip={t('inspections.plans.windowHelp')}>
            <InputNumber min={0} max={31} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="method" label={t('inspections.fields.method')}>
        <Select options={METHODS.map((value) => ({ value, label: t(`inspections.method.${value}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          {/* The app's date picker (its language, not the browser's mm/dd/yyyy); the form keeps the day as YYYY-MM-DD. */}
          <Form.Item
            name="startsOn"
            label={t('inspections.plans.startsOn')}
            getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : null })}
            normalize={(day: Dayjs | null) => day?.format('YYYY-MM-DD')}
          >
            <DatePicker style={{ width: '100%' }} data-testid="plan-starts-on" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="vacantUnits" label={t('inspections.plans.vacantUnits')} valuePropName="checked" tooltip={t('inspections.plans.vacantHelp')}>
            <Switch disabled={roomsChosen} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="active" label={t('inspections.plans.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
