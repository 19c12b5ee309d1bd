import type { Profession } from '@bemanna/shared';
import type { DemoEmployee, DemoRegion, DemoShiftType } from '../../api/src/seed/demo-region';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from '../../api/src/seed/demo-names';

// A large region for the roster benchmark, loaded beside the demo region: 5,000 employees in
// 83 wards of 60 plus a pool, the size of a Swedish region's hospital staff. Deterministic (names
// and rates follow the employee's number), so runs compare.

export const GENERATED_WARDS = 83;
export const STAFF_PER_WARD = 60;
export const POOL_STAFF = 20;
/** The ward the benchmark schedules and measures: the first one. */
export const BENCH_WARD_CODE = 'W01';
export const BENCH_SCHEDULER_EMAIL = 'schema.w01@bench.bemanna.se';

const MAIL = 'bench.bemanna.se';
const RATES = [100, 100, 100, 90, 90, 85, 80, 80, 75, 50];

export function wardCode(index: number): string {
  return `W${String(index + 1).padStart(2, '0')}`;
}

export function generatedRegion(): DemoRegion {
  const employees: DemoEmployee[] = [];
  let number = 500001;
  const employee = (homeDepartmentCode: string, profession: Profession, otherDepartmentCodes: string[] = []) => {
    const n = number++;
    const female = n % 5 !== 0;
    const firstNames = female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
    const nurse = profession === 'sjukskoterska';
    employees.push({
      employeeNumber: String(n),
      firstName: firstNames[n % firstNames.length],
      lastName: LAST_NAMES[Math.floor(n / 7) % LAST_NAMES.length],
      email: `anstalld.${n}@${MAIL}`,
      phone: `070-${String(n).slice(0, 3)} ${String(n).slice(3, 5)} ${String(n).slice(4, 6)}`,
      profession,
      employmentRate: RATES[n % RATES.length],
      employmentForm: 'tillsvidare',
      agreement: nurse ? 'ab-hok-vardforbundet' : 'ab-hok-kommunal',
      homeDepartmentCode,
      otherDepartmentCodes,
      fullTimeHoursPerWeek: 38.25,
      nightWorker: false,
      skillCodes: nurse && n % 3 === 0 ? ['NATT'] : [],
      isAgency: false,
      agencyName: null,
    });
  };

  const wards = Array.from({ length: GENERATED_WARDS }, (_, i) => wardCode(i));
  for (const code of wards) {
    for (let i = 0; i < STAFF_PER_WARD; i++)
      employee(code, i < STAFF_PER_WARD / 2 ? 'sjukskoterska' : 'underskoterska');
  }
  for (let i = 0; i < POOL_STAFF; i++) {
    employee('POOL', i % 2 === 0 ? 'sjukskoterska' : 'underskoterska', wards.slice(0, 4));
  }

  const shiftTypes: DemoShiftType[] = [...wards, 'POOL'].flatMap((code) => [
    shiftType(code, 'D', 'Dag', 7 * 60, 15 * 60 + 30, 30, '#f2c94c'),
    shiftType(code, 'K', 'Kväll', 13 * 60 + 30, 21 * 60 + 30, 30, '#f2994a'),
    shiftType(code, 'N', 'Natt', 21 * 60 + 15, 7 * 60 + 15, 45, '#2f80ed'),
  ]);

  return {
    organisation: { name: 'Region Storlanda (benchmark)', code: 'STORLANDA' },
    departments: [
      { code: 'SLS', name: 'Storlanda sjukhus', kind: 'hospital', parentCode: null },
      ...wards.map((code) => ({ code, name: `Avdelning ${code.slice(1)}`, kind: 'ward' as const, parentCode: 'SLS' })),
      { code: 'POOL', name: 'Bemanningspoolen', kind: 'pool', parentCode: 'SLS' },
    ],
    skills: [{ code: 'NATT', name: 'Nattjänstgöring' }],
    employees,
    shiftTypes,
    users: [
      {
        email: BENCH_SCHEDULER_EMAIL,
        displayName: 'Schemaläggare Avdelning 01',
        role: 'scheduler',
        employeeNumber: null,
        departmentCodes: [BENCH_WARD_CODE],
      },
    ],
  };
}

function shiftType(
  departmentCode: string,
  code: string,
  name: string,
  startMinute: number,
  endMinute: number,
  breakMinutes: number,
  colour: string,
): DemoShiftType {
  return {
    departmentCode,
    code,
    name,
    startMinute,
    endMinute,
    breakMinutes,
    colour,
    kind: 'work',
    requiredSkillCode: null,
  };
}

/**
 * Two-week rotations a ward would use (– is a day off): day/evening staff work 10 shifts a
 * fortnight, never an evening before a day shift (that would break daily rest); night staff 7.
 */
export const ROTATIONS: Record<'dayEvening' | 'nights', readonly ('D' | 'K' | 'N' | null)[]> = {
  dayEvening: ['D', 'D', 'K', 'K', null, null, null, 'D', 'D', 'D', 'K', 'K', null, null],
  nights: ['N', 'N', 'N', null, null, null, null, 'N', 'N', 'N', 'N', null, null, null],
};
