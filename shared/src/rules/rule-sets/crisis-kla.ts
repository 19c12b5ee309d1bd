// Krislägesavtalet (SKR/Sobona, revised 2021-07-01; RULES.md Part B §5): 48 h per week over at
// most 4 weeks, 9 h daily and 24 h weekly rest (UNVERIFIED defaults, editable), 8-week assignments,
// 36 h recovery afterwards. It replaces ATL's caps and AB § 13, so those rules are not applied.
import { DEFAULT_PARAMETERS } from './default-parameters';
import { type RuleSetDefinition } from './rule-set';

export const CRISIS_KLA_RULE_SET: RuleSetDefinition = {
  id: 'crisis-kla',
  title: { sv: 'Krislägesavtalet (KLA)', en: 'Crisis agreement (KLA)' },
  versions: [
    {
      validFrom: '2021-07-01',
      rules: [
        'overlap',
        'daily-rest',
        'night-window',
        'weekly-rest',
        'break',
        'average-48h',
        'night-worker-average',
        'unavailable',
        'qualification',
        'shift-length',
        'consecutive-nights',
        'rest-after-nights',
        'consecutive-days',
        'backward-rotation',
        'early-start',
        'kla-assignment-length',
        'kla-recovery',
      ],
      parameters: {
        ...DEFAULT_PARAMETERS,
        dailyRestHours: 9,
        plannedShortRestMinHours: 9,
        weeklyRestHours: 24,
        referencePeriod: 'weeks',
        referencePeriodWeeks: 4,
      },
      fullTimeMeasures: [
        { pattern: { sv: 'Ordinarie arbetstid under kris', en: 'Ordinary working time in crisis' }, hoursPerWeek: 48 },
      ],
      sources: ['Krislägesavtalet (SKR/Sobona, lydelse 2021-07-01)'],
    },
  ],
};
