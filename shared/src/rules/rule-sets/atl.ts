// Arbetstidslagen (SFS 1982:673, as amended to SFS 2022:450) alone, for staff outside the
// agreements (RULES.md Part B §1): daily rest per fixed 24-hour period from the dygnsbryt.
import { DEFAULT_PARAMETERS } from './default-parameters';
import { type RuleSetDefinition } from './rule-set';

export const ATL_RULE_SET: RuleSetDefinition = {
  id: 'atl',
  title: { sv: 'Arbetstidslagen', en: 'Working Hours Act (ATL)' },
  versions: [
    {
      validFrom: '2022-06-30',
      rules: [
        'overlap',
        'daily-rest',
        'night-window',
        'weekly-rest',
        'break',
        'average-48h',
        'overtime-limit',
        'mertid-limit',
        'on-call-limit',
        'night-worker-average',
        'unavailable',
        'qualification',
        'schedule-notice',
      ],
      parameters: { ...DEFAULT_PARAMETERS, dailyRestMode: 'per-24h-period' },
      fullTimeMeasures: [
        { pattern: { sv: 'Ordinarie arbetstid (ATL 5 §)', en: 'Ordinary working time (ATL 5 §)' }, hoursPerWeek: 40 },
      ],
      sources: ['SFS 1982:673 i lydelse SFS 2022:450'],
    },
  ],
};
