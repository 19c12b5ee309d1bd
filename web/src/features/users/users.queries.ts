import type { Role } from '@bemanna/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas, type User } from '../../api/client';

const KEY = ['users'] as const;

export interface UserFilters {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...KEY, 'list', filters],
    queryFn: () => call(api.GET('/api/users', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => call(api.GET('/api/users/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

// The OpenAPI document types `employeeId` of the user DTOs as an object (a missing `type: String`
// in the API's decorator); on the wire it is a uuid string or null.
type Fix<T> = Omit<T, 'employeeId'> & { employeeId?: string | null };
export type CreateUserBody = Fix<Schemas['CreateUserDto']>;
export type UpdateUserBody = Fix<Schemas['UpdateUserDto']>;

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody): Promise<User> =>
      call(api.POST('/api/users', { body: body as Schemas['CreateUserDto'] })),
    onSuccess: (saved) => {
      queryClient.setQueryData([...KEY, 'one', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody): Promise<User> =>
      call(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: body as Schemas['UpdateUserDto'] })),
    onSuccess: (saved) => {
      queryClient.setQueryData([...KEY, 'one', saved.id], saved);
      return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}
