import { isoWeekOf } from '@bemanna/shared';
import type { TFunction } from 'i18next';
import type { RosterPeriod } from '../../api/client';

/** 'v. 2–5 · 11 jan – 7 feb 2027' / 'weeks 2–5 · 11 Jan – 7 Feb 2027'. */
export function periodLabel(
  period: Pick<RosterPeriod, 'startDate' | 'endDate'>,
  t: TFunction,
  language: string,
): string {
  const w1 = isoWeekOf(period.startDate).week;
  const w2 = isoWeekOf(period.endDate).week;
  const sv = language.startsWith('sv');
  const fmt = (date: string, withYear: boolean) =>
    new Intl.DateTimeFormat(sv ? 'sv-SE' : 'en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    }).format(new Date(`${date}T12:00:00Z`));
  const weeks = w1 === w2 ? t('roster.toolbar.week', { week: w1 }) : t('roster.toolbar.weeks', { from: w1, to: w2 });
  return `${weeks} · ${fmt(period.startDate, period.startDate.slice(0, 4) !== period.endDate.slice(0, 4))} – ${fmt(period.endDate, true)}`;
}
