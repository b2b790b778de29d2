import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguageOf } from '@/components/questionnaire/questionnaire';
import { usePublicSurvey } from '@/features/public-survey/api/get-public-survey';
import { TOKEN_PATTERN } from '@/features/public-survey/api/public-client';
import { linkStateOf, retryAfterOf } from '@/features/public-survey/components/link-state';
import { LinkStateView, type PageState } from '@/features/public-survey/components/LinkStateView';
import { PublicLanguageSwitch } from '@/features/public-survey/components/PublicLanguageSwitch';
import { PublicSurveyForm } from '@/features/public-survey/components/PublicSurveyForm';
import '@/features/public-survey/components/public-survey.css';
import { formatDateTime } from '@/lib/format';

/** The link's token must not leak to anything the page loads: no Referer from this page. */
function useNoReferrer() {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);
}

/**
 * /s/:token — a resident answers a satisfaction survey on a phone, without an account: outside the
 * staff shell (and without Ant Design, to stay small), its only calls are the questionnaire's GET and the answer's POST.
 */
export function PublicSurveyPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const wellFormed = TOKEN_PATTERN.test(token);
  const survey = usePublicSurvey(token, wellFormed);
  const [done, setDone] = useState<PageState | undefined>();
  const language = textLanguageOf(i18n.language);
  useNoReferrer();

  const title = survey.data?.title;
  useEffect(() => {
    document.title = title ? `${title} · ${t('publicSurvey.documentTitle')}` : t('publicSurvey.documentTitle');
  }, [title, t]);

  const content = (() => {
    if (!wellFormed) return <LinkStateView state="unknown" />;
    if (done) return <LinkStateView state={done} />;
    if (survey.isPending) {
      return (
        <div className="ps-card ps-skeleton" data-testid="survey-loading" aria-busy>
          <span className="qn-visually-hidden">{t('publicSurvey.loading')}</span>
          <div className="ps-skeleton-line" style={{ width: '70%', height: 22 }} />
          {[100, 92, 100, 84, 100, 60].map((width, index) => (
            <div key={index} className="ps-skeleton-line" style={{ width: `${String(width)}%` }} />
          ))}
        </div>
      );
    }
    if (survey.isError) {
      const state = linkStateOf(survey.error);
      const retryAfter = retryAfterOf(survey.error);
      return (
        <LinkStateView
          state={state}
          retryAt={retryAfter !== undefined ? survey.errorUpdatedAt + retryAfter * 1000 : undefined}
          onRetry={() => void survey.refetch()}
          retrying={survey.isFetching}
        />
      );
    }
    const data = survey.data;
    return (
      <>
        <header className="ps-intro">
          <h1 className="ps-title">{data.title}</h1>
          <div className="ps-meta">
            {data.anonymous ? <span className="ps-tag ps-tag-green">{t('publicSurvey.anonymous')}</span> : data.unitLabel && <span className="ps-tag">{t('publicSurvey.unit', { unit: data.unitLabel })}</span>}
            <span className="ps-secondary">{t('publicSurvey.closesAt', { time: formatDateTime(data.closesAt, i18n.language) })}</span>
          </div>
          <p className="ps-lead">{data.anonymous ? t('publicSurvey.introAnonymous') : t('publicSurvey.intro')}</p>
        </header>
        <PublicSurveyForm token={token} survey={data} language={language} onDone={setDone} />
      </>
    );
  })();

  return (
    <div className="ps-page">
      <div className="ps-bar">
        <div className="ps-bar-inner">
          <strong className="ps-project">{survey.data?.projectName ?? t('publicSurvey.brand')}</strong>
          <PublicLanguageSwitch />
        </div>
      </div>
      <main className="ps-main">{content}</main>
    </div>
  );
}
