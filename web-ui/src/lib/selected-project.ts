import { useSyncExternalStore } from 'react';

/**
 * The project the user works in, shared by every page (the header's switcher sets it, a project
 * page's URL sets it too). Kept in localStorage so that it survives a reload.
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
