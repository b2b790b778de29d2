import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { notifyError } from '@/app/notifier';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { appRoutes } from '@/app/app-routes';
import i18n from '@/i18n/i18n';
import { clearToken } from '@/lib/auth-storage';

function createApp() {
  const router = createBrowserRouter(appRoutes);
  const queryClient = createQueryClient({
    notify: notifyError,
    translate: (key, options) => i18n.t(key, options),
    onUnauthorized: () => {
      // The token is gone or no longer accepted: forget it and everything loaded with it.
      clearToken();
      queryClient.clear();
      const { pathname, search } = router.state.location;
      if (pathname === '/login') return;
      const redirect = `${pathname}${search}`;
      void router.navigate(`/login?expired=1${redirect === '/' ? '' : `&redirect=${encodeURIComponent(redirect)}`}`, {
        replace: true,
      });
    },
  });
  return { router, queryClient };
}

export function App() {
  const [{ router, queryClient }] = useState(createApp);
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
