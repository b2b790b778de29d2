import {
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  SettingOutlined,
  TeamOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FundOutlined,
  TrophyOutlined,
  KeyOutlined,
  MobileOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SmileOutlined,
  ToolOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Badge, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * A menu entry; `keyManagers`: only for those who keep the keys; `admins`: only for ADMIN; `overdueBadge`: shows the
 * overdue-key count; `quality`: only for who reads inspections; `inspectors`: only for who runs them.
 */
type Item = {
  key: string;
  icon?: ReactNode;
  label: string;
  children?: readonly Item[];
  keyManagers?: boolean;
  admins?: boolean;
  overdueBadge?: boolean;
  quality?: boolean;
  inspectors?: boolean;
  /** The quality picture: MANAGER, ADMIN, QUALITY_SUPERVISOR; the ranking only with several projects. */
  picture?: boolean;
  portfolio?: boolean;
};
type MenuItem = { key: string; icon?: ReactNode; label: ReactNode; children?: MenuItem[] };

const WORK_ORDERS_GROUP = 'work-orders';
const KEYS_GROUP = 'keys';
const ADMIN_GROUP = 'admin';
const QUALITY_GROUP = 'quality';
const MINE = '/work-orders/mine';
const COMPLAINT_REVIEW = '/work-orders/complaint-review';
const SURVEYS = '/surveys';

const ITEMS: readonly Item[] = [
  { key: '/', icon: <DashboardOutlined />, label: 'nav.dashboard' },
  { key: MINE, icon: <MobileOutlined />, label: 'nav.myWorkOrders' },
  {
    key: WORK_ORDERS_GROUP,
    icon: <ToolOutlined />,
    label: 'nav.workOrders',
    children: [
      { key: '/work-orders', icon: <UnorderedListOutlined />, label: 'nav.workOrderList' },
      { key: '/work-orders/stats', icon: <BarChartOutlined />, label: 'nav.workOrderStats' },
      { key: COMPLAINT_REVIEW, icon: <ProfileOutlined />, label: 'nav.complaintReview' },
    ],
  },
  {
    key: KEYS_GROUP,
    icon: <KeyOutlined />,
    label: 'nav.keys',
    overdueBadge: true,
    children: [
      { key: '/keys', label: 'keys.nav.ledger' },
      { key: '/keys/desk', label: 'keys.nav.desk', keyManagers: true },
      { key: '/keys/overdue', label: 'keys.nav.overdue', overdueBadge: true },
      { key: '/keys/stocktakes', label: 'keys.nav.stocktakes', keyManagers: true },
    ],
  },
  { key: SURVEYS, icon: <SmileOutlined />, label: 'nav.surveys' },
  { key: '/quality', icon: <FundOutlined />, label: 'quality.nav', picture: true },
  { key: '/quality/portfolio', icon: <TrophyOutlined />, label: 'quality.navPortfolio', picture: true, portfolio: true },
  { key: '/quality/reports', icon: <FileTextOutlined />, label: 'quality.reports.nav', picture: true },
  {
    key: QUALITY_GROUP,
    icon: <AuditOutlined />,
    label: 'inspections.nav.group',
    quality: true,
    children: [
      { key: '/inspections/today', label: 'inspections.nav.today', inspectors: true },
      { key: '/inspections/new', label: 'inspections.nav.start', inspectors: true },
      { key: '/inspections', label: 'inspections.nav.inspections' },
      { key: '/inspections/tasks', label: 'inspections.nav.tasks' },
      { key: '/inspections/plans', label: 'inspections.nav.plans' },
      { key: '/inspections/vacant-units', label: 'inspections.nav.vacantUnits' },
      { key: '/rectifications', label: 'inspections.nav.rectifications' },
      { key: '/inspections/monthly', label: 'inspections.nav.brief' },
      { key: '/inspections/templates', label: 'inspections.nav.templates' },
    ],
  },
  { key: '/projects', icon: <AppstoreOutlined />, label: 'nav.projects' },
  {
    key: ADMIN_GROUP,
    icon: <SettingOutlined />,
    label: 'admin.nav',
    admins: true,
    children: [
      { key: '/admin/users', icon: <TeamOutlined />, label: 'admin.users.title' },
      { key: '/admin/projects', icon: <AppstoreOutlined />, label: 'nav.projects' },
      { key: '/admin/api-clients', icon: <ApiOutlined />, label: 'apiClients.nav' },
      { key: '/admin/webhooks', icon: <NotificationOutlined />, label: 'webhooks.title' },
    ],
  },
];

const LEAVES = ITEMS.flatMap((item) => item.children ?? [item]);

/** The most specific entry for a path: /work-orders/stats, else /work-orders for an order's page; /keys/<id> is the ledger. */
function selectedKey(pathname: string): string {
  if (pathname === '/') return '/';
  const matches = LEAVES.filter((item) => item.key !== '/' && (pathname === item.key || pathname.startsWith(`${item.key}/`)));
  return matches.sort((a, b) => b.key.length - a.key.length)[0]?.key ?? '';
}

function withBadge(label: string, count: number | undefined): ReactNode {
  if (!count) return label;
  return (
    <span>
      {label} <Badge count={count} size="small" overflowCount={99} data-testid="overdue-keys-badge" />
    </span>
  );
}

/**
 * The sidebar; "My orders" only for technicians (who have no surveys), the complaint review only for those who may read it, the key
 * counter and stock-take only for key managers; the keys entries carry the overdue count.
 */
export function NavMenu({
  onNavigate,
  technician = false,
  complaintReview = false,
  keyManager = false,
  admin = false,
  quality = false,
  inspector = false,
  qualityPicture = false,
  portfolio = false,
  overdueKeys,
}: {
  onNavigate?: () => void;
  technician?: boolean;
  complaintReview?: boolean;
  keyManager?: boolean;
  admin?: boolean;
  quality?: boolean;
  inspector?: boolean;
  qualityPicture?: boolean;
  portfolio?: boolean;
  overdueKeys?: number | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const shown = (item: Item) =>
    (technician ? item.key !== SURVEYS : item.key !== MINE) && (complaintReview || item.key !== COMPLAINT_REVIEW) && (keyManager || !item.keyManagers) && (admin || !item.admins) && (quality || !item.quality) && (inspector || !item.inspectors) &&
    (qualityPicture || !item.picture) && (portfolio || !item.portfolio);
  const toMenu = (item: Item): MenuItem => ({
    key: item.key,
    icon: item.icon,
    label: item.overdueBadge ? withBadge(t(item.label), overdueKeys) : t(item.label),
    ...(item.children ? { children: item.children.filter(shown).map(toMenu) } : {}),
  });
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      defaultOpenKeys={[WORK_ORDERS_GROUP, ...(pathname.startsWith('/keys') ? [KEYS_GROUP] : []), ...(pathname.startsWith('/admin') ? [ADMIN_GROUP] : []), ...(/^\/(inspections|rectifications)/.test(pathname) ? [QUALITY_GROUP] : [])]}
      style={{ borderInlineEnd: 'none' }}
      items={ITEMS.filter(shown).map(toMenu)}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
