import { EyeOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Drawer, Dropdown, Flex, Form, Grid, Input, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSurveyTemplate } from '@/features/surveys/api/create-survey-template';
import type { VersionedTemplate } from '@/features/surveys/api/get-survey-template';
import type { SurveyQuestionType } from '@/features/surveys/api/list-survey-templates';
import { useReplaceSurveyTemplate } from '@/features/surveys/api/replace-survey-template';
import { FormProblem } from '@/components/FormProblem';
import { QUESTION_TYPES } from '@/features/surveys/components/labels';
import { QuestionCard } from '@/features/surveys/components/QuestionCard';
import { QuestionEditor } from '@/features/surveys/components/QuestionEditor';
import {
  MAX_QUESTIONS,
  NAME_MAX,
  newQuestion,
  questionsWithProblems,
  sortFieldErrors,
  toDraft,
  toPreviewQuestions,
  toTemplateInput,
  type DraftQuestion,
  type TemplateDraft,
} from '@/features/surveys/components/template-draft';
import { TemplatePreview } from '@/features/surveys/components/TemplatePreview';
import { useLeaveConfirmation } from '@/features/surveys/components/useLeaveConfirmation';
import '@/features/surveys/components/surveys.css';
import { isApiError, type FieldError } from '@/lib/problem';

const EMPTY: TemplateDraft = { name: '', questions: [newQuestion('RATING_5', [])] };

/** Focuses an element once React has rendered it. */
function focusSoon(selector: string) {
  window.requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * The template builder: name, ordered questions in both languages, and beside them the questionnaire
 * at phone width. Saving a template that a campaign uses makes the API start a new version.
 */
export function TemplateEditor({
  saved,
  canEdit,
  onCreated,
  onReload,
}: {
  /** The template as stored, or undefined for a new one. */
  saved: VersionedTemplate | undefined;
  canEdit: boolean;
  onCreated: (templateId: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().xl === true;
  const [form] = Form.useForm<TemplateDraft>();
  const create = useCreateSurveyTemplate();
  const replace = useReplaceSurveyTemplate(saved?.template.id ?? '');
  const mutation = saved ? replace : create;
  const [initial] = useState<TemplateDraft>(() => (saved ? toDraft(saved.template) : EMPTY));
  const watched = Form.useWatch([], { form, preserve: true }) as TemplateDraft | undefined;
  const draft = watched ?? initial;
  const questions = draft.questions ?? [];
  // Question ids are stable across moves, so they key what is expanded; a new template opens its first question.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(saved ? [] : (initial.questions ?? []).map((question) => question.id)));
  const [errorQuestions, setErrorQuestions] = useState<ReadonlySet<string>>(new Set());
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // Errors to show once the questions they are about are open (their fields mount only then).
  const [pendingCheck, setPendingCheck] = useState<{ fieldErrors: { name: (string | number)[]; errors: string[] }[] } | undefined>();
  const [previewOpen, setPreviewOpen] = useState(false);
  const dirtyRef = useLeaveConfirmation({
    title: t('surveys.builder.leaveTitle'),
    detail: t('surveys.builder.leaveDetail'),
    leave: t('surveys.leave'),
    stay: t('surveys.stay'),
  });

  useEffect(() => {
    if (!pendingCheck) return;
    if (pendingCheck.fieldErrors.length > 0) form.setFields(pendingCheck.fieldErrors.map((entry) => ({ name: entry.name as never, errors: entry.errors })));
    else form.validateFields().catch(() => undefined);
    setPendingCheck(undefined);
  }, [pendingCheck, form]);

  const expand = (ids: Iterable<string>) => setExpanded((previous) => new Set([...previous, ...ids]));
  /** Opens the questions that need fixing and then shows their errors (the rules', or the API's). */
  const showProblems = (ids: ReadonlySet<string>, fieldErrors: { name: (string | number)[]; errors: string[] }[] = []) => {
    expand(ids);
    setErrorQuestions(ids);
    setPendingCheck({ fieldErrors });
  };
  const idsAt = (indexes: Iterable<number | undefined>) =>
    [...indexes].flatMap((index) => {
      const id = index === undefined ? undefined : questions[index]?.id;
      return id ? [id] : [];
    });

  const setQuestions = (next: DraftQuestion[]) => {
    form.setFieldValue('questions', next);
    dirtyRef.current = true;
  };

  const move = (from: number, to: number) => {
    const moved = questions[from];
    if (!moved || to < 0 || to >= questions.length) return;
    const next = [...questions];
    next.splice(from, 1);
    next.splice(to, 0, moved);
    setQuestions(next);
    setAnnouncement(t('surveys.builder.moved', { number: to + 1, count: next.length }));
    // Keep the keyboard on the moved question: its button in the same direction, or the other at an end.
    const direction = to < from ? 'up' : 'down';
    const atEnd = to === 0 || to === next.length - 1;
    focusSoon(`[data-move="${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}-${moved.id}"]`);
  };

  const remove = (index: number) => {
    const removed = questions[index];
    if (!removed) return;
    // A "why" that followed the removed rating is asked always from now on; the author sees it in the preview.
    setQuestions(
      questions.filter((_, position) => position !== index).map((question) => (question.showIf?.questionId === removed.id ? { ...question, showIf: undefined } : question)),
    );
    setAnnouncement(t('surveys.builder.removed', { number: index + 1 }));
  };

  const add = (type: SurveyQuestionType) => {
    const question = newQuestion(type, questions);
    setQuestions([...questions, question]);
    expand([question.id]);
    focusSoon(`[data-testid="question-${question.id}-zh"]`);
  };

  const save = async () => {
    setUnmatched([]);
    setErrorQuestions(new Set());
    const body = toTemplateInput(form.getFieldsValue(true) as TemplateDraft);
    try {
      if (saved) {
        const etag = saved.etag;
        if (!etag) {
          onReload();
          return;
        }
        const result = await replace.mutateAsync({ body, ifMatch: etag });
        dirtyRef.current = false;
        const newVersion = result.template.version > saved.template.version;
        void message.success(newVersion ? t('surveys.builder.savedNewVersion', { version: result.template.version }) : t('surveys.builder.saved', { version: result.template.version }));
      } else {
        const result = await create.mutateAsync(body);
        dirtyRef.current = false;
        void message.success(t('surveys.builder.created'));
        onCreated(result.template.id);
      }
    } catch (error) {
      if (!isApiError(error) || error.status !== 400) return;
      const problems = sortFieldErrors(error.fieldErrors);
      showProblems(new Set(idsAt(problems.questionIndexes)), problems.fields);
      setUnmatched(problems.unmatched);
    }
  };

  const preview = <TemplatePreview title={(draft.name ?? '').trim()} questions={toPreviewQuestions(draft)} />;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        {saved && saved.template.campaignCount > 0 && canEdit && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('surveys.builder.versionTitle', { version: saved.template.version, count: saved.template.campaignCount })}
            description={t('surveys.builder.versionDetail', { version: saved.template.version, next: saved.template.version + 1 })}
            data-testid="version-note"
          />
        )}
        <FormProblem error={mutation.error} unmatched={unmatched} onReload={onReload} />
        <Form<TemplateDraft>
          form={form}
          name="survey-template"
          layout="vertical"
          initialValues={initial}
          disabled={!canEdit}
          onValuesChange={() => {
            dirtyRef.current = true;
          }}
          onFinish={() => {
            // The open questions passed their rules; the folded ones are checked here.
            const problems = questionsWithProblems(questions);
            if (problems.size > 0) showProblems(problems);
            else void save();
          }}
          onFinishFailed={({ errorFields }) => {
            const open = idsAt(errorFields.map((field) => (field.name[0] === 'questions' && typeof field.name[1] === 'number' ? field.name[1] : undefined)));
            showProblems(new Set([...open, ...questionsWithProblems(questions)]));
          }}
        >
          <Card size="small" style={{ marginBottom: 12 }}>
            <Form.Item
              name="name"
              label={t('surveys.builder.name')}
              rules={[
                { required: true, whitespace: true, message: t('forms.required') },
                { max: NAME_MAX, message: t('forms.maxLength', { count: NAME_MAX }) },
              ]}
              style={{ marginBottom: 0 }}
            >
              <Input placeholder={t('surveys.builder.namePlaceholder')} />
            </Form.Item>
          </Card>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('surveys.builder.questions', { count: questions.length })}</Typography.Text>
            <Flex gap={8} wrap>
              <Button size="small" onClick={() => setExpanded(new Set(questions.map((question) => question.id)))} disabled={false}>
                {t('surveys.builder.expandAll')}
              </Button>
              <Button size="small" onClick={() => setExpanded(new Set())} disabled={false}>
                {t('surveys.builder.collapseAll')}
              </Button>
              {!wide && (
                <Button size="small" icon={<EyeOutlined />} onClick={() => setPreviewOpen(true)} disabled={false}>
                  {t('surveys.builder.preview')}
                </Button>
              )}
            </Flex>
          </Flex>
          <div className="sv-visually-hidden" aria-live="polite">
            {announcement}
          </div>
          <Form.List name="questions">
            {(fields) => (
              <Flex vertical gap={8}>
                {fields.map((field) => {
                  const question = questions[field.name];
                  if (!question) return null;
                  return (
                    <QuestionCard
                      key={question.id}
                      question={question}
                      index={field.name}
                      count={fields.length}
                      expanded={expanded.has(question.id)}
                      hasError={errorQuestions.has(question.id)}
                      editable={canEdit}
                      dependents={questions.filter((other) => other.showIf?.questionId === question.id).length}
                      onToggle={() =>
                        setExpanded((previous) => {
                          const next = new Set(previous);
                          if (!next.delete(question.id)) next.add(question.id);
                          return next;
                        })
                      }
                      onMove={(to) => move(field.name, to)}
                      onRemove={() => remove(field.name)}
                      onDropAt={(from) => move(from, field.name)}
                    >
                      <QuestionEditor form={form} index={field.name} questions={questions} disabled={!canEdit} />
                    </QuestionCard>
                  );
                })}
              </Flex>
            )}
          </Form.List>
          {canEdit && (
            <Flex justify="space-between" wrap gap={8} style={{ marginTop: 12 }}>
              <Dropdown
                trigger={['click']}
                disabled={questions.length >= MAX_QUESTIONS}
                menu={{ items: QUESTION_TYPES.map((type) => ({ key: type, label: t(`surveys.questionType.${type}`) })), onClick: ({ key }) => add(key as SurveyQuestionType) }}
              >
                <Button icon={<PlusOutlined />} data-testid="add-question">
                  {t('surveys.builder.addQuestion')}
                </Button>
              </Dropdown>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={mutation.isPending} data-testid="save-template">
                {t('surveys.builder.save')}
              </Button>
            </Flex>
          )}
        </Form>
      </Col>
      {wide ? (
        <Col xl={9}>
          <div style={{ position: 'sticky', top: 72 }}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
              {t('surveys.builder.previewHint')}
            </Typography.Text>
            {preview}
          </div>
        </Col>
      ) : (
        <Drawer open={previewOpen} onClose={() => setPreviewOpen(false)} title={t('surveys.builder.preview')} width={420} styles={{ body: { padding: 12 } }}>
          {preview}
        </Drawer>
      )}
    </Row>
  );
}
