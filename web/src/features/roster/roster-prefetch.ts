import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '../../auth/session';
import { departmentsQuery } from '../departments/departments.queries';
import { skillsQuery } from '../skills/skills.queries';
import { ruleCatalogQuery, rosterPeriodQuery, rosterViewQuery } from './roster.queries';

/**
 * Starts everything the roster builder needs the moment its address is known: its code and its
 * data load side by side instead of one after the other (the page's code is the biggest chunk,
 * the roster the slowest answer). Nothing waits for it; the page's queries pick up the results.
 */
export function prefetchRosterPage(queryClient: QueryClient, periodId: string | undefined): null {
  void import('./RosterPage');
  // The session first: every page waits for it, and the server answers it at once, before it
  // is busy with the roster.
  void queryClient.prefetchQuery(meQuery);
  void queryClient.prefetchQuery(departmentsQuery);
  void queryClient.prefetchQuery(skillsQuery);
  void queryClient.prefetchQuery(ruleCatalogQuery);
  if (periodId) {
    void queryClient.prefetchQuery(rosterPeriodQuery(periodId));
    void queryClient.prefetchQuery(rosterViewQuery(periodId));
  }
  // A route loader's answer; the page reads its data from the query cache.
  return null;
}
