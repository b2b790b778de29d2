import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Project = Schemas['Project'];
export type ProjectPage = Schemas['ProjectPage'];

const PAGE_SIZE = 50;

/** GET /api/v1/projects — the caller's projects, ordered by code, one page. */
export async function listProjects(cursor: string | undefined, signal?: AbortSignal): Promise<ProjectPage> {
  const { data } = await unwrap(
    api.GET('/api/v1/projects', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } }, signal }),
  );
  return data;
}

export const projectsQueryKey = ['projects', 'list'] as const;

export function projectsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: projectsQueryKey,
    queryFn: ({ pageParam, signal }) => listProjects(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProjects() {
  return useInfiniteQuery(projectsQueryOptions());
}
