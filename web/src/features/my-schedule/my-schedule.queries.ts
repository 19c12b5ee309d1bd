import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api } from '../../api/client';

export const MY_SCHEDULE_KEY = ['my-schedule'] as const;
const FEED_KEY = ['calendar-feed'] as const;

/** The employee's published shifts in [from, to], with changes since they last looked. */
export function useMySchedule(from: string, to: string) {
  return useQuery({
    queryKey: [...MY_SCHEDULE_KEY, from, to],
    queryFn: () => call(api.GET('/api/me/schedule', { params: { query: { from, to } } })),
  });
}

export function useMarkScheduleSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/api/me/schedule/seen')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_SCHEDULE_KEY }),
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: FEED_KEY, queryFn: () => call(api.GET('/api/calendar-feed')) });
}

/** A new secret address (the old one stops working); the answer is the only time it is shown. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.POST('/api/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}
