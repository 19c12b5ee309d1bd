import type { FieldProblem } from './domain-error';

// Database unique constraints → the field a person should correct. Services check uniqueness
// first for a friendly message; this covers the race where two requests insert at once.
const UNIQUE_CONSTRAINTS: Record<string, FieldProblem> = {
  uq_organisations_code: {
    field: 'code',
    message: {
      sv: 'Det finns redan en organisation med den koden',
      en: 'An organisation with this code already exists',
    },
  },
  uq_departments_org_code: {
    field: 'code',
    message: { sv: 'Det finns redan en enhet med den koden', en: 'A department with this code already exists' },
  },
  uq_skills_org_code: {
    field: 'code',
    message: { sv: 'Det finns redan en kompetens med den koden', en: 'A skill with this code already exists' },
  },
  uq_employees_org_number: {
    field: 'employeeNumber',
    message: {
      sv: 'Det finns redan en anställd med det anställningsnumret',
      en: 'An employee with this employee number already exists',
    },
  },
  uq_shift_types_department_code: {
    field: 'code',
    message: {
      sv: 'Enheten har redan en passtyp med den koden',
      en: 'The department already has a shift type with this code',
    },
  },
  uq_users_email: {
    field: 'email',
    message: {
      sv: 'Det finns redan en användare med den e-postadressen',
      en: 'A user with this e-mail already exists',
    },
  },
  // Two first saves of the same person's limits at once: the second learns of the first.
  pk_employee_generation_limits: {
    field: 'employeeId',
    message: {
      sv: 'Någon annan sparade begränsningar för personen samtidigt. Läs in dem igen.',
      en: 'Someone else saved limits for this person at the same time. Load them again.',
    },
  },
};

export function uniqueConstraintProblem(constraint: string | undefined): FieldProblem | undefined {
  return constraint ? UNIQUE_CONSTRAINTS[constraint] : undefined;
}
