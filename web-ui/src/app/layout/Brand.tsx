import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" aria-label={t('app.name')}>
      <Flex align="center" gap={10} style={{ height: 56, paddingInline: collapsed ? 0 : 20, justifyContent: collapsed ? 'center' : 'flex-start' }}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        {!collapsed && (
          <div style={{ lineHeight: 1.15 }}>
            <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
              {t('app.name')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.tagline')}
            </Typography.Text>
          </div>
        )}
      </Flex>
    </Link>
  );
}
