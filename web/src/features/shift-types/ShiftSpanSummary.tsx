import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../ui/format';
import { ShiftChip } from '../../ui/ShiftChip';
import { shiftSpan } from './shift-span';

interface ShiftSpanSummaryProps {
  code: string;
  colour: string;
  startTime: string;
  endTime: string;
  breakMinutes: number;
}

/** Live preview of the shift: its chip as rosters will show it, its length and paid time. */
export function ShiftSpanSummary({ code, colour, startTime, endTime, breakMinutes }: ShiftSpanSummaryProps) {
  const { t } = useTranslation();
  const span = shiftSpan(startTime, endTime, breakMinutes);
  return (
    <div className="span-preview" aria-live="polite">
      <ShiftChip code={code} colour={colour} />
      {span ? (
        <div>
          <p className="span-preview__times">
            {startTime}–{endTime}
            {span.crossesMidnight ? <span className="badge badge--night">{t('shiftTypes.nextDay')}</span> : null}
          </p>
          <p className="span-preview__detail">
            {t('shiftTypes.lengthSummary', {
              length: formatMinutes(span.lengthMinutes),
              paid: formatMinutes(span.paidMinutes),
            })}
          </p>
          {span.springLengthMinutes !== null || span.autumnLengthMinutes !== null ? (
            <p className="span-preview__detail muted">
              {t('shiftTypes.clockChange', {
                spring: formatMinutes(span.springLengthMinutes ?? span.lengthMinutes),
                autumn: formatMinutes(span.autumnLengthMinutes ?? span.lengthMinutes),
              })}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="span-preview__detail muted">{t('shiftTypes.previewInvalid')}</p>
      )}
    </div>
  );
}
