import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ES modules: `antd/locale/*` are CommonJS, and Vite's interop hands their `{ default }` wrapper
// to ConfigProvider, which then finds no texts and falls back to English (vitest's interop hides it).
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { setNotificationInstance } from '@/app/notifier';
import i18n from '@/i18n/i18n';

function NotifierBridge() {
  const { notification } = AntdApp.useApp();
  useEffect(() => {
    setNotificationInstance(notification);
    return () => setNotificationInstance(undefined);
  }, [notification]);
  return null;
}

/** Ant Design follows the UI language (its own texts, e.g. "No data", and date pickers). */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const locale = instance.language === 'zh-CN' ? zhCN : enUS;
  return (
    <ConfigProvider
      locale={locale}
      // No space inserted between two Chinese characters of a button ("派 单" → "派单").
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#1677ff',
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
        },
      }}
    >
      <AntdApp>
        <NotifierBridge />
        {children}
      </AntdApp>
    </ConfigProvider>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
