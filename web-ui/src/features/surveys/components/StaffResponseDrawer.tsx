import { App, Alert, Button, Drawer, Flex, Form, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionAnchorId, Questionnaire } from '@/components/questionnaire/Questionnaire';
import { missingRequired, questionOfError, textLanguageOf, toAnswers, type AnswerValue, type AnswerValues } from '@/components/questionnaire/questionnaire';
import { useEnterSurveyResponse } from '@/features/surveys/api/enter-survey-response';
import type { SurveyCampaign } from '@/features/surveys/api/list-survey-campaigns';
import { useSurveyInvitations } from '@/features/surveys/api/list-survey-invitations';
import { sortByPlace } from '@/features/surveys/components/links';
import { isApiError } from '@/lib/problem';

type Channel = 'PAPER' | 'PHONE';
const ANCHOR = 'staff-q';

/**
 * Staff type in a paper form or a phone call's answers for one unit of the audience, with the same
 * questions the residents see. After saving, the form is ready for the next unit.
 */
export function StaffResponseDrawer({ campaign, open, onClose }: { campaign: SurveyCampaign; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const invitations = useSurveyInvitations(campaign.id, open);
  const enter = useEnterSurveyResponse(campaign.id);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [channel, setChannel] = useState<Channel>('PAPER');
  const [values, setValues] = useState<AnswerValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [unitError, setUnitError] = useState<string | undefined>();

  useEffect(() => {
    if (!open) return;
    setUnitId(undefined);
    setValues({});
    setErrors({});
    setUnitError(undefined);
    enter.reset();
    // Reset when the drawer opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const waiting = sortByPlace((invitations.data?.units ?? []).filter((unit) => !unit.answered));
  const chosen = waiting.find((unit) => unit.unitId === unitId);

  const change = (questionId: string, value: AnswerValue | undefined) => {
    setValues((previous) => ({ ...previous, [questionId]: value }));
    setErrors(({ [questionId]: _answered, ...rest }) => rest);
  };

  const save = async () => {
    const missing = missingRequired(campaign.questions, values);
    setUnitError(unitId ? undefined : t('surveys.entry.pickUnit'));
    setErrors(Object.fromEntries(missing.map((id) => [id, t('publicSurvey.question.requiredError')])));
    if (!unitId || missing.length > 0) {
      if (missing[0]) document.getElementById(questionAnchorId(ANCHOR, missing[0]))?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
      return;
    }
    const answers = toAnswers(campaign.questions, values);
    try {
      await enter.mutateAsync({ unitId, channel, answers });
      void message.success(t('surveys.entry.saved', { unit: chosen ? `${chosen.buildingName} ${chosen.unitLabel}` : '' }));
      setUnitId(undefined);
      setValues({});
    } catch (error) {
      if (!isApiError(error) || error.status !== 400) return;
      const byQuestion: Record<string, string> = {};
      for (const fieldError of error.fieldErrors) {
        if (/unitId$/.test(fieldError.field)) setUnitError(fieldError.message);
        const questionId = questionOfError(fieldError.field, answers, campaign.questions);
        if (questionId) byQuestion[questionId] = fieldError.message;
      }
      setErrors(byQuestion);
    }
  };

  const problem = enter.error;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('surveys.entry.title')}
      width={520}
      styles={{ body: { background: '#f5f5f5', padding: 12 } }}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('surveys.entry.close')}</Button>
          <Button type="primary" loading={enter.isPending} onClick={() => void save()} data-testid="save-entry">
            {t('surveys.entry.save')}
          </Button>
        </Flex>
      }
    >
      {isApiError(problem) && problem.status === 409 && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} message={problem.problem?.title ?? t('surveys.entry.alreadyAnswered')} description={problem.problem?.detail} />}
      {isApiError(problem) && problem.status === 400 && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={t('forms.invalid')} />}
      <div style={{ background: '#fff', borderRadius: 12, padding: '12px 14px', marginBottom: 12 }}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('surveys.entry.unit')} required validateStatus={unitError ? 'error' : undefined} help={unitError} extra={t('surveys.entry.unitHint', { count: waiting.length })}>
            <Select
              showSearch
              value={unitId}
              onChange={(value: string) => {
                setUnitId(value);
                setUnitError(undefined);
              }}
              optionFilterProp="label"
              loading={invitations.isPending}
              placeholder={t('surveys.entry.unitPlaceholder')}
              options={waiting.map((unit) => ({ value: unit.unitId, label: `${unit.buildingName} ${unit.unitLabel}` }))}
              data-testid="entry-unit"
            />
          </Form.Item>
          <Form.Item label={t('surveys.entry.channel')} style={{ marginBottom: 0 }}>
            <Segmented<Channel>
              value={channel}
              onChange={setChannel}
              options={[
                { value: 'PAPER', label: t('surveys.channel.PAPER') },
                { value: 'PHONE', label: t('surveys.channel.PHONE') },
              ]}
            />
          </Form.Item>
        </Form>
      </div>
      <Questionnaire
        questions={campaign.questions}
        language={textLanguageOf(i18n.language)}
        values={values}
        onChange={change}
        errors={errors}
        disabled={enter.isPending}
        anchorPrefix={ANCHOR}
      />
    </Drawer>
  );
}
