import type { PeriodState, RuleCatalog } from '@bemanna/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type RosterPeriod, type Schemas } from '../../api/client';

export const PERIODS_KEY = ['roster-periods'] as const;
export const rosterKey = (periodId: string) => ['roster', periodId] as const;

export function useRosterPeriods(departmentId: string | null) {
  return useQuery({
    queryKey: [...PERIODS_KEY, 'list', departmentId],
    queryFn: () => call(api.GET('/api/roster-periods', { params: { query: { departmentId: departmentId! } } })),
    enabled: Boolean(departmentId),
  });
}

export const rosterPeriodQuery = (periodId: string | undefined) =>
  queryOptions({
    queryKey: [...PERIODS_KEY, 'one', periodId],
    queryFn: () => call(api.GET('/api/roster-periods/{id}', { params: { path: { id: periodId! } } })),
    enabled: Boolean(periodId),
  });

export function useRosterPeriod(periodId: string | undefined) {
  return useQuery(rosterPeriodQuery(periodId));
}

/** The roster builder's whole view of a period; refetched after writes and on others' changes. */
export const rosterViewQuery = (periodId: string | undefined) =>
  queryOptions({
    queryKey: rosterKey(periodId ?? ''),
    queryFn: () => call(api.GET('/api/roster-periods/{id}/roster', { params: { path: { id: periodId! } } })),
    enabled: Boolean(periodId),
    staleTime: 5_000,
  });

export function useRosterView(periodId: string | undefined) {
  return useQuery(rosterViewQuery(periodId));
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateRosterPeriodDto']) => call(api.POST('/api/roster-periods', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PERIODS_KEY }),
  });
}

export function useDeletePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/roster-periods/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PERIODS_KEY }),
  });
}

export function useTransitionPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: RosterPeriod; to: PeriodState }) =>
      call(
        api.POST('/api/roster-periods/{id}/transition', {
          params: { path: { id: input.period.id } },
          body: { to: input.to, version: input.period.version },
        }),
      ),
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PERIODS_KEY }),
        queryClient.invalidateQueries({ queryKey: rosterKey(input.period.id) }),
      ]),
  });
}

/** Titles and sources of the rules (the OpenAPI document types it as a plain object). */
export const ruleCatalogQuery = queryOptions({
  queryKey: ['rules', 'catalog'],
  queryFn: async () => (await call(api.GET('/api/rules/catalog'))) as unknown as RuleCatalog,
  staleTime: Infinity,
});

export function useRuleCatalog() {
  return useQuery(ruleCatalogQuery);
}

export const needsKey = (departmentId: string) => ['staffing-needs', departmentId] as const;

export function useStaffingNeeds(departmentId: string | null) {
  return useQuery({
    queryKey: needsKey(departmentId ?? ''),
    queryFn: () =>
      call(
        api.GET('/api/departments/{departmentId}/staffing-needs', {
          params: { path: { departmentId: departmentId! } },
        }),
      ),
    enabled: Boolean(departmentId),
  });
}

export function useSaveStaffingNeeds(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (needs: Schemas['StaffingNeedDto'][]) =>
      call(
        api.PUT('/api/departments/{departmentId}/staffing-needs', {
          params: { path: { departmentId } },
          body: { needs },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(needsKey(departmentId), saved);
      // Every period of the department shows coverage against these needs.
      return queryClient.invalidateQueries({ queryKey: ['roster'] });
    },
  });
}

/**
 * The period's wishes with whether the roster meets each. Keyed under the roster, so every
 * roster refetch (after a write, or another scheduler's change) refreshes them too.
 */
export function useRosterWishes(periodId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...rosterKey(periodId), 'wishes'],
    queryFn: () => call(api.GET('/api/roster-periods/{id}/wishes', { params: { path: { id: periodId } } })),
    enabled,
  });
}
