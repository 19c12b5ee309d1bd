// What people read for each pay category (issue 6: HR screens), Swedish first.
import { ABSENCE_TYPE_LABELS } from '../time-report/deviations';
import { ABSENCE_TYPES } from '../roster-document/roster-snapshot';
import { type PayCategory } from './pay-categories';

export const PAY_CATEGORY_LABELS: Record<PayCategory, { sv: string; en: string }> = {
  ordinary: { sv: 'Ordinarie tid', en: 'Ordinary time' },
  mertid: { sv: 'Mertid (fyllnadstid)', en: 'Additional hours (mertid)' },
  'overtime-simple': { sv: 'Enkel övertid', en: 'Simple overtime' },
  'overtime-qualified': { sv: 'Kvalificerad övertid', en: 'Qualified overtime' },
  'ob-d': { sv: 'OB D vardag kväll', en: 'Unsocial hours D, weekday evening' },
  'ob-c': { sv: 'OB C vardag natt', en: 'Unsocial hours C, weekday night' },
  'ob-b': { sv: 'OB B helg', en: 'Unsocial hours B, weekend' },
  'ob-b-night': { sv: 'OB B helg natt', en: 'Unsocial hours B, weekend night' },
  'ob-a': { sv: 'OB A storhelg', en: 'Unsocial hours A, major holiday' },
  'ob-a-night': { sv: 'OB A storhelg natt', en: 'Unsocial hours A, major holiday night' },
  'on-call': { sv: 'Jour', en: 'On-call' },
  standby: { sv: 'Beredskap', en: 'Standby' },
  ...(Object.fromEntries(ABSENCE_TYPES.map((t) => [`absence-${t}`, ABSENCE_TYPE_LABELS[t]])) as Record<
    `absence-${(typeof ABSENCE_TYPES)[number]}`,
    { sv: string; en: string }
  >),
};
