import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

export const DEPARTMENTS_KEY = ['departments'] as const;

export const departmentsQuery = queryOptions({
  queryKey: DEPARTMENTS_KEY,
  queryFn: () => call(api.GET('/api/departments')),
});

export function useDepartments() {
  return useQuery(departmentsQuery);
}

export function useSaveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; body: Schemas['CreateDepartmentDto'] & { version?: number } }) =>
      input.id
        ? call(api.PATCH('/api/departments/{id}', { params: { path: { id: input.id } }, body: input.body }))
        : call(api.POST('/api/departments', { body: input.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY }),
  });
}

export function useDeleteDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/departments/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY }),
  });
}
