import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas, type ShiftType } from '../../api/client';

const KEY = ['shift-types'] as const;

export function useShiftTypes(departmentId: string | null) {
  return useQuery({
    queryKey: [...KEY, departmentId],
    queryFn: () => call(api.GET('/api/shift-types', { params: { query: { departmentId: departmentId! } } })),
    enabled: Boolean(departmentId),
  });
}

export type ShiftTypeInput =
  { id: null; body: Schemas['CreateShiftTypeDto'] } | { id: string; body: Schemas['UpdateShiftTypeDto'] };

export function useSaveShiftType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ShiftTypeInput): Promise<ShiftType> =>
      input.id === null
        ? call(api.POST('/api/shift-types', { body: input.body }))
        : call(api.PATCH('/api/shift-types/{id}', { params: { path: { id: input.id } }, body: input.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteShiftType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/shift-types/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
