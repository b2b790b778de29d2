import { useMe, type Me } from '@/features/auth/api/get-me';
import { SurveyCampaignPage } from '@/features/surveys/routes/SurveyCampaignPage';
import { SurveyCampaignsPage } from '@/features/surveys/routes/SurveyCampaignsPage';
import { SurveyCommentsPage } from '@/features/surveys/routes/SurveyCommentsPage';
import { SurveyTemplatePage } from '@/features/surveys/routes/SurveyTemplatePage';
import { SurveyTemplatesPage } from '@/features/surveys/routes/SurveyTemplatesPage';
import { useCurrentProjectId } from '@/lib/selected-project';

/** Templates and campaigns are run by managers (the API enforces it too). */
export function canManageSurveys(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'MANAGER' || role === 'ADMIN') ?? false;
}

/** Paper and phone answers, tags and work orders from comments: customer service too. */
export function canHandleSurveyResponses(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'AGENT' || role === 'MANAGER' || role === 'ADMIN') ?? false;
}

export function SurveyCampaignsRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  return <SurveyCampaignsPage projectId={projectId} projects={me.data?.projects ?? []} canManage={canManageSurveys(me.data)} />;
}

export function SurveyCampaignRoute() {
  const me = useMe();
  return <SurveyCampaignPage canManage={canManageSurveys(me.data)} canRespond={canHandleSurveyResponses(me.data)} />;
}

export function SurveyCommentsRoute() {
  const me = useMe();
  return <SurveyCommentsPage canHandle={canHandleSurveyResponses(me.data)} />;
}

export function SurveyTemplatesRoute() {
  const me = useMe();
  return <SurveyTemplatesPage canManage={canManageSurveys(me.data)} />;
}

export function SurveyTemplateRoute() {
  const me = useMe();
  return <SurveyTemplatePage canManage={canManageSurveys(me.data)} />;
}
