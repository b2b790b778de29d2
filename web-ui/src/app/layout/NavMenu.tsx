import { AppstoreOutlined, DashboardOutlined, KeyOutlined, SmileOutlined, ToolOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const ITEMS = [
  { key: '/', icon: <DashboardOutlined />, label: 'nav.dashboard' },
  { key: '/work-orders', icon: <ToolOutlined />, label: 'nav.workOrders' },
  { key: '/keys', icon: <KeyOutlined />, label: 'nav.keys' },
  { key: '/surveys', icon: <SmileOutlined />, label: 'nav.surveys' },
  { key: '/projects', icon: <AppstoreOutlined />, label: 'nav.projects' },
] as const;

function selectedKey(pathname: string): string {
  const match = ITEMS.filter((item) => item.key !== '/' && (pathname === item.key || pathname.startsWith(`${item.key}/`)));
  return match[0]?.key ?? (pathname === '/' ? '/' : '');
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      items={ITEMS.map((item) => ({ key: item.key, icon: item.icon, label: t(item.label) }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
