// What taking an extra shift means for a person's pay (RULES.md Part B §2.3, AB § 20; ATL 10 §):
// hours that still fit in the contracted time of the period are ordinary time; the rest is
// ordered extra time — mertid for a part-timer up to the full-time measure of the week, overtime
// beyond it and for full-timers. The split of the extra hours comes from the rules engine's
// figures with the shift counted as ordered time, so it follows the same week grid and counting
// (ATL 7 § st 2) as the engine; the hours beyond the contract are the end of the shift, which is
// where that split puts the overtime.

export type ExtraTimeKind = 'ordinary' | 'mertid' | 'overtime' | 'mertid-and-overtime';

export interface ExtraTimeInput {
  /** The person's contracted hours in the period: full-time measure × employment rate, pro rata per day. */
  contractedHours: number;
  /** Ordinary hours already planned in the period (absences on scheduled time included). */
  plannedHours: number;
  /** Paid hours of the shift. */
  shiftHours: number;
  /** The engine's split of the shift counted as ordered time. */
  orderedMertidHours: number;
  orderedOvertimeHours: number;
}

export interface ExtraTime {
  kind: ExtraTimeKind;
  ordinaryHours: number;
  mertidHours: number;
  overtimeHours: number;
  /** Contracted hours still unplanned before taking the shift (never negative). */
  remainingContractHours: number;
}

const EPSILON = 1e-9;

export function contractedHoursInPeriod(fullTimeHoursPerWeek: number, employmentRate: number, days: number): number {
  return (fullTimeHoursPerWeek * employmentRate * days) / 700;
}

export function extraTime(input: ExtraTimeInput): ExtraTime {
  const room = Math.max(0, input.contractedHours - input.plannedHours);
  const extra = Math.max(0, input.shiftHours - room);
  if (extra <= EPSILON) {
    return {
      kind: 'ordinary',
      ordinaryHours: input.shiftHours,
      mertidHours: 0,
      overtimeHours: 0,
      remainingContractHours: room,
    };
  }
  const overtimeHours = Math.min(extra, Math.max(0, input.orderedOvertimeHours));
  const mertidHours = extra - overtimeHours;
  const kind: ExtraTimeKind =
    overtimeHours <= EPSILON ? 'mertid' : mertidHours <= EPSILON ? 'overtime' : 'mertid-and-overtime';
  return {
    kind,
    ordinaryHours: input.shiftHours - extra,
    mertidHours: kind === 'overtime' ? 0 : mertidHours,
    overtimeHours: kind === 'mertid' ? 0 : overtimeHours,
    remainingContractHours: room,
  };
}

/** "inom din avtalade arbetstid" / "mertid 6 h 15 min och övertid 1 h 45 min", for hints and messages. */
export function extraTimeText(extra: ExtraTime): { sv: string; en: string } {
  switch (extra.kind) {
    case 'ordinary':
      return { sv: 'inom din avtalade arbetstid', en: 'within your contracted hours' };
    case 'mertid':
      return { sv: `mertid ${hours(extra.mertidHours)}`, en: `mertid (additional hours) ${hours(extra.mertidHours)}` };
    case 'overtime':
      return { sv: `övertid ${hours(extra.overtimeHours)}`, en: `overtime ${hours(extra.overtimeHours)}` };
    case 'mertid-and-overtime':
      return {
        sv: `mertid ${hours(extra.mertidHours)} och övertid ${hours(extra.overtimeHours)}`,
        en: `mertid (additional hours) ${hours(extra.mertidHours)} and overtime ${hours(extra.overtimeHours)}`,
      };
  }
}

function hours(value: number): string {
  const minutes = Math.round(value * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
