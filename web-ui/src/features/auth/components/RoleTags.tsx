import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/features/auth/api/get-me';

const COLORS: Record<Role, string> = {
  ADMIN: 'red',
  MANAGER: 'gold',
  AGENT: 'blue',
  TECHNICIAN: 'green',
  KEY_CUSTODIAN: 'purple',
  QUALITY_SUPERVISOR: 'cyan',
  INTEGRATION: 'default',
};

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={COLORS[role]} style={{ marginInlineEnd: 4 }}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </>
  );
}
