import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Campaigns and templates: the two lists of the surveys module, one tap apart. */
export function SurveyNav({ current }: { current: 'campaigns' | 'templates' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented
      value={current}
      onChange={(value) => void navigate(value === 'templates' ? '/surveys/templates' : '/surveys')}
      options={[
        { value: 'campaigns', label: t('surveys.nav.campaigns') },
        { value: 'templates', label: t('surveys.nav.templates') },
      ]}
      style={{ marginBottom: 16 }}
    />
  );
}
