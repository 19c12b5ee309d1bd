// A made-up region for tests and the scale benchmark: departments with day/evening/night shift
// types and needs for nurses and assistant nurses, staff with Swedish contracts (HÖK full-time
// measures, part-time rates, night workers), a pool that works in several departments, leave
// and wishes. Deterministic for a seed.
import { type CoverageNeed, type DayKind } from '../roster/coverage';
import { type Wish } from '../roster/wish-fulfilment';
import { type Profession } from '../staff/staff-vocabulary';
import { addDays, type CivilDate } from '../time/stockholm';
import { createPrng } from '../solver/prng';
import type { CheckShift } from './generation-rule-check';
import type { RosterProposal } from './proposal';
import type {
  GenerationAbsence,
  GenerationEmployee,
  GenerationInput,
  GenerationShift,
  GenerationShiftType,
} from './generation-input';

export interface SyntheticOptions {
  departments: number;
  employees: number;
  weeks: number;
  start: CivilDate;
  seed?: number;
  /** Scale of the needs (1 = a ward of ~33 staff; lower for small tests). */
  needScale?: number;
  mode?: GenerationInput['mode'];
}

const WEEKDAYS: DayKind[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function syntheticRegion(o: SyntheticOptions): GenerationInput {
  const rng = createPrng(o.seed ?? 7);
  const scale = o.needScale ?? 1;
  const shiftTypes: GenerationShiftType[] = [];
  const needs: CoverageNeed[] = [];
  const departments = Array.from({ length: o.departments }, (_, i) => `dep${i + 1}`);
  for (const dep of departments) {
    const types: Array<[string, number, number, number]> = [
      ['D', 7 * 60, 15 * 60 + 30, 30],
      ['K', 13 * 60 + 30, 21 * 60 + 30, 30],
      ['N', 21 * 60 + 15, 7 * 60 + 15, 45],
    ];
    for (const [code, startMinute, endMinute, breakMinutes] of types) {
      shiftTypes.push({
        id: `${dep}-${code}`,
        departmentId: dep,
        code,
        startMinute,
        endMinute,
        breakMinutes,
        kind: 'work',
        requiredSkillId: null,
        requiredSkillCode: null,
      });
    }
    const add = (dayKinds: DayKind[], code: string, profession: Profession, min: number, target: number) => {
      const m = Math.max(0, Math.round(min * scale));
      const t = Math.max(m, Math.round(target * scale));
      for (const dayKind of dayKinds)
        needs.push({ dayKind, shiftTypeId: `${dep}-${code}`, profession, skillId: null, min: m, target: t });
    };
    add(WEEKDAYS, 'D', 'sjukskoterska', 3, 4);
    add(WEEKDAYS, 'D', 'underskoterska', 3, 4);
    add(['sat', 'sun', 'holiday'], 'D', 'sjukskoterska', 2, 3);
    add(['sat', 'sun', 'holiday'], 'D', 'underskoterska', 2, 3);
    add([...WEEKDAYS, 'sat', 'sun', 'holiday'], 'K', 'sjukskoterska', 2, 3);
    add([...WEEKDAYS, 'sat', 'sun', 'holiday'], 'K', 'underskoterska', 2, 2);
    add([...WEEKDAYS, 'sat', 'sun', 'holiday'], 'N', 'sjukskoterska', 1, 1);
    add([...WEEKDAYS, 'sat', 'sun', 'holiday'], 'N', 'underskoterska', 1, 1);
  }

  const employees: GenerationEmployee[] = [];
  const rates = [100, 100, 100, 90, 90, 85, 80, 80, 75, 50];
  const poolSize = Math.floor(o.employees * 0.08);
  for (let i = 0; i < o.employees; i++) {
    const pool = i >= o.employees - poolSize;
    const home = departments[i % departments.length];
    const profession: Profession = Math.floor(i / departments.length) % 2 === 0 ? 'sjukskoterska' : 'underskoterska';
    const nightWorker = rng.next() < 0.12;
    employees.push({
      id: `e${i + 1}`,
      name: `Person ${i + 1}`,
      profession,
      skillIds: [],
      skillCodes: [],
      departmentIds: pool ? departments : [home],
      employmentRate: rates[rng.int(rates.length)],
      fullTimeHoursPerWeek: nightWorker ? 34.33 : 38.25,
      nightWorker,
      nightWorkBasis: true,
      dygnsbryt: '00:00',
      agreement: profession === 'sjukskoterska' ? 'ab-hok-vardforbundet' : 'ab-hok-kommunal',
      isAgency: pool && i === o.employees - 1,
      isPool: pool,
    });
  }

  const days = o.weeks * 7;
  const absences: GenerationAbsence[] = [];
  const wishes: Wish[] = [];
  for (const e of employees) {
    if (rng.next() < 0.15) {
      const first = rng.int(days - 5);
      absences.push({
        employeeId: e.id,
        type: 'vacation',
        startDate: addDays(o.start, first),
        endDate: addDays(o.start, first + 4),
      });
    }
    for (let k = 0; k < 2; k++) {
      const d = rng.int(days);
      const date = addDays(o.start, d);
      if (wishes.some((w) => w.employeeId === e.id && w.date === date)) continue;
      const free = rng.next() < 0.6;
      wishes.push({ employeeId: e.id, date, kind: free ? 'free' : 'can-work', shiftTypeId: null });
    }
  }
  const shifts: GenerationShift[] = [];
  return {
    period: { start: o.start, end: addDays(o.start, days - 1) },
    mode: o.mode ?? 'generate',
    keepExisting: false,
    shiftTypes,
    needs,
    employees,
    absences,
    wishes,
    shifts,
  };
}

/** The shifts a proposal creates, as the rules engine's check reads them (to re-check an accepted roster). */
export function createdShifts(proposal: RosterProposal): CheckShift[] {
  return proposal.changes
    .filter((c) => c.kind === 'create')
    .map((c) => ({
      id: c.id,
      employeeId: c.employeeId,
      start: Date.parse(c.start),
      end: Date.parse(c.end),
      breakMinutes: c.breakMinutes,
      kind: 'work',
      requiredSkillCode: null,
    }));
}
