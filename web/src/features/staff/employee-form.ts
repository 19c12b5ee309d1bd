import type { Agreement, EmploymentForm, Profession } from '@bemanna/shared';
import type { Employee } from '../../api/client';
import type { EmployeeBody } from './employees.queries';

/** What the editor's controls hold: text inputs keep their text until the form is sent. */
export interface EmployeeFormState {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  profession: Profession;
  employmentRate: string;
  employmentForm: EmploymentForm;
  agreement: Agreement;
  homeDepartmentId: string;
  departmentIds: string[];
  skillIds: string[];
  isAgency: boolean;
  agencyName: string;
  active: boolean;
  fullTimeHoursPerWeek: string;
  nightWorker: boolean;
  nightWorkBasis: boolean;
  dygnsbryt: string;
}

/** `language` decides the decimal separator shown (38,25 in Swedish); both are accepted back. */
export function formFromEmployee(e: Employee, language: string): EmployeeFormState {
  return {
    employeeNumber: e.employeeNumber,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email ?? '',
    phone: e.phone ?? '',
    profession: e.profession,
    employmentRate: String(e.employmentRate),
    employmentForm: e.employmentForm,
    agreement: e.agreement,
    homeDepartmentId: e.homeDepartmentId,
    departmentIds: e.departmentIds,
    skillIds: e.skillIds,
    isAgency: e.isAgency,
    agencyName: e.agencyName ?? '',
    active: e.active,
    fullTimeHoursPerWeek: language.startsWith('sv')
      ? String(e.fullTimeHoursPerWeek).replace('.', ',')
      : String(e.fullTimeHoursPerWeek),
    nightWorker: e.nightWorker,
    nightWorkBasis: e.nightWorkBasis,
    dygnsbryt: e.dygnsbryt,
  };
}

export function emptyEmployeeForm(homeDepartmentId: string): EmployeeFormState {
  return {
    employeeNumber: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    profession: 'sjukskoterska',
    employmentRate: '100',
    employmentForm: 'tillsvidare',
    agreement: 'ab-hok-vardforbundet',
    homeDepartmentId,
    departmentIds: [],
    skillIds: [],
    isAgency: false,
    agencyName: '',
    active: true,
    // The API's defaults: a 40-hour full-time measure, the working day starting at midnight.
    fullTimeHoursPerWeek: '40',
    nightWorker: false,
    nightWorkBasis: true,
    dygnsbryt: '00:00',
  };
}

/**
 * The request body. Values are sent as typed, so that the server's validation (the truth) answers
 * with a message on the right field; empty optional texts clear the value.
 */
export function bodyFromForm(form: EmployeeFormState, existing: Employee | null): EmployeeBody {
  const rate = form.employmentRate.trim();
  // People type "38,25" as well as "38.25".
  const fullTime = form.fullTimeHoursPerWeek.trim().replace(',', '.');
  return {
    employeeNumber: form.employeeNumber,
    firstName: form.firstName,
    lastName: form.lastName,
    email: form.email.trim() === '' ? null : form.email,
    phone: form.phone.trim() === '' ? null : form.phone,
    profession: form.profession,
    employmentRate: rate === '' ? (null as unknown as number) : Number(rate),
    employmentForm: form.employmentForm,
    agreement: form.agreement,
    homeDepartmentId: form.homeDepartmentId,
    departmentIds: form.departmentIds.filter((id) => id !== form.homeDepartmentId),
    skillIds: form.skillIds,
    isAgency: form.isAgency,
    agencyName: form.isAgency && form.agencyName.trim() !== '' ? form.agencyName : null,
    fullTimeHoursPerWeek: fullTime === '' ? (null as unknown as number) : Number(fullTime),
    nightWorker: form.nightWorker,
    nightWorkBasis: form.nightWorkBasis,
    dygnsbryt: form.dygnsbryt.trim(),
    ...(existing ? { active: form.active, version: existing.version } : {}),
  };
}

export function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}
