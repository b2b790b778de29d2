import { AppstoreOutlined, DashboardOutlined, KeyOutlined, MobileOutlined, SmileOutlined, ToolOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const ITEMS = [
  { key: '/', icon: <DashboardOutlined />, label: 'nav.dashboard' },
  { key: '/work-orders/mine', icon: <MobileOutlined />, label: 'nav.myWorkOrders' },
  { key: '/work-orders', icon: <ToolOutlined />, label: 'nav.workOrders' },
  { key: '/keys', icon: <KeyOutlined />, label: 'nav.keys' },
  { key: '/surveys', icon: <SmileOutlined />, label: 'nav.surveys' },
  { key: '/projects', icon: <AppstoreOutlined />, label: 'nav.projects' },
] as const;

function selectedKey(pathname: string): string {
  const match = ITEMS.filter((item) => item.key !== '/' && (pathname === item.key || pathname.startsWith(`${item.key}/`)));
  return match[0]?.key ?? (pathname === '/' ? '/' : '');
}

/** The sidebar; "My orders" only for technicians. */
export function NavMenu({ onNavigate, technician = false }: { onNavigate?: () => void; technician?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      items={ITEMS.filter((item) => technician || item.key !== '/work-orders/mine').map((item) => ({ key: item.key, icon: item.icon, label: t(item.label) }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
