import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionAnchorId, Questionnaire } from '@/components/questionnaire/Questionnaire';
import { missingRequired, questionOfError, toAnswers, type AnswerValue, type AnswerValues, type TextLanguage } from '@/components/questionnaire/questionnaire';
import type { PublicSurvey } from '@/features/public-survey/api/get-public-survey';
import { useSubmitPublicSurveyResponse } from '@/features/public-survey/api/submit-public-survey-response';
import { linkStateOf, retryAfterOf, type LinkState } from '@/features/public-survey/components/link-state';
import { PublicAlert } from '@/features/public-survey/components/PublicAlert';
import { PublicButton } from '@/features/public-survey/components/PublicButton';
import { useCountdown } from '@/features/public-survey/components/useCountdown';
import { languageOf } from '@/i18n/create-i18n';
import { isApiError, NetworkError } from '@/lib/problem';

const ANCHOR = 'survey-q';

type SendProblem = { kind: 'network' } | { kind: 'rateLimited'; until: number } | { kind: 'invalid'; messages: string[] } | { kind: 'failed'; title?: string | undefined };

/**
 * The questions and the one "submit". A slow network cannot send twice: the button is disabled
 * while an answer is on its way and a second tap is ignored; on failure every answer stays.
 */
export function PublicSurveyForm({
  token,
  survey,
  language,
  onDone,
}: {
  token: string;
  survey: PublicSurvey;
  language: TextLanguage;
  /** The answer is in ('thanks'), or the link turned out to be closed, answered or unknown meanwhile. */
  onDone: (state: LinkState | 'thanks') => void;
}) {
  const { t, i18n } = useTranslation();
  const submit = useSubmitPublicSurveyResponse(token);
  const [values, setValues] = useState<AnswerValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<SendProblem | undefined>();
  // Set synchronously, so that two taps within one render cannot both send.
  const sending = useRef(false);
  // A connection that dropped after the answer went in: the retry's 409 means our own answer arrived.
  const lostAnswer = useRef(false);
  const wait = useCountdown(problem?.kind === 'rateLimited' ? problem.until : undefined);

  const change = (questionId: string, value: AnswerValue | undefined) => {
    setValues((previous) => ({ ...previous, [questionId]: value }));
    setErrors((previous) => {
      if (!(questionId in previous)) return previous;
      const { [questionId]: _answered, ...rest } = previous;
      return rest;
    });
  };

  const scrollTo = (questionId: string) => {
    const element = document.getElementById(questionAnchorId(ANCHOR, questionId));
    element?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    element?.querySelector<HTMLElement>('button[tabindex="0"], input, textarea')?.focus({ preventScroll: true });
  };

  const send = () => {
    if (sending.current || wait > 0) return;
    const missing = missingRequired(survey.questions, values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((id) => [id, t('publicSurvey.question.requiredError')])));
      setProblem(undefined);
      scrollTo(missing[0] ?? '');
      return;
    }
    const answers = toAnswers(survey.questions, values);
    sending.current = true;
    setProblem(undefined);
    submit.mutate(
      { answers, language: languageOf(i18n) },
      {
        onSettled: () => {
          sending.current = false;
        },
        onSuccess: () => onDone('thanks'),
        onError: (error) => {
          if (error instanceof NetworkError || (isApiError(error) && error.status >= 500)) {
            lostAnswer.current = lostAnswer.current || error instanceof NetworkError;
            setProblem({ kind: 'network' });
            return;
          }
          if (isApiError(error) && error.status === 400) {
            const byQuestion: Record<string, string> = {};
            const unmatched: string[] = [];
            for (const fieldError of error.fieldErrors) {
              const questionId = questionOfError(fieldError.field, answers, survey.questions);
              if (questionId) byQuestion[questionId] = fieldError.message;
              else unmatched.push(fieldError.message);
            }
            // A 400 naming no field at all still says why, in its detail.
            const general = error.fieldErrors.length === 0 ? [error.problem?.detail ?? error.message] : [];
            setErrors(byQuestion);
            setProblem({ kind: 'invalid', messages: [...general, ...unmatched] });
            const first = survey.questions.find((question) => question.id in byQuestion);
            if (first) scrollTo(first.id);
            return;
          }
          const state = linkStateOf(error);
          if (state === 'rateLimited') {
            setProblem({ kind: 'rateLimited', until: Date.now() + (retryAfterOf(error) ?? 30) * 1000 });
            return;
          }
          if (state === 'answered' && lostAnswer.current) {
            onDone('thanks');
            return;
          }
          if (state === 'unavailable') {
            setProblem({ kind: 'failed', title: isApiError(error) ? error.problem?.title : undefined });
            return;
          }
          onDone(state);
        },
      },
    );
  };

  const pending = submit.isPending;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      aria-busy={pending}
    >
      <Questionnaire questions={survey.questions} language={language} values={values} onChange={change} errors={errors} disabled={pending} anchorPrefix={ANCHOR} />
      <div className="ps-submit">
        {problem && (
          <PublicAlert
            type={problem.kind === 'rateLimited' ? 'warning' : 'error'}
            testId="send-problem"
            message={
              problem.kind === 'network'
                ? t('publicSurvey.send.network')
                : problem.kind === 'rateLimited'
                  ? t('publicSurvey.send.rateLimited', { count: wait })
                  : problem.kind === 'invalid'
                    ? t('publicSurvey.send.invalid')
                    : (problem.title ?? t('publicSurvey.send.failed'))
            }
            description={problem.kind === 'invalid' ? problem.messages.join(' ') || undefined : t('publicSurvey.send.kept')}
          />
        )}
        {Object.keys(errors).length > 0 && !problem && <PublicAlert type="error" message={t('publicSurvey.send.missing', { count: Object.keys(errors).length })} />}
        <PublicButton type="submit" block loading={pending} disabled={wait > 0} className="ps-submit-button" testId="submit-survey">
          {pending ? t('publicSurvey.send.sending') : t('publicSurvey.send.submit')}
        </PublicButton>
      </div>
    </form>
  );
}
