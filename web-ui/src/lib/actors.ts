import { useTranslation } from 'react-i18next';

/** The user the server itself acts as (SLA breaches, overdue scans): its stored name is Chinese, so clients name it in their own language. */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000001';

/** An actor's name from the server, in the user's language: "系统" becomes "System" in English. */
export function useActorName(): (actorId: string | undefined, name: string) => string {
  const { t } = useTranslation();
  return (actorId, name) => (actorId === SYSTEM_ACTOR_ID ? t('common.systemActor') : name);
}
