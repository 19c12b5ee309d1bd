// Assistant nurses: as AB/HÖK Vårdförbundet but with Kommunal's full-time measures (RULES.md A3,
// Part B 2.2 note). The 9-days-off rule is a Vårdförbundet protocol note, so it is not applied.
import { DEFAULT_PARAMETERS } from './default-parameters';
import { AB_BASE_MEASURES, AB_RULES } from './ab-hok-vardforbundet';
import { type RuleSetDefinition } from './rule-set';

export const AB_HOK_KOMMUNAL_RULE_SET: RuleSetDefinition = {
  id: 'ab-hok-kommunal',
  title: { sv: 'AB + HÖK Kommunal', en: 'AB + HÖK Kommunal' },
  versions: [
    {
      validFrom: '2023-10-01',
      rules: AB_RULES.filter((id) => id !== 'days-off'),
      parameters: { ...DEFAULT_PARAMETERS },
      fullTimeMeasures: [
        ...AB_BASE_MEASURES,
        { pattern: { sv: 'Mer än 20 % natt', en: 'More than 20 % nights' }, hoursPerWeek: 36 + 20 / 60 },
        { pattern: { sv: 'Minst 80 % natt', en: 'At least 80 % nights' }, hoursPerWeek: 34 + 20 / 60 },
      ],
      sources: [
        'AB § 13 (lydelse 2023-10-01, cirkulär 23:03)',
        'HÖK Kommunal',
        'Hälsosamma scheman (Stressforskningsinstitutet)',
      ],
    },
  ],
};
