// Rule id → rule, in the order of RULES.md A1, and the catalog that GET /api/rules/catalog and the
// UI show: rules with titles, sources, severities, parameters and allowed exception types; rule
// sets with their versions and parameter values; the parameter schema.
import { average48hRule } from './atl/average-48h.rule';
import { breakRule } from './atl/break.rule';
import { dailyRestRule } from './atl/daily-rest.rule';
import { mertidLimitRule } from './atl/mertid-limit.rule';
import { nightWindowRule } from './atl/night-window.rule';
import { nightWorkerAverageRule } from './atl/night-worker-average.rule';
import { onCallLimitRule } from './atl/on-call-limit.rule';
import { overtimeLimitRule } from './atl/overtime-limit.rule';
import { scheduleNoticeRule } from './atl/schedule-notice.rule';
import { weeklyRestRule } from './atl/weekly-rest.rule';
import { contractHoursRule } from './ab/contract-hours.rule';
import { daysOffRule } from './ab/days-off.rule';
import { shiftSpanRule } from './ab/shift-span.rule';
import { klaAssignmentLengthRule } from './crisis/kla-assignment-length.rule';
import { klaRecoveryRule } from './crisis/kla-recovery.rule';
import { exceptionTypesForRule, type ExceptionType } from './exception-types';
import { overlapRule } from './general/overlap.rule';
import { qualificationRule } from './general/qualification.rule';
import { unavailableRule } from './general/unavailable.rule';
import { backwardRotationRule } from './healthy/backward-rotation.rule';
import { consecutiveDaysRule } from './healthy/consecutive-days.rule';
import { consecutiveNightsRule } from './healthy/consecutive-nights.rule';
import { earlyStartRule } from './healthy/early-start.rule';
import { restAfterNightsRule } from './healthy/rest-after-nights.rule';
import { shiftLengthRule } from './healthy/shift-length.rule';
import { weekendFrequencyRule } from './healthy/weekend-frequency.rule';
import { PARAMETER_SPECS, type ParameterName, type ParameterSpec, type RuleParameters } from './parameters';
import { type LocalizedText, type RuleDefinition, type Severity } from './rule';
import { RULE_IDS, type RuleId } from './rule-ids';
import { RULE_SETS, type FullTimeMeasure, type RuleSetId } from './rule-sets';

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  overlap: overlapRule,
  'daily-rest': dailyRestRule,
  'shift-span': shiftSpanRule,
  'night-window': nightWindowRule,
  'weekly-rest': weeklyRestRule,
  break: breakRule,
  'average-48h': average48hRule,
  'overtime-limit': overtimeLimitRule,
  'mertid-limit': mertidLimitRule,
  'on-call-limit': onCallLimitRule,
  'night-worker-average': nightWorkerAverageRule,
  unavailable: unavailableRule,
  qualification: qualificationRule,
  'schedule-notice': scheduleNoticeRule,
  'contract-hours': contractHoursRule,
  'shift-length': shiftLengthRule,
  'consecutive-nights': consecutiveNightsRule,
  'rest-after-nights': restAfterNightsRule,
  'consecutive-days': consecutiveDaysRule,
  'backward-rotation': backwardRotationRule,
  'early-start': earlyStartRule,
  'weekend-frequency': weekendFrequencyRule,
  'days-off': daysOffRule,
  'kla-assignment-length': klaAssignmentLengthRule,
  'kla-recovery': klaRecoveryRule,
};

export interface RuleCatalogEntry {
  id: RuleId;
  severity: Severity;
  title: LocalizedText;
  source: string;
  parameters: ParameterName[];
  exceptionTypes: ExceptionType[];
}

export interface RuleCatalog {
  rules: RuleCatalogEntry[];
  ruleSets: {
    id: RuleSetId;
    title: LocalizedText;
    versions: {
      validFrom: string;
      rules: RuleId[];
      parameters: RuleParameters;
      fullTimeMeasures: FullTimeMeasure[];
      sources: string[];
    }[];
  }[];
  parameters: ParameterSpec[];
}

export function ruleCatalog(): RuleCatalog {
  return {
    rules: RULE_IDS.map((id) => {
      const rule = RULES[id];
      return {
        id,
        severity: rule.severity,
        title: { ...rule.title },
        source: rule.source,
        parameters: [...rule.parameters],
        exceptionTypes: exceptionTypesForRule(id),
      };
    }),
    ruleSets: Object.values(RULE_SETS).map((set) => ({
      id: set.id,
      title: { ...set.title },
      versions: set.versions.map((v) => ({
        validFrom: v.validFrom,
        rules: [...v.rules],
        parameters: { ...v.parameters, disabledRules: [...v.parameters.disabledRules] },
        fullTimeMeasures: v.fullTimeMeasures.map((m) => ({ ...m, pattern: { ...m.pattern } })),
        sources: [...v.sources],
      })),
    })),
    parameters: PARAMETER_SPECS.map((s) => ({ ...s, spec: { ...s.spec }, description: { ...s.description } })),
  };
}
