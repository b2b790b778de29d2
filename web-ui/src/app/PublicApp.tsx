import '@/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { publicI18n } from '@/app/public-i18n';
import { PublicSurveyPage } from '@/features/public-survey/routes/PublicSurveyPage';

/** The page shows every failure itself, as a state of the page: no app-wide error policy, no notifications. */
export function createPublicQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false }, mutations: { retry: false } } });
}

export function PublicProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={publicI18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}

/** `/s/{token}` → the token (what follows `/s/`, without a trailing slash). */
export function tokenOfPath(path: string): string {
  return decodeURIComponent(/^\/s\/([^/]+)\/?$/.exec(path)?.[1] ?? '');
}

/**
 * What a resident's survey link (`/s/{token}`) loads: the answer page alone — no router, no Ant Design, no staff
 * texts — so a phone on 4G gets to the first question quickly (main.tsx picks it; bench/public-survey-weight.mjs
 * measures it, and the build fails above 200 KB compressed).
 */
export function PublicApp() {
  const [queryClient] = useState(createPublicQueryClient);
  return (
    <PublicProviders queryClient={queryClient}>
      <PublicSurveyPage token={tokenOfPath(window.location.pathname)} />
    </PublicProviders>
  );
}
