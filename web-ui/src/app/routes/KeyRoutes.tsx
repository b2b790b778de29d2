import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { canManageKeys } from '@/app/routes/key-access';
import { useMe, type Me } from '@/features/auth/api/get-me';
import { useLiveKeys } from '@/features/keys/api/live-updates';
import { CheckoutDeskPage } from '@/features/keys/routes/CheckoutDeskPage';
import { KeyLabelsPage } from '@/features/keys/routes/KeyLabelsPage';
import { KeyPage } from '@/features/keys/routes/KeyPage';
import { KeysPage } from '@/features/keys/routes/KeysPage';
import { OverdueKeysPage } from '@/features/keys/routes/OverdueKeysPage';
import { StocktakePage } from '@/features/keys/routes/StocktakePage';
import { StocktakesPage } from '@/features/keys/routes/StocktakesPage';
import { setSelectedProjectId, useCurrentProjectId } from '@/lib/selected-project';
import { useUpdateSearchParams } from '@/lib/search-params';

/** Who may verify the custody ledger's hash chain. */
function canVerifyKeyLedger(me: Me | undefined): boolean {
  return canManageKeys(me) || (me?.roles.includes('INTEGRATION') ?? false);
}

/** A technician (and nothing else) sees only the keys they hold. */
function seesOwnKeysOnly(me: Me | undefined): boolean {
  return me !== undefined && me.roles.length > 0 && me.roles.every((role) => role === 'TECHNICIAN');
}

/**
 * The ledger's project is in its URL too (`?project=`), so that a link opens the same list: a link
 * to another of my projects switches the header to it, and switching in the header rewrites the URL.
 */
function useLedgerProjectId(me: Me | undefined): string | undefined {
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const headerProject = useCurrentProjectId(me);
  const fromUrl = params.get('project');
  const linked = fromUrl && me?.projects.some((project) => project.id === fromUrl) ? fromUrl : undefined;
  const lastHeaderProject = useRef(headerProject);

  useEffect(() => {
    if (!headerProject) return;
    if (headerProject !== lastHeaderProject.current || !linked) {
      lastHeaderProject.current = headerProject;
      if (fromUrl === headerProject) return;
      update({ project: headerProject });
    } else if (linked !== headerProject) {
      setSelectedProjectId(linked);
    }
  }, [headerProject, linked, fromUrl, update]);

  return linked ?? headerProject;
}

export function KeysRoute() {
  const me = useMe();
  const projectId = useLedgerProjectId(me.data);
  useLiveKeys(projectId);
  return <KeysPage projectId={projectId} canManage={canManageKeys(me.data)} ownKeysOnly={seesOwnKeysOnly(me.data)} />;
}

export function KeyRoute() {
  const me = useMe();
  useLiveKeys();
  return <KeyPage canVerifyLedger={canVerifyKeyLedger(me.data)} />;
}

export function KeyLabelsRoute() {
  const me = useMe();
  return <KeyLabelsPage projectId={useCurrentProjectId(me.data)} />;
}

export function CheckoutDeskRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveKeys(projectId);
  return <CheckoutDeskPage projectId={projectId} canManage={canManageKeys(me.data)} />;
}

export function OverdueKeysRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveKeys(projectId);
  return <OverdueKeysPage projectId={projectId} canManage={canManageKeys(me.data)} />;
}

export function StocktakesRoute() {
  const me = useMe();
  const projectId = useCurrentProjectId(me.data);
  useLiveKeys(projectId);
  return <StocktakesPage projectId={projectId} canManage={canManageKeys(me.data)} />;
}

export function StocktakeRoute() {
  const me = useMe();
  return <StocktakePage canManage={canManageKeys(me.data)} />;
}
