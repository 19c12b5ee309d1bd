// Category (and absence type) → the payroll system's code, per organisation, versioned by valid-from
// date (issue 6). A PAXml `tidkod` goes out as `<tidtrans>`; a region's own `lonart` as
// `<lonetrans>` (PAXml: lonart is the payroll system's code). The default is RULES.md §6.4.
import { PAY_CATEGORIES, type PayCategory } from '../pay/pay-categories';
import { type CivilDate, isCivilDate } from '../time/stockholm';
import { isTidkod, type Tidkod } from './paxml-codes';
import { PayrollExportError } from './payroll-export-error';

export type PayCodeTarget = { tidkod: Tidkod; name?: string } | { lonart: string; name?: string };

export interface PayCodeMappingVersion {
  validFrom: CivilDate;
  codes: Partial<Record<PayCategory, PayCodeTarget>>;
}

export const DEFAULT_PAY_CODE_MAPPING: readonly PayCodeMappingVersion[] = [
  {
    validFrom: '2000-01-01',
    codes: {
      ordinary: { tidkod: 'TID' },
      mertid: { tidkod: 'MER' },
      'overtime-simple': { tidkod: 'ÖT1' },
      'overtime-qualified': { tidkod: 'ÖT2' },
      'ob-d': { tidkod: 'OB1', name: 'O-tillägg D vardag kväll' },
      'ob-c': { tidkod: 'OB2', name: 'O-tillägg C vardag natt' },
      'ob-b': { tidkod: 'OB3', name: 'O-tillägg B helg' },
      'ob-b-night': { tidkod: 'OB4', name: 'O-tillägg B helg natt' },
      'ob-a': { tidkod: 'OB5', name: 'O-tillägg A storhelg' },
      'ob-a-night': { tidkod: 'LT3', name: 'O-tillägg A storhelg natt' },
      'on-call': { tidkod: 'JR1' },
      standby: { tidkod: 'BE1' },
      'absence-vacation': { tidkod: 'SEM' },
      'absence-sick': { tidkod: 'SJK' },
      'absence-leave': { tidkod: 'TJL' },
      'absence-parental-leave': { tidkod: 'FPE' },
      'absence-care-of-child': { tidkod: 'VAB' },
      'absence-comp-leave': { tidkod: 'KOM' },
      'absence-other': { tidkod: 'FR1', name: 'Övrig frånvaro' },
    },
  },
];

/** The version in force on `date`. */
export function payCodeMappingOn(versions: readonly PayCodeMappingVersion[], date: CivilDate): PayCodeMappingVersion {
  let found: PayCodeMappingVersion | null = null;
  for (const v of versions) if (v.validFrom <= date && (found === null || v.validFrom > found.validFrom)) found = v;
  if (found === null) throw new PayrollExportError('MAPPING_MISSING', `no pay-code mapping is valid on ${date}`);
  return found;
}

/**
 * Every version in force during [from, to] must give every category a known code, so an export
 * never stops half-way or drops hours silently. Throws PayrollExportError listing all problems.
 */
export function validatePayCodeMapping(
  versions: readonly PayCodeMappingVersion[],
  from: CivilDate,
  to: CivilDate,
): void {
  const problems: string[] = [];
  for (const v of versions)
    if (!isCivilDate(v.validFrom))
      problems.push(`mapping version ${JSON.stringify(v.validFrom)}: validFrom is not a date YYYY-MM-DD`);
  const inForce = mappingVersionsInForce(versions, from, to);
  if (!versions.some((v) => v.validFrom <= from)) problems.push(`no pay-code mapping is valid on ${from}`);
  for (const v of inForce) {
    const missing = PAY_CATEGORIES.filter((c) => v.codes[c] === undefined);
    if (missing.length > 0) problems.push(`mapping valid from ${v.validFrom} has no code for ${missing.join(', ')}`);
    for (const [category, target] of Object.entries(v.codes)) {
      if (!(PAY_CATEGORIES as readonly string[]).includes(category))
        problems.push(`mapping valid from ${v.validFrom}: ${JSON.stringify(category)} is not a pay category`);
      if (!target) continue;
      if ('tidkod' in target && !isTidkod(target.tidkod))
        problems.push(
          `mapping valid from ${v.validFrom}: ${category} → ${JSON.stringify(target.tidkod)} is not a PAXml tidkod`,
        );
      if ('lonart' in target && (typeof target.lonart !== 'string' || target.lonart.trim() === ''))
        problems.push(`mapping valid from ${v.validFrom}: ${category} → lonart must be a non-empty string`);
    }
  }
  if (problems.length > 0)
    throw new PayrollExportError(
      problems.some((p) => p.includes('has no code') || p.includes('no pay-code'))
        ? 'MAPPING_MISSING'
        : 'UNKNOWN_PAY_CODE',
      problems.join('; '),
    );
}

/** The versions that apply to some day of [from, to], oldest first. */
export function mappingVersionsInForce(
  versions: readonly PayCodeMappingVersion[],
  from: CivilDate,
  to: CivilDate,
): PayCodeMappingVersion[] {
  return versions
    .filter((v) => v.validFrom <= to && !versions.some((w) => w.validFrom > v.validFrom && w.validFrom <= from))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
}

export function codeOf(target: PayCodeTarget): string {
  return 'tidkod' in target ? target.tidkod : target.lonart;
}
