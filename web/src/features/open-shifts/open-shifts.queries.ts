import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

export type OpenShift = Schemas['OpenShiftView'];
export type ExtraTime = Schemas['ExtraTimeView'];
export type SelfServiceSettings = Schemas['SelfServiceSettingsView'];

export const OPEN_SHIFTS_KEY = ['open-shifts'] as const;

export function useOpenShifts(departmentId?: string) {
  return useQuery({
    queryKey: [...OPEN_SHIFTS_KEY, 'list', departmentId ?? 'all'],
    queryFn: () => call(api.GET('/api/open-shifts', { params: { query: departmentId ? { departmentId } : {} } })),
  });
}

export function useUnassignedShifts(departmentId: string | null) {
  return useQuery({
    queryKey: [...OPEN_SHIFTS_KEY, 'unassigned', departmentId],
    queryFn: () => call(api.GET('/api/open-shifts/unassigned', { params: { query: { departmentId: departmentId! } } })),
    enabled: Boolean(departmentId),
  });
}

export function useExtraHours() {
  return useQuery({
    queryKey: [...OPEN_SHIFTS_KEY, 'preferences'],
    queryFn: () => call(api.GET('/api/open-shifts/preferences')),
  });
}

function useOpenShiftMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: OPEN_SHIFTS_KEY }) });
}

export function useSetExtraHours() {
  return useOpenShiftMutation((wantsExtraHours: boolean) =>
    call(api.PUT('/api/open-shifts/preferences', { body: { wantsExtraHours } })),
  );
}

export function useApply() {
  return useOpenShiftMutation((posting: OpenShift) =>
    call(api.POST('/api/open-shifts/{id}/applications', { params: { path: { id: posting.id } } })),
  );
}

/** Takes back my interest while nobody has been chosen. */
export function useWithdrawApplication() {
  return useOpenShiftMutation((posting: OpenShift) =>
    call(api.DELETE('/api/open-shifts/{id}/applications/mine', { params: { path: { id: posting.id } } })),
  );
}

export function usePublishOpenShift() {
  return useOpenShiftMutation((body: Schemas['PublishOpenShiftDto']) => call(api.POST('/api/open-shifts', { body })));
}

export function useAssign() {
  return useOpenShiftMutation((input: { posting: OpenShift; employeeId: string }) =>
    call(
      api.POST('/api/open-shifts/{id}/assign', {
        params: { path: { id: input.posting.id } },
        body: { employeeId: input.employeeId, version: input.posting.version },
      }),
    ),
  );
}

export function useWithdrawOpenShift() {
  return useOpenShiftMutation((posting: OpenShift) =>
    call(api.POST('/api/open-shifts/{id}/withdraw', { params: { path: { id: posting.id } } })),
  );
}

export function useSelfServiceSettings(departmentId: string | null) {
  return useQuery({
    queryKey: ['self-service-settings', departmentId],
    queryFn: () =>
      call(
        api.GET('/api/departments/{departmentId}/self-service-settings', {
          params: { path: { departmentId: departmentId! } },
        }),
      ),
    enabled: Boolean(departmentId),
  });
}

export function useSaveSelfServiceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { departmentId: string; body: Schemas['SelfServiceSettingsDto'] }) =>
      call(
        api.PUT('/api/departments/{departmentId}/self-service-settings', {
          params: { path: { departmentId: input.departmentId } },
          body: input.body,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['self-service-settings', saved.departmentId], saved);
      return queryClient.invalidateQueries({ queryKey: OPEN_SHIFTS_KEY });
    },
  });
}
