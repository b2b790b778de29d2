import { useTranslation } from 'react-i18next';
import { ModuleNotEnabled } from '@/components/ModuleNotEnabled';
import { PageHeader } from '@/components/PageHeader';

/** A module that this installation does not enable yet (surveys). */
export function ModuleRoute({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  return (
    <>
      <PageHeader title={title} />
      <ModuleNotEnabled moduleName={title} />
    </>
  );
}
