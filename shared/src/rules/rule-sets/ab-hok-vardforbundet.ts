// Region nurses: AB § 13 as amended 2023-10-01 (SKR circular 23:03) + HÖK Vårdförbundet
// full-time measures (RULES.md Part B 2.1–2.2) + the healthy-schedule warnings (Part B §4).
import { DEFAULT_PARAMETERS } from './default-parameters';
import { type FullTimeMeasure, type RuleSetDefinition } from './rule-set';
import { RULE_IDS } from '../rule-ids';

export const AB_RULES = RULE_IDS.filter((id) => id !== 'kla-assignment-length' && id !== 'kla-recovery');

export const AB_BASE_MEASURES: readonly FullTimeMeasure[] = [
  { pattern: { sv: 'Dagtid måndag–fredag', en: 'Day work Monday–Friday' }, hoursPerWeek: 40 },
  {
    pattern: { sv: 'Schema med sön- och helgdagar', en: 'Schedule including Sundays and public holidays' },
    hoursPerWeek: 38.25,
  },
];

export const AB_HOK_VARDFORBUNDET_RULE_SET: RuleSetDefinition = {
  id: 'ab-hok-vardforbundet',
  title: { sv: 'AB + HÖK Vårdförbundet (region)', en: 'AB + HÖK Vårdförbundet (regions)' },
  versions: [
    {
      validFrom: '2023-10-01',
      rules: AB_RULES,
      parameters: { ...DEFAULT_PARAMETERS },
      fullTimeMeasures: [
        ...AB_BASE_MEASURES,
        {
          pattern: { sv: 'Rotation med minst 20 % natt', en: 'Rotation with at least 20 % nights' },
          hoursPerWeek: 36 + 20 / 60,
        },
        {
          pattern: { sv: 'Rotation med minst 30 % natt', en: 'Rotation with at least 30 % nights' },
          hoursPerWeek: 34 + 20 / 60,
        },
        { pattern: { sv: 'Ständig natt', en: 'Permanent nights' }, hoursPerWeek: 34 + 20 / 60 },
      ],
      sources: [
        'AB § 13 (lydelse 2023-10-01, cirkulär 23:03)',
        'HÖK Vårdförbundet',
        'Hälsosamma scheman (Stressforskningsinstitutet)',
      ],
    },
  ],
};
