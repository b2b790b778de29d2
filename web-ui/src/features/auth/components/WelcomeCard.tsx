import { Avatar, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/features/auth/api/get-me';
import { RoleTags } from '@/features/auth/components/RoleTags';

export function WelcomeCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Space size={16} align="center" wrap>
        <Avatar size={56} style={{ backgroundColor: '#1677ff', fontSize: 24 }}>
          {initialOf(me.displayName)}
        </Avatar>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dashboard.welcome', { name: me.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {me.username} · {t('dashboard.projectCount', { count: me.projects.length })}
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <RoleTags roles={me.roles} />
          </div>
        </div>
      </Space>
    </Card>
  );
}

function initialOf(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}
