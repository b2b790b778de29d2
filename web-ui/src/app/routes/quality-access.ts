import type { Me } from '@/features/auth/api/get-me';

/** Who reads the quality picture (品质看板; the shell's menu needs it without loading the screens); the API checks again. */
export function seesQualityPicture(me: Me | undefined): boolean {
  return me?.roles.some((role) => role === 'MANAGER' || role === 'ADMIN' || role === 'QUALITY_SUPERVISOR') ?? false;
}
