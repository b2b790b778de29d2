import { SurveyResultsPage } from '@/features/surveys/routes/SurveyResultsPage';

/** Loaded on demand (app-routes), so ECharts is fetched only by those who open the results. */
export function SurveyResultsRoute() {
  return <SurveyResultsPage />;
}
