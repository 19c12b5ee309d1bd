import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api } from '../../api/client';

export function useSkills() {
  return useQuery({ queryKey: ['skills'], queryFn: () => call(api.GET('/api/skills')) });
}
