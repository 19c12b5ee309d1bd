// The per-person limits row of the Generate panel as plain data: what the inputs hold, the
// request they make, and the server's field messages placed back on the inputs.
import { ApiError } from '../../../api/api-error';
import type { Schemas } from '../../../api/client';

export type EmployeeGenerationLimits = Schemas['EmployeeGenerationLimitsView'];
export type GenerationLimitsInput = Schemas['SetEmployeeGenerationLimitsDto'];

export const NUMBER_FIELDS = [
  'minHours',
  'maxHours',
  'maxConsecutiveDays',
  'minConsecutiveDaysOff',
  'maxWeekends',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** The numbers as typed, and the shift-type caps by shift type id; '' is no limit. */
export interface LimitsDraft {
  numbers: Record<NumberField, string>;
  caps: Record<string, string>;
}

/** The stored numbers as a person reads them: 60,5 in Swedish. */
export function draftOf(p: EmployeeGenerationLimits, language: string): LimitsDraft {
  const text = (v: number | null) =>
    v === null ? '' : language.startsWith('sv') ? String(v).replace('.', ',') : String(v);
  return {
    numbers: {
      minHours: text(p.minHours),
      maxHours: text(p.maxHours),
      maxConsecutiveDays: text(p.maxConsecutiveDays),
      minConsecutiveDaysOff: text(p.minConsecutiveDaysOff),
      maxWeekends: text(p.maxWeekends),
    },
    caps: Object.fromEntries(p.maxShiftsByType.map((c) => [c.shiftTypeId, String(c.max)])),
  };
}

export function isEmptyDraft(d: LimitsDraft): boolean {
  return [...Object.values(d.numbers), ...Object.values(d.caps)].every((v) => v.trim() === '');
}

/**
 * The request for a draft, and the shift types in the order its caps were sent (the server's
 * messages name a cap by its place in the list). Only the shift types shown are sent.
 */
export function requestOf(
  d: LimitsDraft,
  version: number,
  shiftTypeIds: readonly string[],
): { body: GenerationLimitsInput; capTypes: string[] } {
  const body: GenerationLimitsInput = { version };
  for (const f of NUMBER_FIELDS) {
    const value = d.numbers[f].trim();
    if (value !== '') body[f] = parseNumber(value);
  }
  const capTypes = shiftTypeIds.filter((id) => (d.caps[id] ?? '').trim() !== '');
  if (capTypes.length > 0) {
    body.maxShiftsByType = capTypes.map((id) => ({ shiftTypeId: id, max: parseNumber(d.caps[id]) }));
  }
  return { body, capTypes };
}

/** The key of a shift type's cap among the row's inputs. */
export const capKey = (shiftTypeId: string) => `cap:${shiftTypeId}`;

/** The server's field messages keyed by the row's inputs (`maxShiftsByType.2.max` → the third cap sent). */
export function rowErrors(error: unknown, capTypes: readonly string[], language: string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const d of error.details) {
    const cap = /^maxShiftsByType\.(\d+)\./.exec(d.field);
    const key = cap ? capKey(capTypes[Number(cap[1])] ?? '') : d.field;
    out[key] ??= language.startsWith('sv') ? d.messageSv : d.message;
  }
  return out;
}

/** Whether every field message of the error has its input in the row (no banner needed then). */
export function allAtInputs(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.details.length === 0) return false;
  const atInput = (field: string) =>
    (NUMBER_FIELDS as readonly string[]).includes(field) || /^maxShiftsByType\.\d+\./.test(field);
  return error.details.every((d) => atInput(d.field));
}

/**
 * A number as people type it, decimal comma too. Anything else is sent as typed, so that the
 * server answers with its message ("Måste vara ett tal") like for every other field.
 */
function parseNumber(value: string): number {
  const n = Number(value.trim().replace(',', '.'));
  return (Number.isFinite(n) ? n : value) as number;
}
