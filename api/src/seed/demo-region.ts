import type { Agreement, DepartmentKind, EmploymentForm, Profession, Role, ShiftKind } from '@bemanna/shared';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './demo-names';

// The demo region as plain data, generated deterministically (same seed → same people), so the
// README's logins and screenshots stay valid across installs.

export interface DemoDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
  parentCode: string | null;
}

export interface DemoEmployee {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  profession: Profession;
  employmentRate: number;
  employmentForm: EmploymentForm;
  agreement: Agreement;
  homeDepartmentCode: string;
  otherDepartmentCodes: string[];
  fullTimeHoursPerWeek: number;
  nightWorker: boolean;
  skillCodes: string[];
  isAgency: boolean;
  agencyName: string | null;
}

export interface DemoShiftType {
  departmentCode: string;
  code: string;
  name: string;
  startMinute: number;
  endMinute: number;
  breakMinutes: number;
  colour: string;
  kind: ShiftKind;
  requiredSkillCode: string | null;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  employeeNumber: string | null;
  departmentCodes: string[];
}

export interface DemoRegion {
  organisation: { name: string; code: string };
  departments: DemoDepartment[];
  skills: { code: string; name: string }[];
  employees: DemoEmployee[];
  shiftTypes: DemoShiftType[];
  users: DemoUser[];
}

export const DEMO_PASSWORD = 'Bemanna-demo-2026';
const MAIL = 'demo.bemanna.se';

const WARDS = [
  { code: 'MED1', name: 'Medicin 1', clinic: 'MEDK', staff: 24, skills: ['DIALYS', 'GERIATRIK'] },
  { code: 'KIR', name: 'Kirurgi', clinic: 'KIRK', staff: 22, skills: ['OP', 'SÅR'] },
  { code: 'IVA', name: 'IVA', clinic: 'ANIVA', staff: 22, skills: ['IVA', 'ANESTESI'] },
  { code: 'AKM', name: 'Akutmottagning', clinic: 'MEDK', staff: 20, skills: ['TRIAGE', 'BARN'] },
  { code: 'GER', name: 'Geriatrik', clinic: 'MEDK', staff: 18, skills: ['GERIATRIK', 'DEMENS'] },
] as const;

/** A small seeded PRNG (mulberry32) so the demo is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoRegion(): DemoRegion {
  const rnd = random(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const usedNames = new Set<string>(FIXED_PEOPLE.map((p) => `${p.firstName} ${p.lastName}`));
  let nextNumber = 100101;

  const departments: DemoDepartment[] = [
    { code: 'NLS', name: 'Norrlanda sjukhus', kind: 'hospital', parentCode: null },
    { code: 'MEDK', name: 'Medicinkliniken', kind: 'clinic', parentCode: 'NLS' },
    { code: 'KIRK', name: 'Kirurgkliniken', kind: 'clinic', parentCode: 'NLS' },
    { code: 'ANIVA', name: 'Anestesi- och intensivvårdskliniken', kind: 'clinic', parentCode: 'NLS' },
    ...WARDS.map((w) => ({
      code: w.code,
      name: w.name,
      kind: (w.code === 'AKM' ? 'reception' : 'ward') as DepartmentKind,
      parentCode: w.clinic,
    })),
    { code: 'POOL', name: 'Bemanningspoolen', kind: 'pool', parentCode: 'NLS' },
  ];

  const skills = [
    { code: 'IVA', name: 'Intensivvård' },
    { code: 'ANESTESI', name: 'Anestesi' },
    { code: 'DIALYS', name: 'Dialys' },
    { code: 'BARN', name: 'Barnsjukvård' },
    { code: 'TRIAGE', name: 'Triage (RETTS)' },
    { code: 'OP', name: 'Operationssjukvård' },
    { code: 'SÅR', name: 'Sårvård' },
    { code: 'GERIATRIK', name: 'Geriatrik' },
    { code: 'DEMENS', name: 'Demensvård' },
    { code: 'NATT', name: 'Nattjänstgöring' },
  ];

  const makeEmployee = (
    homeDepartmentCode: string,
    profession: Profession,
    wardSkills: readonly string[],
    fixed?: { firstName: string; lastName: string; employmentRate: number },
  ): DemoEmployee => {
    let firstName = fixed?.firstName ?? '';
    let lastName = fixed?.lastName ?? '';
    while (!fixed && (!firstName || usedNames.has(`${firstName} ${lastName}`))) {
      firstName = rnd() < 0.78 ? pick(FEMALE_FIRST_NAMES) : pick(MALE_FIRST_NAMES);
      lastName = pick(LAST_NAMES);
    }
    usedNames.add(`${firstName} ${lastName}`);
    const rateRoll = rnd();
    const employmentRate =
      fixed?.employmentRate ??
      (rateRoll < 0.3
        ? 100
        : rateRoll < 0.5
          ? 90
          : rateRoll < 0.62
            ? 85
            : rateRoll < 0.8
              ? 80
              : rateRoll < 0.92
                ? 75
                : 50);
    const isNurse = profession === 'sjukskoterska' || profession === 'specialistsjukskoterska';
    const skillCodes = wardSkills.filter(() => rnd() < (isNurse ? 0.7 : 0.35));
    if (rnd() < 0.15) skillCodes.push('NATT');
    const formRoll = rnd();
    return {
      employeeNumber: String(nextNumber++),
      firstName,
      lastName,
      email: `${ascii(firstName)}.${ascii(lastName)}@${MAIL}`,
      phone: `070-${String(1000000 + Math.floor(rnd() * 8999999)).replace(/(\d{3})(\d{2})(\d{2})$/, '$1 $2 $3')}`,
      profession,
      employmentRate,
      employmentForm: formRoll < 0.86 ? 'tillsvidare' : 'visstid',
      agreement: profession === 'lakare' ? 'atl' : isNurse ? 'ab-hok-vardforbundet' : 'ab-hok-kommunal',
      homeDepartmentCode,
      otherDepartmentCodes: [],
      // HÖK full-time measures: rotating day/evening/night 38 h 15 min, permanent nights 34 h 20 min
      // (staff with the NATT skill work nights only); physicians 40 h.
      fullTimeHoursPerWeek: profession === 'lakare' ? 40 : skillCodes.includes('NATT') ? 34.33 : 38.25,
      nightWorker: skillCodes.includes('NATT'),
      skillCodes: [...new Set(skillCodes)].sort(),
      isAgency: false,
      agencyName: null,
    };
  };

  const employees: DemoEmployee[] = [];
  for (const ward of WARDS) {
    const fixed = FIXED_PEOPLE.filter((p) => p.ward === ward.code);
    for (const person of fixed) {
      employees.push(makeEmployee(ward.code, person.profession, ward.skills, person));
    }
    for (let i = fixed.length; i < ward.staff; i++) {
      const roll = i / ward.staff;
      const profession: Profession =
        ward.code === 'IVA' && roll < 0.55
          ? 'specialistsjukskoterska'
          : ward.code === 'AKM' && i % 10 === 9
            ? 'lakare'
            : roll < 0.5
              ? 'sjukskoterska'
              : 'underskoterska';
      employees.push(makeEmployee(ward.code, profession, ward.skills));
    }
  }
  // The pool works across the medical and surgical wards; a few are agency staff.
  for (let i = 0; i < 14; i++) {
    const profession: Profession = i % 2 === 0 ? 'sjukskoterska' : 'underskoterska';
    const e = makeEmployee('POOL', profession, ['GERIATRIK', 'SÅR', 'TRIAGE']);
    e.otherDepartmentCodes = ['MED1', 'KIR', 'GER', 'AKM'];
    if (i >= 11) {
      e.isAgency = true;
      e.agencyName = 'Vårdbemanning Norr AB';
      e.employmentForm = 'visstid';
    } else if (i >= 8) {
      e.employmentForm = 'timavlonad';
    }
    employees.push(e);
  }
  // Some ward staff also cover a neighbouring ward.
  for (const e of employees) {
    if (e.homeDepartmentCode === 'MED1' && rnd() < 0.2) e.otherDepartmentCodes = ['GER'];
    if (e.homeDepartmentCode === 'GER' && rnd() < 0.2) e.otherDepartmentCodes = ['MED1'];
  }

  const shiftTypes: DemoShiftType[] = [];
  for (const ward of WARDS) {
    shiftTypes.push(
      shift(ward.code, 'D', 'Dag', '07:00', '15:30', 30, '#f2c94c'),
      shift(ward.code, 'K', 'Kväll', '13:30', '21:30', 30, '#f2994a'),
      shift(ward.code, 'N', 'Natt', '21:15', '07:15', 45, '#2f80ed'),
    );
    if (ward.code === 'AKM') shiftTypes.push(shift('AKM', 'M', 'Mellan', '10:00', '18:30', 30, '#27ae60'));
    if (ward.code === 'IVA') {
      shiftTypes.push(shift('IVA', 'DL', 'Dag lång', '07:00', '19:30', 45, '#eb5757', 'IVA'));
      shiftTypes.push(shift('IVA', 'NL', 'Natt lång', '19:00', '07:30', 45, '#1b4f9c', 'IVA'));
    }
  }
  shiftTypes.push(
    shift('POOL', 'D', 'Dag', '07:00', '15:30', 30, '#f2c94c'),
    shift('POOL', 'K', 'Kväll', '13:30', '21:30', 30, '#f2994a'),
    shift('POOL', 'N', 'Natt', '21:15', '07:15', 45, '#2f80ed'),
  );

  const numberOf = (firstName: string, lastName: string) =>
    employees.find((e) => e.firstName === firstName && e.lastName === lastName)!.employeeNumber;

  const users: DemoUser[] = [
    {
      email: `admin@${MAIL}`,
      displayName: 'Administratör Demo',
      role: 'admin',
      employeeNumber: null,
      departmentCodes: [],
    },
    { email: `hr@${MAIL}`, displayName: 'Helena Lönn (HR)', role: 'hr', employeeNumber: null, departmentCodes: [] },
    ...WARDS.map((w) => ({
      email: `schema.${ascii(w.code)}@${MAIL}`,
      displayName: `Schemaläggare ${w.name}`,
      role: 'scheduler' as const,
      employeeNumber: null,
      departmentCodes: [w.code],
    })),
    {
      email: `schema.pool@${MAIL}`,
      displayName: 'Bemanningscentralen',
      role: 'scheduler',
      employeeNumber: null,
      departmentCodes: ['POOL'],
    },
    ...FIXED_PEOPLE.map((p) => ({
      email: `${ascii(p.firstName)}.${ascii(p.lastName)}@${MAIL}`,
      displayName: `${p.firstName} ${p.lastName}`,
      role: 'employee' as const,
      employeeNumber: numberOf(p.firstName, p.lastName),
      departmentCodes: [],
    })),
  ];

  return {
    organisation: { name: 'Region Norrlanda', code: 'NORRLANDA' },
    departments,
    skills,
    employees,
    shiftTypes,
    users,
  };
}

/** People with demo logins: fixed names so the README can list them. */
const FIXED_PEOPLE: {
  ward: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  employmentRate: number;
}[] = [
  { ward: 'MED1', firstName: 'Anna', lastName: 'Lindqvist', profession: 'sjukskoterska', employmentRate: 100 },
  { ward: 'MED1', firstName: 'Johan', lastName: 'Berg', profession: 'sjukskoterska', employmentRate: 80 },
  { ward: 'MED1', firstName: 'Sara', lastName: 'Nyström', profession: 'underskoterska', employmentRate: 75 },
  { ward: 'IVA', firstName: 'Elin', lastName: 'Forsberg', profession: 'specialistsjukskoterska', employmentRate: 90 },
];

function shift(
  departmentCode: string,
  code: string,
  name: string,
  start: string,
  end: string,
  breakMinutes: number,
  colour: string,
  requiredSkillCode: string | null = null,
): DemoShiftType {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return {
    departmentCode,
    code,
    name,
    startMinute: minutes(start),
    endMinute: minutes(end),
    breakMinutes,
    colour,
    kind: 'work',
    requiredSkillCode,
  };
}

function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}
