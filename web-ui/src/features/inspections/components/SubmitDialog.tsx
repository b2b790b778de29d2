import { Alert, Button, Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '@/components/FormProblem';
import { ScoreHeadline } from '@/features/inspections/components/ScoreHeadline';
import type { RunningScore } from '@/features/inspections/components/scoring';
import { UnsavedError, type useInspectionDraft } from '@/features/inspections/components/use-inspection-draft';
import type { Schemas } from '@/lib/api/client';
import { isApiError } from '@/lib/problem';

/**
 * "Submit this inspection?" with the score it will freeze at, the findings, and — while check points are left
 * unanswered — a way to them instead of the submit button (the API refuses an incomplete one).
 */
export function SubmitDialog({
  open,
  onClose,
  score,
  consequence,
  firstUnanswered,
  onGoTo,
  submit,
  onSubmitted,
}: {
  open: boolean;
  onClose: () => void;
  score: RunningScore;
  consequence: Schemas['LocalizedText'] | undefined;
  firstUnanswered: number;
  onGoTo: (sectionIndex: number) => void;
  submit: ReturnType<typeof useInspectionDraft>['submit'];
  onSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const unanswered = score.checkPoints - score.answered;
  const error = submit.error;
  const ok = async () => {
    try {
      await submit.mutateAsync();
      onClose();
      onSubmitted();
    } catch (failure) {
      // A 409: it was submitted already (a second tap, another device): that is where we wanted to be.
      if (isApiError(failure) && failure.status === 409) {
        onClose();
        onSubmitted();
      }
    }
  };
  return (
    <Modal
      open={open}
      title={t('inspections.submit.title')}
      onCancel={onClose}
      okText={t('inspections.submit.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => void ok()}
      okButtonProps={{ disabled: unanswered > 0, id: 'confirm-submit' }}
      confirmLoading={submit.isPending}
      destroyOnHidden
    >
      <ScoreHeadline total={score.total} grade={score.grade} teamBonus={score.teamBonus} consequence={consequence} />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('inspections.submit.answered')}>
          {score.answered} / {score.checkPoints}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspections.submit.findings')}>{score.findings}</Descriptions.Item>
      </Descriptions>
      {unanswered > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t('inspections.submit.unanswered', { count: unanswered })}
          action={
            firstUnanswered >= 0 && (
              <Button size="small" onClick={() => onGoTo(firstUnanswered)} data-testid="go-to-unanswered">
                {t('inspections.submit.goTo')}
              </Button>
            )
          }
        />
      ) : (
        <Alert type="info" showIcon message={t('inspections.submit.final')} />
      )}
      {error instanceof UnsavedError && <Alert type="error" showIcon style={{ marginTop: 12 }} message={t('inspections.submit.unsaved')} data-testid="submit-unsaved" />}
      {isApiError(error) && error.status !== 409 && (
        <div style={{ marginTop: 12 }}>
          <FormProblem error={error} unmatched={error.fieldErrors} />
        </div>
      )}
    </Modal>
  );
}
