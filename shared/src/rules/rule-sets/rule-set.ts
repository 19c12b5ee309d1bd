// A rule set is data (RULES.md A3): which rules apply and with which parameters, versioned by the
// date from which a version is valid. Regions adapt it by overriding parameters, never code.
import { type CivilDate } from '../../time/stockholm';
import { type RuleParameters } from '../parameters';
import { type RuleId } from '../rule-ids';

export const RULE_SET_IDS = ['atl', 'ab-hok-vardforbundet', 'ab-hok-kommunal', 'crisis-kla'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export interface FullTimeMeasure {
  pattern: { sv: string; en: string };
  hoursPerWeek: number;
}

export interface RuleSetVersion {
  validFrom: CivilDate;
  rules: readonly RuleId[];
  parameters: RuleParameters;
  /** Full-time measures of the agreement (informational: the document gives each employee's). */
  fullTimeMeasures: readonly FullTimeMeasure[];
  sources: readonly string[];
}

export interface RuleSetDefinition {
  id: RuleSetId;
  title: { sv: string; en: string };
  /** Oldest first. */
  versions: readonly RuleSetVersion[];
}
