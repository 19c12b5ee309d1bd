import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api } from '../../api/client';

export const skillsQuery = queryOptions({ queryKey: ['skills'], queryFn: () => call(api.GET('/api/skills')) });

export function useSkills() {
  return useQuery(skillsQuery);
}
