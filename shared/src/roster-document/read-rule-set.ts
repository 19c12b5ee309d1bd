// ruleSet + parameters of a roster document → the rule set version in force at period.start with
// validated overrides (RULES.md A3: regions adapt rule sets by parameters, never code).
import { applyParameterOverrides } from '../rules/parameters';
import { RULE_ORDER } from '../rules/rule-ids';
import { RULE_SETS, RULE_SET_IDS, isRuleSetId, ruleSetVersionOn } from '../rules/rule-sets';
import { type CivilDate } from '../time/stockholm';
import { type DocumentReader, join } from './document-reader';
import { type ResolvedRuleSet } from './roster-snapshot';

export function readRuleSet(
  r: DocumentReader,
  ruleSetValue: unknown,
  parametersValue: unknown,
  periodStart: CivilDate | null,
): ResolvedRuleSet | null {
  const id = r.string(ruleSetValue, 'ruleSet', { required: true });
  if (id === null) return null;
  if (!isRuleSetId(id)) {
    r.fail('ruleSet', id, `is not a known rule set (known: ${RULE_SET_IDS.join(', ')})`);
    return null;
  }
  let overrides: Record<string, unknown> = {};
  if (parametersValue !== undefined) {
    if (typeof parametersValue !== 'object' || parametersValue === null || Array.isArray(parametersValue)) {
      r.fail('parameters', parametersValue, 'must be an object of parameter overrides');
      return null;
    }
    overrides = parametersValue as Record<string, unknown>;
  }
  if (periodStart === null) return null;
  const version = ruleSetVersionOn(id, periodStart);
  if (!version) {
    const first = RULE_SETS[id].versions[0].validFrom;
    r.fail('period.start', periodStart, `is before the first version of rule set "${id}" (valid from ${first})`);
    return null;
  }
  const merged = applyParameterOverrides(version.parameters, overrides);
  if (merged.parameters === null) {
    for (const issue of merged.issues) r.fail(join('parameters', issue.name), issue.value, issue.message);
    return null;
  }
  const disabled = new Set(merged.parameters.disabledRules);
  const rules = version.rules.filter((rule) => !disabled.has(rule)).sort((a, b) => RULE_ORDER[a] - RULE_ORDER[b]);
  return { id, validFrom: version.validFrom, rules, parameters: merged.parameters };
}
