import { Checkbox, Form, Select, Typography } from 'antd';
import type { ReactNode } from 'react';

export type ProjectOption = { id: string; code: string; name: string };

/** The projects a machine may reach (an API client, a webhook subscription): at least one, chosen by code or name. */
export function ProjectsField({
  label,
  requiredMessage,
  projects,
  testId,
}: {
  label: ReactNode;
  requiredMessage: string;
  projects: readonly ProjectOption[];
  testId: string;
}) {
  return (
    <Form.Item name="projectIds" label={label} rules={[{ required: true, type: 'array', min: 1, message: requiredMessage }]}>
      <Select
        mode="multiple"
        allowClear
        optionFilterProp="label"
        options={projects.map((project) => ({ value: project.id, label: `${project.code} ${project.name}` }))}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** A few values under an optional heading (the scopes; the event types of one area). */
export type ChoiceGroup = { key: string; title?: ReactNode; choices: readonly { value: string; label: ReactNode }[] };

/**
 * What a machine may do or hear (an API client's scopes, a subscription's event types): checkboxes, at least one
 * ticked, in groups with an optional heading; `stacked` puts each choice on its own line (for long labels).
 */
export function ChoicesField({
  name,
  label,
  extra,
  requiredMessage,
  groups,
  stacked = false,
  testId,
}: {
  name: string;
  label: ReactNode;
  extra?: ReactNode;
  requiredMessage: string;
  groups: readonly ChoiceGroup[];
  stacked?: boolean;
  testId?: string;
}) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, type: 'array', min: 1, message: requiredMessage }]}>
      <Checkbox.Group style={{ display: 'block' }} data-testid={testId}>
        {groups.map(({ key, title, choices }) => (
          <div key={key} style={{ marginBottom: 8, ...(stacked ? { display: 'flex', flexDirection: 'column', gap: 6 } : {}) }}>
            {title && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {title}
              </Typography.Text>
            )}
            {choices.map((choice) => (
              <Checkbox key={choice.value} value={choice.value}>
                {choice.label}
              </Checkbox>
            ))}
          </div>
        ))}
      </Checkbox.Group>
    </Form.Item>
  );
}
