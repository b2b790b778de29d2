import { AppstoreAddOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A module of Steward that this installation does not offer (yet). */
export function ModuleNotEnabled({ moduleName }: { moduleName: string }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        icon={<AppstoreAddOutlined style={{ color: '#8c8c8c' }} />}
        title={t('moduleNotEnabled.title', { module: moduleName })}
        subTitle={t('moduleNotEnabled.detail')}
        extra={
          <Link to="/">
            <Button type="primary">{t('moduleNotEnabled.back')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
