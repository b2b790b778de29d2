import '@/lib/query-meta';
import '@/styles.css';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { notifyError } from '@/app/notifier';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { appRoutes } from '@/app/app-routes';
import i18n from '@/i18n/i18n';
import { clearToken } from '@/lib/auth-storage';
import { onServerResync } from '@/lib/server-events';

function createApp() {
  const router = createBrowserRouter(appRoutes);
  const queryClient = createQueryClient({
    notify: notifyError,
    translate: (key, options) => i18n.t(key, options),
    onUnauthorized: () => {
      // The token is gone or no longer accepted: forget it and everything loaded with it.
      // <RequireAuth> sees the token go and sends the user to /login (saying the session ended).
      clearToken();
      queryClient.clear();
    },
  });
  // The live stream could not replay what it missed: reload everything on screen.
  onServerResync(() => void queryClient.invalidateQueries());
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
