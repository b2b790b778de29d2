import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { renderWithApp, setTestLanguage } from '@/testing/render';

function Page() {
  const { t } = useTranslation();
  return (
    <>
      <LanguageSwitch />
      <h1>{t('nav.workOrders')}</h1>
      {/* Ant Design's own text follows the language too. */}
      <Empty />
    </>
  );
}

const emptyText = () => document.querySelector('.ant-empty-description')?.textContent;

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    localStorage.clear();
  });

  it('switches zh-CN → en → zh-CN, with Ant Design, <html lang> and the stored choice following', async () => {
    const user = userEvent.setup();
    renderWithApp(<Page />);
    expect(screen.getByRole('heading')).toHaveTextContent('工单');
    expect(emptyText()).toBe('暂无数据');

    await user.click(screen.getByTestId('language-switch'));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));

    await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Work orders'));
    expect(emptyText()).toBe('No data');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('steward.language')).toBe('en');

    await user.click(screen.getByTestId('language-switch'));
    await user.click(await screen.findByRole('menuitem', { name: '简体中文' }));
    await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('工单'));
    expect(emptyText()).toBe('暂无数据');
    expect(localStorage.getItem('steward.language')).toBe('zh-CN');
  });
});
