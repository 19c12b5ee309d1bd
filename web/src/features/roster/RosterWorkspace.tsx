import { PROFESSIONS, type Profession, addDays, isoWeekOf } from '@bemanna/shared';
import type FullCalendar from '@fullcalendar/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Me, RosterView, Violation } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSkills } from '../skills/skills.queries';
import { buildEvents, buildWishEvents, shiftClass } from './calendar-events';
import { CoverageDetails } from './CoverageDetails';
import { OverridePrompt } from './OverridePrompt';
import { ROSTER_VIEWS, RosterCalendar, type RosterViewName } from './RosterCalendar';
import { RuleViolationList } from './RuleViolationList';
import { useRosterWishes, useRuleCatalog } from './roster.queries';
import {
  type CoverageSummary,
  type RowFilters,
  buildResources,
  indexViolations,
  summariseCoverage,
} from './roster-model';
import { ShiftForm, type ShiftFormMode } from './ShiftForm';
import { ShiftPalette } from './ShiftPalette';
import { useRosterEditing } from './use-roster-editing';
import { useRosterEvents } from './use-roster-events';
import { ViolationsPanel } from './ViolationsPanel';
import { WishSummary } from './WishSummary';
import { ReplacementSuggestions } from './generation/ReplacementSuggestions';

type Panel = { kind: 'form'; mode: ShiftFormMode } | { kind: 'coverage'; summary: CoverageSummary } | null;

interface RosterWorkspaceProps {
  view: RosterView;
  me: Me;
  editable: boolean;
}

/** The roster builder for one loaded period: toolbar, palette, calendar, coverage and the side panel. */
export function RosterWorkspace({ view, me, editable }: RosterWorkspaceProps) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const skills = useSkills();
  const catalog = useRuleCatalog();
  const calendarRef = useRef<FullCalendar | null>(null);
  const period = view.period;

  const viewName: RosterViewName = (ROSTER_VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as RosterViewName)
    : period.weeks === 1
      ? 'rosterWeek'
      : 'roster2w';
  const filters: RowFilters = {
    profession: (PROFESSIONS as readonly string[]).includes(params.get('profession') ?? '')
      ? (params.get('profession') as Profession)
      : '',
    skillId: params.get('skill') ?? '',
    problems:
      params.get('problems') === 'hard' || params.get('problems') === 'any'
        ? (params.get('problems') as 'hard' | 'any')
        : 'all',
  };
  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [highlight, setHighlight] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [armed, setArmed] = useState<string | null>(null);
  const [range, setRange] = useState<{ start: string; end: string }>({ start: period.startDate, end: period.endDate });
  const [changeReason, setChangeReason] = useState('');
  const published = period.state === 'published';

  const editing = useRosterEditing(period.id, { canOverride: me.canOverrideRules, changeReason });
  const live = useRosterEvents(period.id, me.id);

  const index = useMemo(() => indexViolations(view.violations), [view.violations]);
  const resources = useMemo(
    () => buildResources(view, index, filters),
    [view, index, filters.profession, filters.skillId, filters.problems],
  );
  const visibleRows = useMemo(() => new Set(resources.map((r) => r.id)), [resources]);
  const coverage = useMemo(() => summariseCoverage(view.coverage), [view.coverage]);
  const showWishes = params.get('wishes') === '1';
  const wishes = useRosterWishes(period.id, showWishes);
  const events = useMemo(
    () => [
      ...buildEvents(view, index, coverage, visibleRows, editable),
      ...(showWishes && wishes.data ? buildWishEvents(wishes.data.wishes, view.shiftTypes, visibleRows) : []),
    ],
    [view, index, coverage, visibleRows, editable, showWishes, wishes.data],
  );
  const names = useMemo(
    () => new Map(view.rows.map((r) => [r.employeeId, `${r.firstName} ${r.lastName}`])),
    [view.rows],
  );

  // Shifts that are gone (deleted here or by someone else) leave the selection.
  useEffect(() => {
    const ids = new Set(view.shifts.map((s) => s.id));
    setSelected((sel) => ([...sel].every((id) => ids.has(id)) ? sel : new Set([...sel].filter((id) => ids.has(id)))));
    setPanel((p) => (p?.kind === 'form' && p.mode.kind === 'edit' && !ids.has(p.mode.shift.id) ? null : p));
  }, [view.shifts]);

  const shiftById = useCallback((id: string) => view.shifts.find((s) => s.id === id), [view.shifts]);
  const editedShift = panel?.kind === 'form' && panel.mode.kind === 'edit' ? shiftById(panel.mode.shift.id) : undefined;

  const selectShift = (id: string, additive: boolean) => {
    if (additive) {
      setSelected((sel) => {
        const next = new Set(sel);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      setPanel(null);
      return;
    }
    setSelected(new Set([id]));
    const shift = shiftById(id);
    if (shift) setPanel({ kind: 'form', mode: { kind: 'edit', shift } });
  };

  const deleteSelection = (ids: string[]) => {
    if (!editable || ids.length === 0) return;
    setSelected(new Set());
    setPanel(null);
    void editing.deleteShifts(ids);
  };

  const placeType = (shiftTypeId: string, employeeId: string | null, date: string) =>
    editing.createShift({ employeeId, shiftTypeId, date });

  const showShift = useCallback(
    (shiftId: string) => {
      const shift = shiftById(shiftId);
      const api = calendarRef.current?.getApi();
      if (!shift || !api) return;
      if (shift.employeeId && !visibleRows.has(shift.employeeId))
        setParam({ profession: null, skill: null, problems: null });
      if (shift.date < range.start || shift.date >= range.end) api.gotoDate(shift.date);
      setSelected(new Set([shiftId]));
      setPanel({ kind: 'form', mode: { kind: 'edit', shift } });
      setHighlight(shiftId);
      window.setTimeout(() => setHighlight((h) => (h === shiftId ? null : h)), 2600);
      // After the calendar has drawn the shift (other dates or rows may have to render first).
      window.setTimeout(() => {
        const el = document.querySelector<HTMLElement>(`.roster-calendar .${shiftClass(shiftId)}`);
        el?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
        el?.focus({ preventScroll: true });
      }, 80);
    },
    [shiftById, visibleRows, range],
  );

  const showViolation = (v: Violation) => {
    // The later shift is usually the one to move (the one that starts too soon).
    const shiftId = [...v.shiftIds].reverse().find((id) => shiftById(id));
    if (shiftId) return showShift(shiftId);
    const row = document.querySelector<HTMLElement>(`.roster-calendar [data-employee-id="${v.employeeId}"]`);
    row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const focusedShiftId = (): string | null => {
    const el = (document.activeElement as HTMLElement | null)?.closest('.roster-event');
    const cls = el ? [...el.classList].find((c) => c.startsWith('roster-shift-')) : undefined;
    return cls ? cls.slice('roster-shift-'.length) : null;
  };

  // Keyboard users select by moving focus: Tab to a shift, then Delete or Enter.
  const onFocus = (e: React.FocusEvent) => {
    // Only keyboard focus: a click selects through the calendar (and shift-click adds to the selection).
    if (!(e.target as HTMLElement).matches(':focus-visible')) return;
    const id = focusedShiftId();
    if (id && !selected.has(id)) setSelected(new Set([id]));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      const focused = focusedShiftId();
      const ids = selected.size > 0 ? [...selected] : focused ? [focused] : [];
      if (ids.length > 0) {
        e.preventDefault();
        deleteSelection(ids);
      }
    } else if (e.key === 'Escape') {
      setSelected(new Set());
      setArmed(null);
    }
  };

  // Ctrl+Z (⌘Z) undoes the last change while the page has focus, except inside a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return;
      if ((e.target as HTMLElement).closest?.('input, select, textarea')) return;
      e.preventDefault();
      void editing.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing.undo]);

  const changeView = (name: RosterViewName) => {
    setParam({ view: name });
    calendarRef.current?.getApi().changeView(name);
  };

  const rangeLabel = useMemo(() => {
    const last = addDays(range.end, -1);
    const w1 = isoWeekOf(range.start).week;
    const w2 = isoWeekOf(last).week;
    const fmt = new Intl.DateTimeFormat(i18n.language.startsWith('sv') ? 'sv-SE' : 'en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
    });
    const d = (s: string) => fmt.format(new Date(`${s}T12:00:00Z`));
    return `${w1 === w2 ? t('roster.toolbar.week', { week: w1 }) : t('roster.toolbar.weeks', { from: w1, to: w2 })} · ${d(range.start)} – ${d(last)}`;
  }, [range, i18n.language, t]);

  const liveText = live.changedByOthers > 0 ? t('roster.live.changed') : null;

  return (
    <div className="roster-workspace">
      <div className="roster-toolbar card">
        <div className="roster-toolbar__nav">
          <div className="segmented" role="group" aria-label={t('roster.toolbar.viewLabel')}>
            {ROSTER_VIEWS.map((name) => (
              <button
                key={name}
                type="button"
                className="segmented__button"
                aria-pressed={viewName === name}
                onClick={() => changeView(name)}
              >
                {t(`roster.toolbar.views.${name}`)}
              </button>
            ))}
          </div>
          <div className="roster-toolbar__range">
            <button
              type="button"
              className="button button--secondary roster-toolbar__step"
              aria-label={t('roster.toolbar.previous')}
              disabled={range.start <= period.startDate}
              onClick={() => calendarRef.current?.getApi().prev()}
            >
              ‹
            </button>
            <span className="roster-toolbar__label" aria-live="polite">
              {rangeLabel}
            </span>
            <button
              type="button"
              className="button button--secondary roster-toolbar__step"
              aria-label={t('roster.toolbar.next')}
              disabled={range.end > period.endDate}
              onClick={() => calendarRef.current?.getApi().next()}
            >
              ›
            </button>
          </div>
          {editable ? (
            <div className="roster-toolbar__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() =>
                  setPanel({
                    kind: 'form',
                    mode: { kind: 'new', employeeId: null, date: range.start, shiftTypeId: null },
                  })
                }
              >
                {t('roster.toolbar.newShift')}
              </button>
            </div>
          ) : null}
        </div>
        <div className="roster-toolbar__tools">
          {showWishes && wishes.data ? <WishSummary wishes={wishes.data} names={names} /> : null}
          <div className="roster-toolbar__filters" role="search" aria-label={t('roster.filters.label')}>
            <Field label={t('roster.filters.profession')}>
              {(p) => (
                <select {...p} value={filters.profession} onChange={(e) => setParam({ profession: e.target.value })}>
                  <option value="">{t('roster.filters.allProfessions')}</option>
                  {PROFESSIONS.filter((k) => view.rows.some((r) => r.profession === k)).map((k) => (
                    <option key={k} value={k}>
                      {labels.profession(k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('roster.filters.skill')}>
              {(p) => (
                <select {...p} value={filters.skillId} onChange={(e) => setParam({ skill: e.target.value })}>
                  <option value="">{t('roster.filters.allSkills')}</option>
                  {(skills.data ?? []).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('roster.filters.rows')}>
              {(p) => (
                <select
                  {...p}
                  value={filters.problems}
                  onChange={(e) => setParam({ problems: e.target.value === 'all' ? null : e.target.value })}
                >
                  <option value="all">{t('roster.filters.allRows')}</option>
                  <option value="hard">{t('roster.filters.hardRows')}</option>
                  <option value="any">{t('roster.filters.anyRows')}</option>
                </select>
              )}
            </Field>
            <label className="roster-toolbar__check">
              <input
                type="checkbox"
                checked={showWishes}
                onChange={(e) => setParam({ wishes: e.target.checked ? '1' : null })}
              />
              {t('roster.wishes.show')}
            </label>
            {editable && published ? (
              <Field label={t('roster.toolbar.changeReason')} hint={t('roster.toolbar.changeReasonHint')}>
                {(p) => (
                  <input
                    {...p}
                    value={changeReason}
                    maxLength={500}
                    onChange={(e) => setChangeReason(e.target.value)}
                  />
                )}
              </Field>
            ) : null}
          </div>
        </div>
      </div>

      {editing.error ? (
        <div className="roster-messages">
          <ErrorBanner
            error={editing.error}
            shownFields={panel?.kind === 'form' ? ['start', 'end', 'breakMinutes', 'employeeId', 'note'] : []}
          />
          <RuleViolationList error={editing.error} catalog={catalog.data} />
        </div>
      ) : null}
      {editing.pendingOverride ? <OverridePrompt pending={editing.pendingOverride} catalog={catalog.data} /> : null}
      {/* With the dock, the status line lives there: nothing above the calendar moves as you work. */}
      {editable ? null : <StatusMessage message={liveText} />}

      <div className="roster-layout">
        <div className="roster-layout__main" onKeyDown={onKeyDown} onFocus={onFocus}>
          {editable ? (
            // Stays in view while scrolling down a long roster: drag targets are far below.
            <div className="roster-dock">
              <ShiftPalette shiftTypes={view.shiftTypes} armedId={armed} onArm={setArmed} />
              <div className="roster-dock__actions">
                <StatusMessage message={editing.status ?? liveText} />
                {selected.size > 1 ? (
                  <span className="roster-dock__selection">
                    {t('roster.toolbar.selected', { count: selected.size })}
                  </span>
                ) : null}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={!editing.undoLabel || editing.busy}
                  onClick={() => void editing.undo()}
                  title={editing.undoLabel ? t('roster.toolbar.undoTitle', { action: editing.undoLabel }) : undefined}
                >
                  <span aria-hidden="true">↶ </span>
                  {editing.undoLabel
                    ? t('roster.toolbar.undoNamed', { action: editing.undoLabel })
                    : t('roster.toolbar.undo')}
                </button>
              </div>
            </div>
          ) : null}
          <RosterCalendar
            calendarRef={calendarRef}
            view={view}
            resources={resources}
            events={events}
            names={names}
            viewName={viewName}
            initialDate={period.startDate}
            editable={editable}
            selectedIds={selected}
            highlightId={highlight}
            onShiftClick={selectShift}
            onCoverageClick={(summary) => setPanel({ kind: 'coverage', summary })}
            onCellClick={(employeeId, date) => {
              if (!editable) return;
              if (armed) {
                void placeType(armed, employeeId, date);
                return;
              }
              setSelected(new Set());
              setPanel({ kind: 'form', mode: { kind: 'new', employeeId, date, shiftTypeId: null } });
            }}
            onDropShiftType={(shiftTypeId, employeeId, date) => void placeType(shiftTypeId, employeeId, date)}
            onMove={(shiftId, days, employeeId, copy) => {
              const ids = selected.has(shiftId) && selected.size > 1 ? [...selected] : [shiftId];
              return copy ? editing.copyShifts(ids, days, employeeId) : editing.moveShifts(ids, days, employeeId);
            }}
            onResize={(shiftId, start, end) => editing.updateShift(shiftId, { start, end })}
            onRangeChange={(start, end) => setRange((r) => (r.start === start && r.end === end ? r : { start, end }))}
          />
          <p className="roster-help">{editable ? t('roster.help.editable') : t('roster.help.readOnly')}</p>
        </div>
        <aside className="roster-layout__side" aria-label={t('roster.side.label')}>
          {panel?.kind === 'form' ? (
            <ShiftForm
              key={
                panel.mode.kind === 'edit'
                  ? `${panel.mode.shift.id}-${editedShift?.version}`
                  : `new-${panel.mode.employeeId}-${panel.mode.date}`
              }
              mode={panel.mode.kind === 'edit' && editedShift ? { kind: 'edit', shift: editedShift } : panel.mode}
              view={view}
              catalog={catalog.data}
              editable={editable}
              busy={editing.busy}
              error={editing.error}
              onCreate={(body) => editing.createShift(body)}
              onUpdate={(id, changes) => editing.updateShift(id, changes)}
              onDelete={(id) => deleteSelection([id])}
              onClose={() => {
                setPanel(null);
                setSelected(new Set());
              }}
            />
          ) : null}
          {editable && editedShift && editedShift.employeeId === null ? (
            <ReplacementSuggestions
              key={editedShift.id}
              shift={editedShift}
              catalog={catalog.data}
              busy={editing.busy}
              onChoose={(employeeId) => void editing.updateShift(editedShift.id, { employeeId })}
            />
          ) : null}
          {panel?.kind === 'coverage' ? (
            <CoverageDetails
              summary={
                coverage.find((c) => c.date === panel.summary.date && c.shiftTypeId === panel.summary.shiftTypeId) ??
                panel.summary
              }
              view={view}
              skills={skills.data ?? []}
              onClose={() => setPanel(null)}
            />
          ) : null}
          <ViolationsPanel rows={view.rows} index={index} catalog={catalog.data} onShow={showViolation} />
        </aside>
      </div>
    </div>
  );
}
