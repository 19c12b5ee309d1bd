import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { ShiftChip } from '../../ui/ShiftChip';
import type { RowResource } from './roster-model';

/** A roster row's heading: who, employment rate, planned against contracted hours, and markers. */
export function RowLabel({ resource }: { resource: RowResource }) {
  const { t, i18n } = useTranslation();
  switch (resource.kind) {
    case 'open':
      return (
        <span className="roster-row">
          <span className="roster-row__name">{t('roster.calendar.openRow')}</span>
          <span className="roster-row__meta">{t('roster.calendar.openRowHint')}</span>
        </span>
      );
    case 'coverage':
      return (
        <span className="roster-row roster-row--coverage">
          <span className="roster-row__name">
            <ShiftChip code={resource.shiftType.code} colour={resource.shiftType.colour} small />{' '}
            {t('roster.coverage.rowLabel', { name: resource.shiftType.name })}
          </span>
        </span>
      );
    case 'employee': {
      const { row, severity } = resource;
      const hours = new Intl.NumberFormat(currentLanguage(i18n.language) === 'sv' ? 'sv-SE' : 'en-GB', {
        maximumFractionDigits: 1,
      });
      const over = row.plannedHours > row.contractedHours;
      return (
        <span className="roster-row" data-employee-id={row.employeeId}>
          <span className="roster-row__name">
            {row.lastName}, {row.firstName}
            {severity === 'hard' ? (
              <span className="roster-row__flag roster-row__flag--hard" title={t('roster.calendar.rowHasBreach')}>
                <span aria-hidden="true">!</span>
                <span className="visually-hidden">{t('roster.calendar.rowHasBreach')}</span>
              </span>
            ) : null}
          </span>
          <span className="roster-row__meta">
            <span title={t('roster.calendar.rateTitle')}>{row.employmentRate} %</span>
            <span aria-hidden="true"> · </span>
            <span
              className={over ? 'roster-row__hours roster-row__hours--over' : 'roster-row__hours'}
              title={t('roster.calendar.hoursTitle')}
            >
              {t('roster.calendar.hours', {
                planned: hours.format(row.plannedHours),
                contracted: hours.format(row.contractedHours),
              })}
            </span>
            {row.borrowed ? (
              <span className="roster-badge roster-badge--borrowed">{t('roster.calendar.borrowed')}</span>
            ) : null}
            {row.isAgency ? (
              <span className="roster-badge roster-badge--agency">{t('roster.calendar.agency')}</span>
            ) : null}
          </span>
        </span>
      );
    }
  }
}
