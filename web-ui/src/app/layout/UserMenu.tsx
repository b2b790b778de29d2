import { DownOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/features/auth/api/get-me';
import { ChangePasswordModal } from '@/features/auth/components/ChangePasswordModal';
import { RoleTags } from '@/features/auth/components/RoleTags';

export function UserMenu({ me, compact, onLogout }: { me: Me; compact: boolean; onLogout: () => void }) {
  const { t } = useTranslation();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'who',
              disabled: true,
              style: { cursor: 'default' },
              label: (
                <div style={{ maxWidth: 260 }}>
                  <Typography.Text strong style={{ display: 'block' }}>
                    {me.displayName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 6 }}>
                    {me.username}
                  </Typography.Text>
                  <RoleTags roles={me.roles} />
                </div>
              ),
            },
            { type: 'divider' },
            { key: 'password', icon: <LockOutlined />, label: t('account.changePassword'), onClick: () => setChangingPassword(true) },
            { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: onLogout, danger: true },
          ],
        }}
      >
        <Button type="text" aria-label={t('header.userMenu')} data-testid="user-menu" style={{ paddingInline: 6 }}>
          <Space size={6}>
            <Avatar size={28} style={{ backgroundColor: '#1677ff' }}>
              {Array.from(me.displayName.trim())[0] ?? '?'}
            </Avatar>
            {!compact && <span>{me.displayName}</span>}
            {!compact && <DownOutlined style={{ fontSize: 10 }} />}
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} username={me.username} onClose={() => setChangingPassword(false)} />
    </>
  );
}
