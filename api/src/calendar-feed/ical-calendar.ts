import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendarMethod, default as ical } from 'ical-generator';

const STOCKHOLM = 'Europe/Stockholm';

export interface FeedShift {
  id: string;
  version: number;
  startAt: Date;
  endAt: Date;
  updatedAt: Date;
  shiftTypeName: string | null;
  shiftTypeCode: string | null;
  departmentName: string;
  note: string | null;
}

/**
 * An iCalendar document of shifts in Europe/Stockholm with its VTIMEZONE. UIDs are the shift ids
 * and SEQUENCE its version, so a calendar app updates an edited shift instead of duplicating it.
 */
export function shiftsCalendar(name: string, shifts: FeedShift[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Bemanna', product: 'Bemanna schema', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: STOCKHOLM, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
  for (const s of shifts) {
    const title = s.shiftTypeName ? `${s.shiftTypeName} (${s.shiftTypeCode})` : 'Pass';
    calendar.createEvent({
      id: `${s.id}@bemanna`,
      sequence: s.version,
      // ical-generator writes a Date's wall-clock fields under the TZID; a TZDate gives Stockholm's
      // fields whatever the server's own zone is.
      start: new TZDate(s.startAt.getTime(), STOCKHOLM),
      end: new TZDate(s.endAt.getTime(), STOCKHOLM),
      timezone: STOCKHOLM,
      stamp: s.updatedAt,
      summary: `${title} – ${s.departmentName}`,
      location: s.departmentName,
      description: s.note ?? undefined,
    });
  }
  return stampsInUtc(calendar.toString(), shifts);
}

/**
 * ical-generator writes DTSTAMP in the calendar's time zone, but RFC 5545 §3.8.7.2 requires UTC:
 * rewrite each event's stamp (events come out in the order they were added).
 */
function stampsInUtc(text: string, shifts: readonly FeedShift[]): string {
  let index = 0;
  return text.replace(/^DTSTAMP:\d{8}T\d{6}Z?\r?$/gm, (line) => {
    const shift = shifts[index++];
    const eol = line.endsWith('\r') ? '\r' : '';
    return shift
      ? `DTSTAMP:${shift.updatedAt
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '')}${eol}`
      : line;
  });
}
