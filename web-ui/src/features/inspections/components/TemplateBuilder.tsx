import { CloudUploadOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Collapse, Flex, Form, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import type { VersionedInspectionTemplate } from '@/features/inspections/api/get-inspection-template';
import { createInspectionTemplate, publishInspectionTemplate, saveInspectionTemplateDraft, useTemplateWrite } from '@/features/inspections/api/save-inspection-template';
import { builderPath, LIMITS, newSection, toBuilderDraft, toTemplateBody, validateTemplate, weightTotal, type TemplateDraft } from '@/features/inspections/components/builder-draft';
import { BuilderContext, LocalizedFields } from '@/features/inspections/components/builder-fields';
import { useLocalized } from '@/features/inspections/components/labels';
import { moved, SectionEditor } from '@/features/inspections/components/SectionEditor';
import { newIdempotencyKey } from '@/lib/api/client';
import { isApiError, type FieldError } from '@/lib/problem';
import '@/features/inspections/components/inspections.css';

const CONSEQUENCES = ['excellent', 'good', 'fail', 'teamBonus'] as const;

/**
 * The rubric builder (ADMIN): name, sections with weights, items with points and kind, check points with deduction
 * ranges — checked as typed once a save was tried (validateTemplate), the weights' total always in view. Saving keeps
 * a draft (If-Match); publishing makes it the next immutable version, which new inspections use.
 */
export function TemplateBuilder({ saved, canEdit, onCreated }: { saved: VersionedInspectionTemplate | undefined; canEdit: boolean; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { message, modal } = App.useApp();
  const [draft, setDraft] = useState<TemplateDraft>(() => toBuilderDraft(saved?.template));
  const [checking, setChecking] = useState<'save' | 'publish' | undefined>();
  const [serverProblems, setServerProblems] = useState<FieldError[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [open, setOpen] = useState<string[]>(['0']);
  const create = useTemplateWrite((body: TemplateDraft) => createInspectionTemplate(body, idempotencyKey));
  const saveDraft = useTemplateWrite(({ body, etag }: { body: TemplateDraft; etag: string }) => saveInspectionTemplateDraft(saved?.template.id ?? '', body, etag));
  const publish = useTemplateWrite((etag: string) => publishInspectionTemplate(saved?.template.id ?? '', etag));
  const busy = create.isPending || saveDraft.isPending || publish.isPending;
  const error = publish.error ?? saveDraft.error ?? create.error;

  const local = useMemo(() => (checking ? validateTemplate(draft, { publish: checking === 'publish' }) : []), [draft, checking]);
  const problems = useMemo(() => {
    const map = new Map(local.map((problem) => [problem.path, problem]));
    for (const fieldError of serverProblems) map.set(builderPath(fieldError.field), { path: builderPath(fieldError.field), key: 'server', values: { message: fieldError.message } });
    return map;
  }, [local, serverProblems]);
  const total = weightTotal(draft);
  const edit = (next: TemplateDraft) => {
    setDraft(next);
    setServerProblems([]);
  };
  const sectionHasProblem = (index: number) => [...problems.keys()].some((path) => path.startsWith(`sections[${index}]`));

  const run = async (mode: 'save' | 'publish') => {
    setChecking(mode);
    setServerProblems([]);
    const found = validateTemplate(draft, { publish: mode === 'publish' });
    if (found.length > 0) {
      setOpen(draft.sections.map((_, index) => String(index)).filter((key) => found.some((problem) => problem.path.startsWith(`sections[${key}]`))));
      void message.error(t('inspections.builder.fix', { count: found.length }));
      return;
    }
    const body = toTemplateBody(draft);
    try {
      if (!saved) {
        const created = await create.mutateAsync(body);
        void message.success(t('inspections.builder.created'));
        onCreated(created.template.id);
        return;
      }
      let etag = saved.etag ?? '';
      const stored = await saveDraft.mutateAsync({ body, etag });
      etag = stored.etag ?? etag;
      if (mode === 'save') {
        void message.success(t('inspections.builder.savedDraft'));
        return;
      }
      const published = await publish.mutateAsync(etag);
      void message.success(t('inspections.builder.published', { version: published.template.currentVersion?.number ?? '' }));
    } catch (failure) {
      if (isApiError(failure) && failure.status === 400) setServerProblems(failure.fieldErrors);
    }
  };
  const confirmPublish = () =>
    modal.confirm({
      title: t('inspections.builder.publishTitle'),
      content: t('inspections.builder.publishDetail', { next: (saved?.template.currentVersion?.number ?? 0) + 1 }),
      okText: t('inspections.builder.publish'),
      cancelText: t('common.cancel'),
      onOk: () => run('publish'),
    });

  const unmatched = serverProblems.filter((fieldError) => !/^sections|^name/.test(builderPath(fieldError.field)));
  return (
    <BuilderContext.Provider value={{ problems, disabled: !canEdit }}>
      <Form layout="vertical" component="div" disabled={!canEdit}>
        {saved?.template.currentVersion && canEdit && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('inspections.builder.versionNote', { version: saved.template.currentVersion.number, count: saved.template.inspectionCount })} data-testid="version-note" />
        )}
        <FormProblem error={error} unmatched={unmatched} />
        <Card size="small" style={{ marginBottom: 12 }}>
          <LocalizedFields path="name" label={t('inspections.builder.name')} value={draft.name} onChange={(name) => edit({ ...draft, name })} />
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'consequences',
                label: t('inspections.builder.consequences'),
                children: CONSEQUENCES.map((band) => (
                  <LocalizedFields
                    key={band}
                    path={`consequences.${band}`}
                    label={t(`inspections.builder.band.${band}`)}
                    value={draft.consequences?.[band] ?? { zh: '', en: '' }}
                    onChange={(value) => edit({ ...draft, consequences: { ...draft.consequences, [band]: value } })}
                  />
                )),
              },
            ]}
          />
        </Card>
        <Collapse
          activeKey={open}
          onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
          items={draft.sections.map((section, index) => ({
            key: String(index),
            label: (
              <Flex justify="space-between" gap={8} wrap>
                <span>
                  <Badge status={sectionHasProblem(index) ? 'error' : 'default'} /> <Typography.Text type="secondary">{section.code}</Typography.Text> {localized(section.name) || t('inspections.builder.untitled')}
                </span>
                <Typography.Text type="secondary">{t('inspections.builder.sectionSummary', { weight: section.weightPercent, items: section.items.length })}</Typography.Text>
              </Flex>
            ),
            extra: canEdit && (
              <Flex gap={4} onClick={(event) => event.stopPropagation()}>
                <Button size="small" type="text" disabled={index === 0} onClick={() => edit({ ...draft, sections: moved(draft.sections, index, index - 1) })}>
                  ↑
                </Button>
                <Button size="small" type="text" danger onClick={() => edit({ ...draft, sections: draft.sections.filter((_, i) => i !== index) })} aria-label={`${t('inspections.builder.remove')} ${section.code}`}>
                  ×
                </Button>
              </Flex>
            ),
            children: <SectionEditor draft={draft} section={section} index={index} onChange={(next) => edit({ ...draft, sections: draft.sections.map((candidate, i) => (i === index ? next : candidate)) })} />,
          }))}
        />
        {problems.get('sections') && <Alert type="error" showIcon style={{ marginTop: 8 }} message={t('inspections.builder.problem.noSections')} />}
        {canEdit && (
          <Button
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            disabled={draft.sections.length >= LIMITS.sections}
            onClick={() => {
              edit({ ...draft, sections: [...draft.sections, newSection(draft)] });
              setOpen([...open, String(draft.sections.length)]);
            }}
            data-testid="add-section"
          >
            {t('inspections.builder.addSection')}
          </Button>
        )}
        <Flex className="insp-builder-footer" justify="space-between" align="center" gap={8} wrap>
          <span>
            {t('inspections.builder.weights')}{' '}
            <Tag color={total === 100 ? 'success' : 'error'} data-testid="weight-total">
              {total}% / 100%
            </Tag>
            {problems.get('weights') && <Typography.Text type="danger">{t('inspections.builder.problem.weightsSum', { total })}</Typography.Text>}
          </span>
          {canEdit && (
            <Flex gap={8}>
              <Button icon={<SaveOutlined />} loading={busy && checking === 'save'} disabled={busy} onClick={() => void run('save')} data-testid="save-draft">
                {saved ? t('inspections.builder.saveDraft') : t('inspections.builder.create')}
              </Button>
              {saved && (
                <Button type="primary" icon={<CloudUploadOutlined />} loading={busy && checking === 'publish'} disabled={busy} onClick={confirmPublish} data-testid="publish">
                  {t('inspections.builder.publish')}
                </Button>
              )}
            </Flex>
          )}
        </Flex>
      </Form>
    </BuilderContext.Provider>
  );
}
