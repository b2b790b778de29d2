import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { textLanguageOf } from '@/components/questionnaire/questionnaire';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { usePublicSurvey } from '@/features/public-survey/api/get-public-survey';
import { TOKEN_PATTERN } from '@/features/public-survey/api/public-client';
import { linkStateOf, retryAfterOf } from '@/features/public-survey/components/link-state';
import { LinkStateView, type PageState } from '@/features/public-survey/components/LinkStateView';
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
 * staff shell, its only calls are the questionnaire's GET and the answer's POST.
 */
export function PublicSurveyPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
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
        <Card data-testid="survey-loading" aria-busy>
          <Skeleton active title={{ width: '70%' }} paragraph={{ rows: 6 }} />
        </Card>
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
          <Typography.Title level={1} className="ps-title">
            {data.title}
          </Typography.Title>
          <Flex wrap gap={6} align="center">
            {data.anonymous ? <Tag color="green">{t('publicSurvey.anonymous')}</Tag> : data.unitLabel && <Tag>{t('publicSurvey.unit', { unit: data.unitLabel })}</Tag>}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('publicSurvey.closesAt', { time: formatDateTime(data.closesAt, i18n.language) })}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 14 }}>
            {data.anonymous ? t('publicSurvey.introAnonymous') : t('publicSurvey.intro')}
          </Typography.Paragraph>
        </header>
        <PublicSurveyForm token={token} survey={data} language={language} onDone={setDone} />
      </>
    );
  })();

  return (
    <div className="ps-page">
      <div className="ps-bar">
        <div className="ps-bar-inner">
          <Typography.Text strong ellipsis className="ps-project">
            {survey.data?.projectName ?? t('publicSurvey.brand')}
          </Typography.Text>
          <LanguageSwitch compact />
        </div>
      </div>
      <main className="ps-main">{content}</main>
    </div>
  );
}
