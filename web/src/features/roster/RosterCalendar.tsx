import { DAY_MS, type Profession, addDays } from '@bemanna/shared';
import type {
  CalendarOptions,
  DateSpanApi,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
  SlotLabelContentArg,
} from '@fullcalendar/core';

type ViewOptions = NonNullable<CalendarOptions['views']>[string];
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import svLocale from '@fullcalendar/core/locales/sv';
import interactionPlugin, { type DateClickArg, type DropArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import type {
  ColCellContentArg,
  ResourceInput,
  ResourceLabelContentArg,
  ResourceLaneContentArg,
} from '@fullcalendar/resource';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterView } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { useLabels } from '../../i18n/labels';
import { type CalendarItem, shiftClass } from './calendar-events';
import { renderEventContent } from './event-content';
import { type CoverageSummary, type RowResource, employeeOfRow, isCoverageRow } from './roster-model';
import { RowLabel } from './RowLabel';
import { wallClock } from './shift-times';

export const ROSTER_VIEWS = ['rosterWeek', 'roster2w', 'roster4w', 'rosterPeriod'] as const;
export type RosterViewName = (typeof ROSTER_VIEWS)[number];

/** Set once per page load when the calendar shows its events: the benchmark's "interactive". */
export const INTERACTIVE_MARK = 'roster:interactive';

// The scheduler plugin under its GPL licence: Bemanna is AGPL-3.0-or-later.
const LICENSE_KEY = 'GPL-My-Project-Is-Open-Source';

interface RosterCalendarProps {
  calendarRef: RefObject<FullCalendar | null>;
  view: RosterView;
  resources: readonly RowResource[];
  events: EventInput[];
  /** Employee names for the events' spoken labels. */
  names: ReadonlyMap<string, string>;
  viewName: RosterViewName;
  initialDate: string;
  editable: boolean;
  selectedIds: ReadonlySet<string>;
  highlightId: string | null;
  onShiftClick(shiftId: string, additive: boolean): void;
  onCoverageClick(summary: CoverageSummary): void;
  onCellClick(employeeId: string | null, date: string): void;
  onDropShiftType(shiftTypeId: string, employeeId: string | null, date: string): void;
  onMove(shiftId: string, days: number, employeeId: string | null | undefined, copy: boolean): Promise<boolean>;
  onResize(shiftId: string, start: string, end: string): Promise<boolean>;
  onRangeChange(start: string, endExclusive: string): void;
}

export function RosterCalendar(props: RosterCalendarProps) {
  const { t, i18n } = useTranslation();
  const { view, resources, editable } = props;
  const period = view.period;
  const language = currentLanguage(i18n.language);

  const views = useMemo(
    (): Record<RosterViewName, ViewOptions> => ({
      // The week is drawn on a time scale: shifts at their hours, edges drag in 15-minute steps.
      rosterWeek: {
        type: 'resourceTimeline',
        duration: { weeks: 1 },
        slotDuration: { hours: 6 },
        snapDuration: { minutes: 15 },
        slotLabelFormat: [
          { weekday: 'short', day: 'numeric', month: 'numeric' },
          { hour: '2-digit', hour12: false },
        ],
        slotMinWidth: 22,
      },
      roster2w: dayScale(2, 34),
      roster4w: dayScale(4, 30),
      rosterPeriod: dayScale(period.weeks, 30),
    }),
    [period.weeks],
  );

  const fcResources: ResourceInput[] = useMemo(
    () => resources.map((r) => ({ id: r.id, title: r.id, group: r.group, order: r.order, extendedProps: { row: r } })),
    [resources],
  );

  // The benchmark's figure: from navigation until the calendar shows the roster's events.
  useEffect(() => {
    if (performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
    let frame = requestAnimationFrame(function check() {
      if (props.events.length === 0 || document.querySelector('.roster-calendar .fc-timeline-event')) {
        performance.mark(INTERACTIVE_MARK);
        return;
      }
      frame = requestAnimationFrame(check);
    });
    return () => cancelAnimationFrame(frame);
  }, [props.events]);

  const selectionStyle = useMemo(() => {
    const rules: string[] = [];
    if (props.selectedIds.size > 0) {
      rules.push(
        `${[...props.selectedIds].map((id) => `.roster-calendar .${shiftClass(id)}`).join(',')} { outline: 3px solid var(--color-text); outline-offset: 1px; z-index: 5; }`,
      );
    }
    if (props.highlightId) {
      rules.push(`.roster-calendar .${shiftClass(props.highlightId)} { animation: roster-flash 1.2s ease-out 2; }`);
    }
    return rules.join('\n');
  }, [props.selectedIds, props.highlightId]);

  // FullCalendar re-renders whenever an option changes identity: handlers read the latest props
  // through a ref, and every option object is built once per real change.
  const latest = useRef(props);
  latest.current = props;
  const validRange = useMemo(
    () => ({ start: period.startDate, end: addDays(period.endDate, 1) }),
    [period.startDate, period.endDate],
  );

  const handlers = useMemo(
    () => ({
      datesSet: (arg: DatesSetArg) => latest.current.onRangeChange(arg.startStr.slice(0, 10), arg.endStr.slice(0, 10)),
      eventAllow: (span: DateSpanApi) => !isCoverageRow((span as { resource?: { id: string } }).resource?.id),
      eventClick: (arg: EventClickArg) => {
        const item = itemOf(arg);
        arg.jsEvent.preventDefault();
        if (!item) return;
        const additive = arg.jsEvent.shiftKey || arg.jsEvent.ctrlKey || arg.jsEvent.metaKey;
        if (item.kind === 'shift') latest.current.onShiftClick(item.shift.id, additive);
        else if (item.kind === 'coverage') latest.current.onCoverageClick(item.summary);
      },
      dateClick: (arg: DateClickArg) => {
        const rowId = arg.resource?.id;
        if (!rowId || isCoverageRow(rowId)) return;
        latest.current.onCellClick(employeeOfRow(rowId), arg.dateStr.slice(0, 10));
      },
      drop: (arg: DropArg) => {
        const rowId = arg.resource?.id;
        const shiftTypeId = arg.draggedEl.dataset.shiftTypeId;
        if (!rowId || !shiftTypeId || isCoverageRow(rowId)) return;
        latest.current.onDropShiftType(shiftTypeId, employeeOfRow(rowId), arg.dateStr.slice(0, 10));
      },
      eventDrop: (arg: EventDropArg) => {
        const item = itemOf(arg);
        if (item?.kind !== 'shift') return arg.revert();
        const days = Math.round((arg.event.start!.getTime() - Date.parse(item.shift.start)) / DAY_MS);
        const newRow = arg.newResource?.id;
        const employeeId = newRow === undefined ? undefined : employeeOfRow(newRow);
        const copy = arg.jsEvent.altKey || arg.jsEvent.ctrlKey || arg.jsEvent.metaKey;
        // A copy leaves the original where it was; the new shift arrives with the API's answer.
        if (copy) arg.revert();
        void latest.current.onMove(item.shift.id, days, employeeId, copy).then((ok) => {
          if (!ok && !copy) arg.revert();
        });
      },
      eventResize: (arg: EventResizeDoneArg) => {
        const item = itemOf(arg);
        if (item?.kind !== 'shift') return arg.revert();
        void latest.current
          .onResize(item.shift.id, localText(arg.event.startStr), localText(arg.event.endStr))
          .then((ok) => !ok && arg.revert());
      },
      resourceLabelContent: (arg: ResourceLabelContentArg) => (
        <RowLabel resource={arg.resource.extendedProps.row as RowResource} />
      ),
      resourceLaneClassNames: (arg: ResourceLaneContentArg) =>
        (arg.resource.extendedProps.row as RowResource).kind === 'coverage' ? ['roster-lane--coverage'] : [],
      resourceLabelClassNames: (arg: ResourceLabelContentArg) => [
        `roster-label--${(arg.resource.extendedProps.row as RowResource).kind}`,
      ],
    }),
    [],
  );

  const groupLabel = useCallback(
    (arg: ColCellContentArg) => <GroupLabel group={String(arg.groupValue)} resources={resources} />,
    [resources],
  );
  // Narrow day columns: weekday above the day of the month.
  const slotLabelContent = useCallback(
    (arg: SlotLabelContentArg) => {
      if (props.viewName === 'rosterWeek' || arg.level !== 1) return arg.text;
      const cut = arg.text.lastIndexOf(' ');
      const day = document.createElement('span');
      day.className = 'slot-day';
      for (const part of [arg.text.slice(0, cut), arg.text.slice(cut + 1)]) {
        const span = document.createElement('span');
        span.textContent = part;
        day.appendChild(span);
      }
      return { domNodes: [day] };
    },
    [props.viewName],
  );
  const eventContent = useCallback(
    (arg: EventContentArg) => {
      const item = itemOf(arg);
      // A shift type dragged in from the palette has no item yet: show its code while dragging.
      if (!item) return arg.event.title;
      return renderEventContent(item, { t, language, viewName: props.viewName, names: props.names });
    },
    [t, language, props.viewName, props.names],
  );

  return (
    <div className={`roster-calendar roster-calendar--${props.viewName === 'rosterWeek' ? 'hours' : 'days'}`}>
      <style>{selectionStyle}</style>
      <FullCalendar
        ref={props.calendarRef}
        plugins={PLUGINS}
        schedulerLicenseKey={LICENSE_KEY}
        timeZone="Europe/Stockholm"
        locales={LOCALES}
        locale={language === 'sv' ? 'sv' : 'en-gb'}
        firstDay={1}
        weekNumberCalculation="ISO"
        initialView={props.viewName}
        initialDate={props.initialDate}
        views={views}
        slotLabelContent={slotLabelContent}
        validRange={validRange}
        headerToolbar={false}
        height="auto"
        stickyHeaderDates
        stickyFooterScrollbar
        resourceAreaWidth="14rem"
        resourceAreaHeaderContent={t('roster.calendar.rows')}
        resources={fcResources}
        resourceGroupField="group"
        resourceOrder="group,order"
        resourceGroupLabelContent={groupLabel}
        resourceLabelContent={handlers.resourceLabelContent}
        resourceLaneClassNames={handlers.resourceLaneClassNames}
        resourceLabelClassNames={handlers.resourceLabelClassNames}
        events={props.events}
        eventOrder="start"
        eventContent={eventContent}
        // Our content shows the times; FullCalendar's own time text would be formatted for each of
        // a thousand events and thrown away (a third of a four-week roster's render time).
        displayEventTime={false}
        eventInteractive
        // A night shift belongs to the day it starts on, in the day columns.
        nextDayThreshold="12:00"
        editable={editable}
        eventStartEditable={editable}
        eventDurationEditable={editable && props.viewName === 'rosterWeek'}
        eventResourceEditable={editable}
        droppable={editable}
        eventAllow={handlers.eventAllow}
        dropAccept=".palette__item"
        datesSet={handlers.datesSet}
        eventClick={handlers.eventClick}
        dateClick={handlers.dateClick}
        drop={handlers.drop}
        eventDrop={handlers.eventDrop}
        eventResize={handlers.eventResize}
      />
    </div>
  );
}

const PLUGINS = [resourceTimelinePlugin, interactionPlugin, luxonPlugin];
const LOCALES = [svLocale, enGbLocale];

function itemOf(arg: { event: { extendedProps: Record<string, unknown> } }): CalendarItem | undefined {
  return arg.event.extendedProps.item as CalendarItem | undefined;
}

function dayScale(weeks: number, slotMinWidth: number): ViewOptions {
  return {
    type: 'resourceTimeline',
    duration: { weeks },
    slotDuration: { days: 1 },
    slotLabelFormat: [{ week: 'short' }, { weekday: 'short', day: 'numeric' }],
    slotMinWidth,
  };
}

/** The calendar's own ISO strings are in its (Stockholm) zone: keep the wall clock, drop the offset. */
function localText(iso: string): string {
  const { date, time } = wallClock(iso);
  return `${date}T${time}`;
}

function GroupLabel({ group, resources }: { group: string; resources: readonly RowResource[] }) {
  const { t } = useTranslation();
  const members = resources.filter((r) => r.group === group);
  const first = members[0];
  if (!first) return null;
  switch (first.kind) {
    case 'open':
      return <span className="roster-group">{t('roster.calendar.openGroup')}</span>;
    case 'coverage':
      return <span className="roster-group">{t('roster.calendar.coverageGroup')}</span>;
    case 'employee':
      return <ProfessionGroup profession={first.row.profession} count={members.length} />;
  }
}

function ProfessionGroup({ profession, count }: { profession: Profession; count: number }) {
  const labels = useLabels();
  return (
    <span className="roster-group">
      {labels.profession(profession)} <span className="roster-group__count">({count})</span>
    </span>
  );
}
