import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestionType } from '@/features/surveys/api/list-survey-templates';
import { DIMENSIONS, QUESTION_TYPES, SCORED_TYPES } from '@/features/surveys/components/labels';
import {
  isChoice,
  MAX_OPTIONS,
  nextOptionValue,
  OPTION_VALUE_PATTERN,
  showIfCandidates,
  TEXT_MAX,
  withType,
  type DraftQuestion,
  type TemplateDraft,
} from '@/features/surveys/components/template-draft';

/** The fields of one question in the template builder (inside the form's `questions` list). */
export function QuestionEditor({
  form,
  index,
  questions,
  disabled,
}: {
  form: FormInstance<TemplateDraft>;
  index: number;
  /** Every question as it stands now, for the `showIf` choices and checks. */
  questions: readonly DraftQuestion[];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const question = questions[index];
  if (!question) return null;
  const candidates = showIfCandidates(questions, index);
  const referenced = questions.find((candidate) => candidate.id === question.showIf?.questionId);
  // "Low" stays below the top score: at most 4 stars, at most 9 of 10 (a 1–5 rating has no 0).
  const lowestScore = referenced?.type === 'RATING_5' ? 1 : 0;
  const highestScore = (referenced ? (SCORED_TYPES[referenced.type] ?? 10) : 10) - 1;
  const required = { required: true, whitespace: true, message: t('forms.required') };
  const maxLength = { max: TEXT_MAX, message: t('forms.maxLength', { count: TEXT_MAX }) };
  const path = (...rest: (string | number)[]) => [index, ...rest];

  const changeType = (type: SurveyQuestionType) => {
    const current = form.getFieldValue(['questions', index]) as DraftQuestion;
    form.setFieldValue(['questions', index], withType(current, type));
  };

  const toggleShowIf = (on: boolean) => {
    // The rating just before is the usual one a "why" follows; "low" is 1–2 stars or a detractor's 0–6.
    const nearest = candidates[candidates.length - 1];
    form.setFieldValue(['questions', index, 'showIf'], on && nearest ? { questionId: nearest.id, maxScore: nearest.type === 'NPS' ? 6 : 2 } : undefined);
  };

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={path('text', 'zh')} label={t('surveys.builder.textZh')} rules={[required, maxLength]}>
            <Input lang="zh-CN" data-testid={`question-${question.id}-zh`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={path('text', 'en')} label={t('surveys.builder.textEn')} rules={[required, maxLength]}>
            <Input lang="en" data-testid={`question-${question.id}-en`} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={7}>
          <Form.Item name={path('type')} label={t('surveys.builder.type')} rules={[{ required: true, message: t('forms.required') }]}>
            <Select options={QUESTION_TYPES.map((value) => ({ value, label: t(`surveys.questionType.${value}`) }))} onChange={changeType} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item
            name={path('dimension')}
            label={t('surveys.builder.dimension')}
            // A rating counts towards its dimension's index, so it must have one.
            rules={[{ required: question.type === 'RATING_5', message: t('surveys.builder.dimensionRequired') }]}
          >
            <Select allowClear placeholder={t('surveys.builder.noDimension')} options={DIMENSIONS.map((value) => ({ value, label: t(`surveys.dimension.${value}`) }))} />
          </Form.Item>
        </Col>
        {question.type === 'RATING_5' && (
          <Col xs={12} md={5}>
            <Form.Item name={path('weight')} label={t('surveys.builder.weight')} tooltip={t('surveys.builder.weightHint')}>
              <InputNumber min={0} max={100} step={0.5} placeholder="1" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={5}>
          <Form.Item name={path('required')} label={t('surveys.builder.required')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      {isChoice(question.type) && (
        <Form.List
          name={path('options')}
          rules={[
            {
              validator: (_, options?: unknown[]) => (!options || options.length < 2 ? Promise.reject(new Error(t('surveys.builder.optionsMin'))) : Promise.resolve()),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="sv-options">
              <legend>{t('surveys.builder.options')}</legend>
              {fields.map((field, optionIndex) => (
                <Row gutter={8} key={field.key} align="top" wrap={false}>
                  <Col flex="90px">
                    <Form.Item
                      name={[field.name, 'value']}
                      rules={[
                        { required: true, message: t('forms.required') },
                        { pattern: OPTION_VALUE_PATTERN, message: t('surveys.builder.optionValuePattern') },
                        {
                          validator: (_, value?: string) => {
                            const options = (form.getFieldValue(['questions', index, 'options']) ?? []) as { value?: string }[];
                            const taken = value !== undefined && value !== '' && options.filter((option) => option.value === value).length > 1;
                            return taken ? Promise.reject(new Error(t('surveys.builder.optionValueTaken'))) : Promise.resolve();
                          },
                        },
                      ]}
                      tooltip={optionIndex === 0 ? t('surveys.builder.optionValueHint') : undefined}
                    >
                      <Input aria-label={t('surveys.builder.optionValue', { number: optionIndex + 1 })} style={{ fontFamily: 'monospace' }} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Row gutter={8}>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[field.name, 'label', 'zh']} rules={[required, maxLength]}>
                          <Input aria-label={t('surveys.builder.optionLabelZh', { number: optionIndex + 1 })} placeholder={t('surveys.builder.optionLabelZhPlaceholder')} lang="zh-CN" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[field.name, 'label', 'en']} rules={[required, maxLength]}>
                          <Input aria-label={t('surveys.builder.optionLabelEn', { number: optionIndex + 1 })} placeholder={t('surveys.builder.optionLabelEnPlaceholder')} lang="en" />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Col>
                  <Col flex="32px">
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('surveys.builder.removeOption', { number: optionIndex + 1 })}
                      onClick={() => remove(field.name)}
                      disabled={disabled || fields.length <= 2}
                    />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={disabled || fields.length >= MAX_OPTIONS}
                onClick={() => add({ value: nextOptionValue((form.getFieldValue(['questions', index, 'options']) ?? []) as { value?: string }[]), label: { zh: '', en: '' } })}
              >
                {t('surveys.builder.addOption')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      )}
      <div className="sv-showif">
        <Checkbox checked={question.showIf !== undefined} disabled={disabled || (candidates.length === 0 && question.showIf === undefined)} onChange={(event) => toggleShowIf(event.target.checked)}>
          {t('surveys.builder.showIf')}
        </Checkbox>
        {candidates.length === 0 && question.showIf === undefined && (
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('surveys.builder.showIfNone')}
          </Typography.Text>
        )}
        {question.showIf !== undefined && (
          <Flex gap={8} align="start" wrap style={{ marginTop: 8 }}>
            <Form.Item
              name={path('showIf', 'questionId')}
              style={{ flex: '1 1 220px', marginBottom: 0 }}
              rules={[
                { required: true, message: t('forms.required') },
                {
                  validator: (_, questionId?: string) => (questionId && !candidates.some((candidate) => candidate.id === questionId) ? Promise.reject(new Error(t('surveys.builder.showIfInvalid'))) : Promise.resolve()),
                },
              ]}
            >
              <Select
                aria-label={t('surveys.builder.showIfQuestion')}
                options={candidates.map((candidate) => ({
                  value: candidate.id,
                  label: `${String(questions.indexOf(candidate) + 1)}. ${candidate.text?.zh || candidate.text?.en || candidate.id}`,
                }))}
              />
            </Form.Item>
            <Typography.Text style={{ lineHeight: '32px' }}>≤</Typography.Text>
            <Form.Item
              name={path('showIf', 'maxScore')}
              style={{ marginBottom: 0 }}
              rules={[
                { required: true, message: t('forms.required') },
                { type: 'number', min: lowestScore, max: highestScore, message: t('surveys.builder.showIfRange', { min: lowestScore, max: highestScore }) },
              ]}
            >
              <InputNumber aria-label={t('surveys.builder.showIfMaxScore')} min={lowestScore} max={highestScore} precision={0} style={{ width: 80 }} />
            </Form.Item>
          </Flex>
        )}
      </div>
    </>
  );
}

