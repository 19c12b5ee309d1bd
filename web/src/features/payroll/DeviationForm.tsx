import { ABSENCE_TYPES, DEVIATION_KINDS, type DeviationKind } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/api-error';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { type CreateDeviation, useCreateDeviation } from './payroll.queries';
import { clockOf, inputValueOf, usePayrollLabels } from './payroll-labels';

export interface DeviationShift {
  id: string;
  date: string;
  startLocal: string;
  endLocal: string;
  kind: string;
  label: string;
}

interface DeviationFormProps {
  employeeName: string;
  employeeId: string;
  periodId: string | null;
  shifts: DeviationShift[];
  /** The time is attested or exported: the deviation is a correction and needs a reason. */
  correction: boolean;
  /** Employees report for themselves: no called-in time without a period. */
  kinds?: readonly DeviationKind[];
  initialShiftId?: string;
  onDone: () => void;
  onCancel?: () => void;
}

/** One deviation: its kind, the shift it belongs to, the times, and who ordered extra time. */
export function DeviationForm({
  employeeName,
  employeeId,
  periodId,
  shifts,
  correction,
  kinds = DEVIATION_KINDS,
  initialShiftId,
  onDone,
  onCancel = onDone,
}: DeviationFormProps) {
  const { t, i18n } = useTranslation();
  const labels = usePayrollLabels();
  const create = useCreateDeviation();
  const [kind, setKind] = useState<DeviationKind>(kinds.includes('extra-time') ? 'extra-time' : kinds[0]);
  const [shiftId, setShiftId] = useState(initialShiftId ?? shifts[0]?.id ?? '');
  const shift = shifts.find((s) => s.id === shiftId) ?? null;
  const [absenceType, setAbsenceType] = useState<(typeof ABSENCE_TYPES)[number]>('sick');
  const [start, setStart] = useState(shift ? inputValueOf(shift.endLocal) : '');
  const [end, setEnd] = useState('');
  const [orderedBy, setOrderedBy] = useState('');
  const [comment, setComment] = useState('');
  const [correctionReason, setCorrectionReason] = useState('');
  const errors = fieldErrors(create.error, i18n.language);
  const needsShift = kind !== 'called-in';
  const ordered = kind === 'extra-time' || kind === 'called-in';
  const choosableShifts = shifts.filter((s) =>
    kind === 'call-out' ? s.kind !== 'work' : kind === 'extra-time' ? s.kind === 'work' : true,
  );

  const submit = () => {
    const body: CreateDeviation = {
      kind,
      ...(needsShift ? { shiftId } : { periodId: periodId ?? undefined, employeeId }),
      ...(kind === 'absence' ? { absenceType } : {}),
      ...(start ? { start } : {}),
      ...(kind !== 'left-early' && end ? { end } : {}),
      ...(ordered ? { orderedBy } : {}),
      ...(comment.trim() ? { comment } : {}),
      ...(correction ? { correctionReason } : {}),
    };
    create.mutate(body, { onSuccess: onDone });
  };

  return (
    <form
      className="deviation-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h4>{t('timeReport.form.title', { name: employeeName })}</h4>
      <div className="form-grid form-grid--tight">
        <Field label={t('timeReport.form.kind')} error={errors.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as DeviationKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {labels.deviationKind(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {needsShift ? (
          <Field label={t('timeReport.form.shift')} error={errors.shiftId}>
            {(p) => (
              <select
                {...p}
                value={shiftId}
                onChange={(e) => {
                  setShiftId(e.target.value);
                  const next = shifts.find((s) => s.id === e.target.value);
                  if (next) setStart(inputValueOf(next.endLocal));
                }}
              >
                {choosableShifts.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {kind === 'absence' ? (
          <Field label={t('timeReport.form.absenceType')} error={errors.absenceType}>
            {(p) => (
              <select {...p} value={absenceType} onChange={(e) => setAbsenceType(e.target.value as typeof absenceType)}>
                {ABSENCE_TYPES.map((a) => (
                  <option key={a} value={a}>
                    {labels.absenceType(a)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field
          label={kind === 'left-early' ? t('timeReport.form.leftAt') : t('timeReport.form.start')}
          error={errors.start}
        >
          {(p) => <input {...p} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        {kind !== 'left-early' ? (
          <Field label={t('timeReport.form.end')} error={errors.end}>
            {(p) => <input {...p} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />}
          </Field>
        ) : null}
        {ordered ? (
          <Field label={t('timeReport.form.orderedBy')} error={errors.orderedBy} required>
            {(p) => <input {...p} value={orderedBy} onChange={(e) => setOrderedBy(e.target.value)} />}
          </Field>
        ) : null}
        <Field label={t('timeReport.form.comment')} error={errors.comment}>
          {(p) => <input {...p} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        {correction ? (
          <Field
            label={t('timeReport.form.correctionReason')}
            hint={t('timeReport.form.correctionHint')}
            error={errors.correctionReason}
            required
          >
            {(p) => <input {...p} value={correctionReason} onChange={(e) => setCorrectionReason(e.target.value)} />}
          </Field>
        ) : null}
      </div>
      <ErrorBanner
        error={create.error}
        shownFields={['kind', 'shiftId', 'absenceType', 'start', 'end', 'orderedBy', 'comment', 'correctionReason']}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('timeReport.form.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('timeReport.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** 'D 2026-03-10 07:00–15:30' */
export function shiftLabel(s: { date: string; startLocal: string; endLocal: string; code?: string | null }): string {
  return `${s.code ? `${s.code} ` : ''}${s.date} ${clockOf(s.startLocal)}–${clockOf(s.endLocal)}`;
}
