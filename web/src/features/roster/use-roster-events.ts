import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { PERIODS_KEY, rosterKey } from './roster.queries';

interface RosterEvent {
  periodId: string;
  kind: 'shift-created' | 'shift-updated' | 'shift-deleted' | 'period-changed';
  shiftId: string | null;
  byUserId: string;
}

/**
 * Other schedulers' changes to the period, live (server-sent events on the session cookie): the
 * view refetches shortly after a burst of changes, and the page says that someone else changed it.
 */
export function useRosterEvents(periodId: string, myUserId: string): { changedByOthers: number } {
  const queryClient = useQueryClient();
  const [changedByOthers, setChangedByOthers] = useState(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/roster-periods/${periodId}/events`);
    const onRoster = (message: MessageEvent<string>) => {
      let event: RosterEvent;
      try {
        event = JSON.parse(message.data) as RosterEvent;
      } catch {
        return;
      }
      // Our own writes are already in the view.
      if (event.byUserId === myUserId) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        setChangedByOthers((n) => n + 1);
        void queryClient.invalidateQueries({ queryKey: rosterKey(periodId) });
        if (event.kind === 'period-changed') void queryClient.invalidateQueries({ queryKey: PERIODS_KEY });
      }, 300);
    };
    source.addEventListener('roster', onRoster as EventListener);
    return () => {
      window.clearTimeout(timer.current);
      source.removeEventListener('roster', onRoster as EventListener);
      source.close();
    };
  }, [periodId, myUserId, queryClient]);

  return { changedByOthers };
}
