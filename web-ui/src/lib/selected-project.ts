import { useEffect, useSyncExternalStore } from 'react';

/**
 * The project the user works in, shared by every page. One rule (docs/decisions.md): the header's switcher always
 * names the project of what is on screen. A page opened by URL that belongs to one project (a work order, a key, a
 * campaign, a project, `?project=`) selects that project; switching in the header on such a page leaves it for the
 * same section of the other project. Kept in localStorage so that it survives a reload.
 */
const KEY = 'steward.projectId';
const listeners = new Set<() => void>();

export function getSelectedProjectId(): string | null {
  return localStorage.getItem(KEY);
}

export function setSelectedProjectId(projectId: string | null): void {
  if (projectId === getSelectedProjectId()) return;
  if (projectId) localStorage.setItem(KEY, projectId);
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSelectedProjectId(): string | null {
  return useSyncExternalStore(subscribe, getSelectedProjectId, () => null);
}

/** The header's project when it is one of mine, else my first. */
export function useCurrentProjectId(me: { projects: readonly { id: string }[] } | undefined): string | undefined {
  const selected = useSelectedProjectId();
  if (!me) return undefined;
  return me.projects.some((project) => project.id === selected) ? (selected ?? undefined) : me.projects[0]?.id;
}

/** A page of one project's record (opened by a link, say) makes that project the header's. */
export function useFollowProject(projectId: string | undefined): void {
  useEffect(() => {
    if (projectId) setSelectedProjectId(projectId);
  }, [projectId]);
}
