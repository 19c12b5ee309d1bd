import { useTranslation } from 'react-i18next';
import { hoursText } from '../swaps/shift-text';
import type { ExtraTime } from './open-shifts.queries';

const TONE: Record<ExtraTime['kind'], string> = {
  ordinary: 'badge--ok',
  mertid: 'badge--warning',
  overtime: 'badge--agency',
  'mertid-and-overtime': 'badge--agency',
};

/** What taking the shift means for the person's pay: within the contract, mertid or overtime. */
export function ExtraTimeBadge({ extra, whose = 'mine' }: { extra: ExtraTime; whose?: 'mine' | 'theirs' }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[extra.kind]}`}>
      {t(`openShifts.${whose === 'mine' ? 'forYou' : 'forThem'}.${extra.kind}`, {
        hours: hoursText(extra.kind === 'overtime' ? extra.overtimeHours : extra.mertidHours),
        mertid: hoursText(extra.mertidHours),
        overtime: hoursText(extra.overtimeHours),
      })}
    </span>
  );
}
