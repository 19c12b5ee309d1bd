import { useTranslation } from 'react-i18next';
import { shiftDay, shiftTimes } from './shift-text';

interface ShiftLike {
  date: string;
  startLocal: string;
  endLocal: string;
  departmentName: string;
  shiftTypeName?: string | null;
  colour?: string | null;
}

/** One shift in a line a phone can show: day, times, shift type and department. */
export function ShiftSummary({ shift, label }: { shift: ShiftLike; label?: string }) {
  const { i18n } = useTranslation();
  return (
    <div className="exchange-shift">
      <span
        className="exchange-shift__colour"
        style={{ background: shift.colour ?? 'var(--color-border-strong)' }}
        aria-hidden="true"
      />
      <span className="exchange-shift__text">
        {label ? <span className="exchange-shift__label">{label}</span> : null}
        <span className="exchange-shift__when">
          {shiftDay(shift.date, i18n.language)} · <span className="exchange-shift__times">{shiftTimes(shift)}</span>
        </span>
        <span className="exchange-shift__where">
          {[shift.shiftTypeName, shift.departmentName].filter(Boolean).join(' · ')}
        </span>
      </span>
    </div>
  );
}
