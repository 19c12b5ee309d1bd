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
