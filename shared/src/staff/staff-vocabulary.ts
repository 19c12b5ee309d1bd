// Vocabulary of the staff registry, shared by API validation and the web client's labels.
// Ids are stable ASCII forms of the Swedish terms; labels are what people read.

export const PROFESSIONS = [
  'sjukskoterska',
  'specialistsjukskoterska',
  'barnmorska',
  'underskoterska',
  'lakare',
  'vardbitrade',
  'fysioterapeut',
  'arbetsterapeut',
  'annan',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, { sv: string; en: string }> = {
  sjukskoterska: { sv: 'Sjuksköterska', en: 'Registered nurse' },
  specialistsjukskoterska: { sv: 'Specialistsjuksköterska', en: 'Specialist nurse' },
  barnmorska: { sv: 'Barnmorska', en: 'Midwife' },
  underskoterska: { sv: 'Undersköterska', en: 'Assistant nurse' },
  lakare: { sv: 'Läkare', en: 'Physician' },
  vardbitrade: { sv: 'Vårdbiträde', en: 'Care assistant' },
  fysioterapeut: { sv: 'Fysioterapeut', en: 'Physiotherapist' },
  arbetsterapeut: { sv: 'Arbetsterapeut', en: 'Occupational therapist' },
  annan: { sv: 'Annan', en: 'Other' },
};

export const EMPLOYMENT_FORMS = ['tillsvidare', 'visstid', 'timavlonad'] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

export const EMPLOYMENT_FORM_LABELS: Record<EmploymentForm, { sv: string; en: string }> = {
  tillsvidare: { sv: 'Tillsvidareanställning', en: 'Permanent' },
  visstid: { sv: 'Visstidsanställning', en: 'Fixed-term' },
  timavlonad: { sv: 'Timavlönad', en: 'Hourly paid' },
};

/** Rule sets an employee's agreement can refer to (RULES.md A3). */
export const AGREEMENTS = ['ab-hok-vardforbundet', 'ab-hok-kommunal', 'atl'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export const AGREEMENT_LABELS: Record<Agreement, { sv: string; en: string }> = {
  'ab-hok-vardforbundet': { sv: 'AB + HÖK Vårdförbundet', en: 'AB + HÖK Vårdförbundet' },
  'ab-hok-kommunal': { sv: 'AB + HÖK Kommunal', en: 'AB + HÖK Kommunal' },
  atl: { sv: 'Arbetstidslagen', en: 'Working Hours Act only' },
};

export const DEPARTMENT_KINDS = ['hospital', 'clinic', 'ward', 'reception', 'health-centre', 'pool'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, { sv: string; en: string }> = {
  hospital: { sv: 'Sjukhus', en: 'Hospital' },
  clinic: { sv: 'Klinik', en: 'Clinic' },
  ward: { sv: 'Vårdavdelning', en: 'Ward' },
  reception: { sv: 'Mottagning', en: 'Outpatient clinic' },
  'health-centre': { sv: 'Vårdcentral', en: 'Health centre' },
  pool: { sv: 'Bemanningspool', en: 'Staffing pool' },
};

export const SHIFT_KINDS = ['work', 'on-call', 'standby'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

export const ROLES = ['admin', 'scheduler', 'hr', 'employee'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  scheduler: { sv: 'Schemaläggare', en: 'Scheduler' },
  hr: { sv: 'HR / lön', en: 'HR / payroll' },
  employee: { sv: 'Medarbetare', en: 'Employee' },
};
