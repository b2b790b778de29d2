import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import i18n, { changeLanguage } from '@/i18n/i18n';
import type { Language } from '@/i18n/language';

export async function setTestLanguage(language: Language) {
  await changeLanguage(language);
}

/** Renders routes (or one element at "/") inside the app's providers, with spies for the error policy. */
export function renderWithApp(
  routesOrElement: RouteObject[] | ReactElement,
  { path = '/', onUnauthorized }: { path?: string; onUnauthorized?: () => void } = {},
) {
  const notify = vi.fn();
  const unauthorized = vi.fn(onUnauthorized);
  const queryClient = createQueryClient({
    notify,
    onUnauthorized: unauthorized,
    translate: (key, options) => i18n.t(key, options),
  });
  const routes = Array.isArray(routesOrElement) ? routesOrElement : [{ path: '*', element: routesOrElement }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders queryClient={queryClient}>
      {/* No open/close animations: a closed dialog is gone at once, as the tests expect, and nothing waits on timers. */}
      <ConfigProvider theme={{ token: { motion: false } }}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </AppProviders>,
  );
  return { ...result, router, queryClient, notify, onUnauthorized: unauthorized };
}
