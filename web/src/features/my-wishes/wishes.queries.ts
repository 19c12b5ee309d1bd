import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

const wishesKey = (periodId: string) => ['wishes', periodId] as const;

/** Periods of my units that are open for wishes or published (the API lists no drafts to staff). */
export function useMyPeriods() {
  return useQuery({ queryKey: ['roster-periods', 'mine'], queryFn: () => call(api.GET('/api/roster-periods')) });
}

export function usePeriodWishes(periodId: string | null) {
  return useQuery({
    queryKey: wishesKey(periodId ?? ''),
    queryFn: () => call(api.GET('/api/roster-periods/{id}/wishes', { params: { path: { id: periodId! } } })),
    enabled: Boolean(periodId),
  });
}

/** Saves all my wishes of the period at once (the server checks the department's limits). */
export function useSaveWishes(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (wishes: Schemas['WishDto'][]) =>
      call(api.PUT('/api/roster-periods/{id}/wishes', { params: { path: { id: periodId } }, body: { wishes } })),
    onSuccess: (data) => queryClient.setQueryData(wishesKey(periodId), data),
  });
}
