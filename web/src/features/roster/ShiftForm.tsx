import { type RuleCatalog, addDays, isoWeekOf } from '@bemanna/shared';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterView, Schemas, Shift } from '../../api/client';
import { Field } from '../../ui/Field';
import { ShiftChip } from '../../ui/ShiftChip';
import { useFormErrors } from '../../ui/useFormErrors';
import { dayLabel, shortDayLabel } from '../../ui/day-label';
import { shiftTypeTimes, timeRange, wallClock, wallClockText } from './shift-times';
import { ViolationText } from './ViolationText';

export type ShiftFormMode =
  { kind: 'edit'; shift: Shift } | { kind: 'new'; employeeId: string | null; date: string; shiftTypeId: string | null };

interface ShiftFormProps {
  mode: ShiftFormMode;
  view: RosterView;
  catalog: RuleCatalog | undefined;
  editable: boolean;
  busy: boolean;
  error: unknown;
  onCreate(body: Omit<Schemas['CreateShiftDto'], 'periodId'>): Promise<boolean>;
  onUpdate(id: string, changes: Omit<Schemas['UpdateShiftDto'], 'version'>): Promise<boolean>;
  onDelete(id: string): void;
  onClose(): void;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The keyboard way to create, reassign, retime or delete a shift (and see its rule findings). */
export function ShiftForm({
  mode,
  view,
  catalog,
  editable,
  busy,
  error,
  onCreate,
  onUpdate,
  onDelete,
  onClose,
}: ShiftFormProps) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(error, formRef);
  const shift = mode.kind === 'edit' ? mode.shift : null;
  const types = view.shiftTypes.filter((s) => s.active || s.id === shift?.shiftTypeId);
  const initialType = shift
    ? shift.shiftTypeId
    : mode.kind === 'new'
      ? (mode.shiftTypeId ?? types[0]?.id ?? null)
      : null;
  const initialTimes = shift
    ? { start: wallClock(shift.startLocal).time, end: wallClock(shift.endLocal).time }
    : (() => {
        const type = types.find((s) => s.id === initialType);
        return type ? { start: type.startTime, end: type.endTime } : { start: '07:00', end: '15:30' };
      })();
  const initial = {
    employeeId: shift ? (shift.employeeId ?? '') : mode.kind === 'new' ? (mode.employeeId ?? '') : '',
    shiftTypeId: initialType ?? '',
    date: shift ? shift.date : mode.kind === 'new' ? mode.date : view.period.startDate,
    start: initialTimes.start,
    end: initialTimes.end,
    breakMinutes: String(shift ? shift.breakMinutes : (types.find((s) => s.id === initialType)?.breakMinutes ?? 0)),
    note: shift?.note ?? '',
  };
  const [form, setForm] = useState(initial);
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const set = (field: keyof typeof initial, value: string) => {
    edit(field === 'date' ? 'start' : field);
    setLocalError((e) => ({ ...e, [field]: '' }));
    setForm((f) => ({ ...f, [field]: value }));
  };

  const dates = useMemo(() => {
    const list: string[] = [];
    for (let d = view.period.startDate; d <= view.period.endDate; d = addDays(d, 1)) list.push(d);
    return list;
  }, [view.period.startDate, view.period.endDate]);
  const rows = useMemo(
    () =>
      [...view.rows].sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'sv')),
    [view.rows],
  );
  const ownViolations = shift ? view.violations.filter((v) => v.shiftIds.includes(shift.id)) : [];
  const shiftType = view.shiftTypes.find((s) => s.id === form.shiftTypeId);
  const person = view.rows.find((r) => r.employeeId === form.employeeId);

  const chooseType = (id: string) => {
    const type = view.shiftTypes.find((s) => s.id === id);
    edit('shiftTypeId');
    setForm((f) => ({
      ...f,
      shiftTypeId: id,
      ...(type ? { start: type.startTime, end: type.endTime, breakMinutes: String(type.breakMinutes) } : {}),
    }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!TIME.test(form.start)) problems.start = t('roster.form.timeFormat');
    if (!TIME.test(form.end)) problems.end = t('roster.form.timeFormat');
    const breakMinutes = Number(form.breakMinutes);
    if (!Number.isInteger(breakMinutes) || breakMinutes < 0) problems.breakMinutes = t('roster.form.breakFormat');
    setLocalError(problems);
    if (Object.keys(problems).length > 0) return;
    const endDate = form.end <= form.start ? addDays(form.date, 1) : form.date;
    const start = wallClockText(form.date, form.start);
    const end = wallClockText(endDate, form.end);
    const employeeId = form.employeeId || null;
    const shiftTypeId = form.shiftTypeId || null;
    const note = form.note.trim() || null;
    if (!shift) {
      const typeTimes = shiftType ? shiftTypeTimes(shiftType, form.date) : null;
      const atTypeTimes = typeTimes && typeTimes.start === start && typeTimes.end === end;
      const ok = await onCreate({
        employeeId,
        shiftTypeId,
        ...(atTypeTimes ? { date: form.date } : { start, end }),
        breakMinutes,
        note,
      });
      if (ok) onClose();
      return;
    }
    const changes: Omit<Schemas['UpdateShiftDto'], 'version'> = {};
    if (employeeId !== shift.employeeId) changes.employeeId = employeeId;
    if (shiftTypeId !== shift.shiftTypeId) changes.shiftTypeId = shiftTypeId;
    if (start !== wallClockText(shift.date, wallClock(shift.startLocal).time)) changes.start = start;
    if (end !== wallClockText(wallClock(shift.endLocal).date, wallClock(shift.endLocal).time)) changes.end = end;
    if (breakMinutes !== shift.breakMinutes) changes.breakMinutes = breakMinutes;
    if (note !== shift.note) changes.note = note;
    if (Object.keys(changes).length === 0) return onClose();
    await onUpdate(shift.id, changes);
  };

  const title = shift
    ? t('roster.form.editTitle', {
        code: shiftType?.code ?? t('roster.calendar.freeForm'),
        day: dayLabel(shift.date, i18n.language),
      })
    : t('roster.form.newTitle');
  const fieldError = (name: string) => localError[name] || errors[name];

  return (
    <section className="roster-side__section shift-form" aria-labelledby="shift-form-title">
      <div className="shift-form__head">
        <h2 id="shift-form-title" className="roster-side__title">
          {shiftType ? <ShiftChip code={shiftType.code} colour={shiftType.colour} small /> : null} {title}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('roster.form.close')}
        </button>
      </div>
      {shift ? (
        <p className="shift-form__summary">
          {person ? `${person.firstName} ${person.lastName}` : t('roster.calendar.openShift')} · {timeRange(shift)}
          {shift.overrideReason ? (
            <span className="shift-form__override">
              {t('roster.form.overrideReason', { reason: shift.overrideReason })}
            </span>
          ) : null}
        </p>
      ) : null}
      {ownViolations.length > 0 ? (
        <ul className="shift-form__violations" aria-label={t('roster.form.violationsLabel')}>
          {ownViolations.map((v, i) => (
            <li key={`${v.ruleId}-${i}`} className={`violation violation--${v.severity}`}>
              <ViolationText violation={v} catalog={catalog} />
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t('roster.form.employee')} error={fieldError('employeeId')}>
            {(p) => (
              <select {...p} value={form.employeeId} onChange={(e) => set('employeeId', e.target.value)}>
                <option value="">{t('roster.form.open')}</option>
                {rows.map((r) => (
                  <option key={r.employeeId} value={r.employeeId}>
                    {r.lastName}, {r.firstName}
                    {r.borrowed ? ` (${t('roster.calendar.borrowed')})` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('roster.form.shiftType')} error={fieldError('shiftTypeId')}>
            {(p) => (
              <select {...p} value={form.shiftTypeId} onChange={(e) => chooseType(e.target.value)}>
                <option value="">{t('roster.form.freeForm')}</option>
                {types.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} · {s.name} ({s.startTime}–{s.endTime})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('roster.form.date')} error={fieldError('date')}>
            {(p) => (
              <select {...p} value={form.date} onChange={(e) => set('date', e.target.value)}>
                {dates.map((d) => (
                  <option key={d} value={d}>
                    {shortDayLabel(d, i18n.language)} · {t('common.week', { week: isoWeekOf(d).week })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-grid form-grid--tight">
            <Field label={t('roster.form.start')} hint={t('roster.form.timeHint')} error={fieldError('start')}>
              {(p) => (
                <input
                  {...p}
                  className="input--time"
                  inputMode="numeric"
                  value={form.start}
                  onChange={(e) => set('start', e.target.value)}
                />
              )}
            </Field>
            <Field label={t('roster.form.end')} hint={t('roster.form.endHint')} error={fieldError('end')}>
              {(p) => (
                <input
                  {...p}
                  className="input--time"
                  inputMode="numeric"
                  value={form.end}
                  onChange={(e) => set('end', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field label={t('roster.form.break')} error={fieldError('breakMinutes')}>
            {(p) => (
              <span className="input-suffix">
                <input
                  {...p}
                  inputMode="numeric"
                  value={form.breakMinutes}
                  onChange={(e) => set('breakMinutes', e.target.value)}
                />
                <span>min</span>
              </span>
            )}
          </Field>
          <Field label={t('roster.form.note')} error={fieldError('note')}>
            {(p) => <input {...p} value={form.note} maxLength={500} onChange={(e) => set('note', e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {shift ? t('common.saveChanges') : t('roster.form.create')}
            </button>
            {shift ? (
              <button
                type="button"
                className="button button--danger-quiet"
                disabled={busy}
                onClick={() => onDelete(shift.id)}
              >
                {t('roster.form.delete')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
