// The shipped rule sets and how a document's rule set id and date pick one version.
import { type CivilDate } from '../../time/stockholm';
import { AB_HOK_KOMMUNAL_RULE_SET } from './ab-hok-kommunal';
import { AB_HOK_VARDFORBUNDET_RULE_SET } from './ab-hok-vardforbundet';
import { ATL_RULE_SET } from './atl';
import { CRISIS_KLA_RULE_SET } from './crisis-kla';
import { RULE_SET_IDS, type RuleSetDefinition, type RuleSetId, type RuleSetVersion } from './rule-set';

export * from './rule-set';

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSetDefinition>> = {
  atl: ATL_RULE_SET,
  'ab-hok-vardforbundet': AB_HOK_VARDFORBUNDET_RULE_SET,
  'ab-hok-kommunal': AB_HOK_KOMMUNAL_RULE_SET,
  'crisis-kla': CRISIS_KLA_RULE_SET,
};

export function isRuleSetId(value: unknown): value is RuleSetId {
  return typeof value === 'string' && (RULE_SET_IDS as readonly string[]).includes(value);
}

/** The version in force on `date` (the latest whose validFrom ≤ date), or null if none was yet. */
export function ruleSetVersionOn(id: RuleSetId, date: CivilDate): RuleSetVersion | null {
  let found: RuleSetVersion | null = null;
  for (const version of RULE_SETS[id].versions) if (version.validFrom <= date) found = version;
  return found;
}
