import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

export interface DayRange {
  startDate: string;
  endDate: string;
}

interface DayRangeFieldsProps {
  value: DayRange;
  onChange: (range: DayRange) => void;
  /** The server's messages for `startDate` and `endDate`. */
  errors: Record<string, string | undefined>;
  /** Tells the form a field was edited, so its old message goes away. */
  onEdit: (field: 'startDate' | 'endDate') => void;
}

/** First and last day of leave or sickness; moving the first day past the last moves the last too. */
export function DayRangeFields({ value, onChange, errors, onEdit }: DayRangeFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="my-form__row">
      <Field label={t('leave.form.start')} error={errors.startDate} required>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.startDate}
            onChange={(e) => {
              onEdit('startDate');
              const startDate = e.target.value;
              onChange({ startDate, endDate: startDate > value.endDate ? startDate : value.endDate });
            }}
          />
        )}
      </Field>
      <Field label={t('leave.form.end')} error={errors.endDate} required>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.endDate}
            onChange={(e) => {
              onEdit('endDate');
              onChange({ ...value, endDate: e.target.value });
            }}
          />
        )}
      </Field>
    </div>
  );
}
