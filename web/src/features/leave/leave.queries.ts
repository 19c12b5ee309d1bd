import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

const LEAVE_KEY = ['leave-requests'] as const;

export function useLeaveRequests(status?: 'requested') {
  return useQuery({
    queryKey: [...LEAVE_KEY, status ?? 'all'],
    queryFn: () => call(api.GET('/api/leave-requests', { params: { query: status ? { status } : {} } })),
  });
}

export function useRequestLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateLeaveRequestDto']) => call(api.POST('/api/leave-requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LEAVE_KEY }),
  });
}

export function useCancelLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/leave-requests/{id}/cancel', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LEAVE_KEY }),
  });
}

export function useDecideLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: Schemas['DecideLeaveDto'] }) =>
      call(api.POST('/api/leave-requests/{id}/decision', { params: { path: { id: input.id } }, body: input.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LEAVE_KEY }),
  });
}

/** The signed-in employee's own requests (a scheduler's list would otherwise hold their staff's too). */
export function useLeaveRequestsOfMine(employeeId: string) {
  return useQuery({
    queryKey: [...LEAVE_KEY, 'mine', employeeId],
    queryFn: () => call(api.GET('/api/leave-requests', { params: { query: { employeeId } } })),
  });
}
