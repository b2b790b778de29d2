import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { notifyError } from '@/app/notifier';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import i18n from '@/i18n/i18n';
import { PublicSurveyPage } from '@/features/public-survey/routes/PublicSurveyPage';

/**
 * What a resident's survey link (`/s/{token}`) loads: the answer page alone, without the staff app's
 * screens, charts or shell, so a phone on 4G gets to the first question quickly (main.tsx picks it).
 */
function createPublicApp() {
  const router = createBrowserRouter([{ path: '/s/:token', element: <PublicSurveyPage /> }]);
  const queryClient = createQueryClient({ notify: notifyError, translate: (key, options) => i18n.t(key, options), onUnauthorized: () => undefined });
  return { router, queryClient };
}

export function PublicApp() {
  const [{ router, queryClient }] = useState(createPublicApp);
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
