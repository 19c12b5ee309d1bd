import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

export type Swap = Schemas['SwapView'];
export type ExchangeShift = Schemas['ExchangeShiftView'];
export type ExchangeOption = Schemas['ExchangeOptionView'];
export type MyShift = Schemas['MyShiftView'];

export const SWAPS_KEY = ['swaps'] as const;

export function useSwaps(status?: Swap['status']) {
  return useQuery({
    queryKey: [...SWAPS_KEY, 'list', status ?? 'all'],
    queryFn: () => call(api.GET('/api/swaps', { params: { query: status ? { status } : {} } })),
  });
}

/** My published shifts ahead, to offer one of them. */
export function useMyUpcomingShifts(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['me', 'schedule', range],
    queryFn: () => call(api.GET('/api/me/schedule', { params: { query: range } })),
  });
}

export function useExchangeOptions(shiftId: string | null) {
  return useQuery({
    queryKey: [...SWAPS_KEY, 'options', shiftId],
    queryFn: () => call(api.GET('/api/swaps/exchange-options', { params: { query: { shiftId: shiftId! } } })),
    enabled: Boolean(shiftId),
  });
}

function useSwapMutation<T>(fn: (input: T) => Promise<Swap>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'schedule'] });
      return queryClient.invalidateQueries({ queryKey: SWAPS_KEY });
    },
  });
}

export function useOfferSwap() {
  return useSwapMutation((body: Schemas['OfferSwapDto']) => call(api.POST('/api/swaps', { body })));
}

export function useAnswerSwap() {
  return useSwapMutation((input: { swap: Swap; answer: 'accept' | 'decline' | 'withdraw' }) => {
    const params = { path: { id: input.swap.id } };
    const body = { version: input.swap.version };
    switch (input.answer) {
      case 'accept':
        return call(api.POST('/api/swaps/{id}/accept', { params, body }));
      case 'decline':
        return call(api.POST('/api/swaps/{id}/decline', { params, body }));
      case 'withdraw':
        return call(api.POST('/api/swaps/{id}/withdraw', { params, body }));
    }
  });
}

export function useDecideSwap() {
  return useSwapMutation((input: { swap: Swap; decision: 'approve' | 'reject'; reason?: string }) =>
    call(
      api.POST('/api/swaps/{id}/decision', {
        params: { path: { id: input.swap.id } },
        body: { decision: input.decision, reason: input.reason, version: input.swap.version },
      }),
    ),
  );
}
