import { MenuOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Result, Spin, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { Brand } from '@/app/layout/Brand';
import { NavMenu } from '@/app/layout/NavMenu';
import { ProjectSwitcher } from '@/app/layout/ProjectSwitcher';
import { UserMenu } from '@/app/layout/UserMenu';
import { canInspect, seesQuality } from '@/app/routes/inspection-access';
import { seesQualityPicture } from '@/app/routes/quality-access';
import { canManageKeys, useOverdueKeyCount } from '@/app/routes/key-access';
import { canReadComplaintReview } from '@/app/routes/WorkOrderRoutes';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { TimeZoneNote, TimeZoneProvider } from '@/components/TimeZone';
import { useMe } from '@/features/auth/api/get-me';
import { clearToken } from '@/lib/auth-storage';
import { useCurrentProjectId } from '@/lib/selected-project';

/** Sidebar (a drawer below 992 px), header with project, language and user; the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const overdueKeys = useOverdueKeyCount(me.data);
  const projectId = useCurrentProjectId(me.data);
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const desktop = screens.lg === true;
  const phone = !screens.sm;

  const logout = () => {
    clearToken('logout');
    queryClient.clear();
    void navigate('/login', { replace: true });
  };

  if (me.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('errors.meFailed')}
        extra={[
          <Button key="retry" type="primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </Button>,
          <Button key="logout" onClick={logout}>
            {t('header.logout')}
          </Button>,
        ]}
      />
    );
  }

  const technician = me.data.roles.includes('TECHNICIAN');
  const complaintReview = canReadComplaintReview(me.data);
  const keyManager = canManageKeys(me.data);
  const admin = me.data.roles.includes('ADMIN');
  const quality = seesQuality(me.data);
  const inspector = canInspect(me.data);
  const qualityPicture = seesQualityPicture(me.data);
  const portfolio = qualityPicture && (me.data?.projects.length ?? 0) > 1;
  // Every time on screen is in the project's zone (a page of one project's record selects that project).
  const timeZone = me.data.projects.find((project) => project.id === projectId)?.timezone;
  return (
    <TimeZoneProvider timeZone={timeZone}>
      <Layout style={{ minHeight: '100vh' }}>
        {desktop ? (
          <Layout.Sider
            theme="light"
            width={220}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, height: '100vh' }}
          >
            {/* The menu scrolls under the brand: on a short screen its last items would sit behind the collapse trigger. */}
            <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
              <Brand collapsed={collapsed} />
              <div style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }} data-testid="nav-scroll">
                <NavMenu technician={technician} complaintReview={complaintReview} keyManager={keyManager} admin={admin} quality={quality} inspector={inspector} qualityPicture={qualityPicture} portfolio={portfolio} overdueKeys={overdueKeys} />
              </div>
            </div>
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            width={260}
            closable={false}
            styles={{ body: { padding: 0 } }}
          >
            <Brand />
            <NavMenu
              technician={technician}
              complaintReview={complaintReview}
              keyManager={keyManager}
              admin={admin}
              quality={quality}
              inspector={inspector}
              qualityPicture={qualityPicture}
              portfolio={portfolio}
              overdueKeys={overdueKeys}
              onNavigate={() => setDrawerOpen(false)}
            />
          </Drawer>
        )}
        <Layout>
          <Layout.Header
            style={{
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              paddingInline: phone ? 8 : 16,
              height: 56,
              lineHeight: '56px',
              display: 'flex',
              alignItems: 'center',
              gap: phone ? 4 : 8,
              position: 'sticky',
              top: 0,
              zIndex: 10,
            }}
          >
            {!desktop && (
              <Button type="text" icon={<MenuOutlined />} aria-label={t('header.openMenu')} onClick={() => setDrawerOpen(true)} />
            )}
            <ProjectSwitcher me={me.data} width={phone ? 150 : 240} />
            <TimeZoneNote compact={phone} />
            <div style={{ flex: 1 }} />
            <LanguageSwitch compact={phone} />
            <UserMenu me={me.data} compact={phone} onLogout={logout} />
          </Layout.Header>
          <Layout.Content style={{ padding: phone ? 12 : 24, maxWidth: 1440, width: '100%', margin: '0 auto' }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </TimeZoneProvider>
  );
}
