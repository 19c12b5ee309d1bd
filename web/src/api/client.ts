import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** Typed calls to the API on the same origin; the session cookie travels with every request. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

export type Schemas = components['schemas'];
export type Me = Schemas['MeView'];
export type Department = Schemas['DepartmentView'];
export type Employee = Schemas['EmployeeView'];
export type Skill = Schemas['SkillView'];
export type ShiftType = Schemas['ShiftTypeView'];
export type User = Schemas['UserView'];
export type RosterPeriod = Schemas['RosterPeriodView'];
export type RosterView = Schemas['RosterView'];
export type RosterRow = Schemas['RosterRowView'];
export type Shift = Schemas['ShiftView'];
export type ShiftWriteResult = Schemas['ShiftWriteResultView'];
export type Violation = Schemas['ViolationView'];
export type CoverageCell = Schemas['CoverageCellView'];
export type StaffingNeed = Schemas['StaffingNeedView'];
