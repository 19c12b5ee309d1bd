import { localDate } from '@bemanna/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormErrors } from '../../ui/useFormErrors';
import { type DayRange, DayRangeFields } from './DayRangeFields';
import { LEAVE_TYPES, type LeaveType } from './leave-types';
import { useRequestLeave } from './leave.queries';

/** An employee asks for leave for a range of days; their scheduler decides. */
export function LeaveRequestForm() {
  const { t } = useTranslation();
  const today = localDate(Date.now());
  const [type, setType] = useState<LeaveType>('vacation');
  const [days, setDays] = useState<DayRange>({ startDate: today, endDate: today });
  const [comment, setComment] = useState('');
  const request = useRequestLeave();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(request.error, formRef);

  return (
    <form
      ref={formRef}
      className="card my-form"
      aria-labelledby="leave-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        request.mutate({ type, ...days, comment: comment.trim() || undefined }, { onSuccess: () => setComment('') });
      }}
    >
      <h2 id="leave-form-title">{t('leave.form.title')}</h2>
      <ErrorBanner error={request.error} />
      <Field label={t('leave.form.type')} error={errors.type} required>
        {(control) => (
          <select
            {...control}
            value={type}
            onChange={(e) => {
              edit('type');
              setType(e.target.value as LeaveType);
            }}
          >
            {LEAVE_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`leave.types.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DayRangeFields value={days} onChange={setDays} errors={errors} onEdit={edit} />
      <Field label={t('leave.form.comment')} error={errors.comment} hint={t('leave.form.commentHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={500}
            value={comment}
            onChange={(e) => {
              edit('comment');
              setComment(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary button--block-phone" disabled={request.isPending}>
          {request.isPending ? t('common.saving') : t('leave.form.submit')}
        </button>
        <StatusMessage message={request.isSuccess ? t('leave.form.sent') : null} />
      </div>
    </form>
  );
}
