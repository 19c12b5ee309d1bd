import type { Profession } from '@bemanna/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Employee, type Schemas } from '../../api/client';

export interface EmployeeFilters {
  q?: string;
  departmentId?: string;
  profession?: Profession;
  skillId?: string;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

export const EMPLOYEES_KEY = ['employees'] as const;

export function useEmployees(filters: EmployeeFilters, enabled = true) {
  return useQuery({
    queryKey: [...EMPLOYEES_KEY, 'list', filters],
    queryFn: () => call(api.GET('/api/employees', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEmployee(id: string | null | undefined) {
  return useQuery({
    queryKey: [...EMPLOYEES_KEY, 'one', id],
    queryFn: () => call(api.GET('/api/employees/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export type EmployeeBody = Schemas['CreateEmployeeDto'] & { active?: boolean; version?: number };

export function useSaveEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; body: EmployeeBody }): Promise<Employee> =>
      input.id
        ? call(api.PATCH('/api/employees/{id}', { params: { path: { id: input.id } }, body: input.body }))
        : call(api.POST('/api/employees', { body: input.body })),
    onSuccess: (saved) => {
      queryClient.setQueryData([...EMPLOYEES_KEY, 'one', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: [...EMPLOYEES_KEY, 'list'] });
    },
  });
}
