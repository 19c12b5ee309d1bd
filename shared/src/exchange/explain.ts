// Why a swap or a pick-up is refused, in plain words a nurse reads on a phone: the person, the
// rules engine's own finding (the same text the scheduler sees) and its legal source.
import { RULES } from '../rules/catalog';
import { type LocalizedText, type Violation } from '../rules/rule';

/** "Med bytet skulle Anna Lindqvist få: Dygnsvila 9 h mellan … ; minst 11 h krävs (AB § 13 mom. 4, ATL 13 §)". */
export function explainViolation(violation: Violation, personName: string): LocalizedText {
  const source = violation.source && violation.source !== '—' ? ` (${violation.source})` : '';
  return {
    sv: `Med ändringen skulle ${personName} få: ${violation.message.sv}${source}`,
    en: `With the change, ${personName} would have: ${violation.message.en}${source}`,
  };
}

/** A refusal that is not a rule of the engine (profession, department). */
export function professionMismatch(personName: string, has: LocalizedText, needs: LocalizedText): LocalizedText {
  return {
    sv: `${personName} är ${has.sv.toLowerCase()}; passet kräver ${needs.sv.toLowerCase()}`,
    en: `${personName} is ${article(has.en.toLowerCase())}; the shift needs ${article(needs.en.toLowerCase())}`,
  };
}

export function notAllowedInDepartment(personName: string, departmentName: string): LocalizedText {
  return {
    sv: `${personName} får inte arbeta på ${departmentName}`,
    en: `${personName} is not allowed to work in ${departmentName}`,
  };
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/**
 * The same finding for someone else's eyes: the person and the rule, no details — a colleague
 * must not learn another's absences or unpublished shifts from a refused swap.
 */
export function explainViolationBriefly(violation: Violation, personName: string): LocalizedText {
  if (violation.ruleId === 'unavailable') {
    return { sv: `${personName} är inte tillgänglig då`, en: `${personName} is not available then` };
  }
  const rule = RULES[violation.ruleId];
  const source = rule.source && rule.source !== '—' ? ` (${rule.source})` : '';
  return {
    sv: `Med ändringen skulle ${personName} bryta mot regeln om ${rule.title.sv.toLowerCase()}${source}`,
    en: `With the change, ${personName} would break the rule on ${rule.title.en.toLowerCase()}${source}`,
  };
}
