// The roster document as JSON (docs/roster-format.md): input of `rules:check`, `pay:classify`,
// `payroll:export` and POST /api/rules/check. Optional fields show their default in the docs.

export interface RosterDocument {
  ruleSet: string;
  parameters?: Record<string, unknown>;
  period: { start: string; end: string };
  publishedAt?: string | null;
  employees: RosterDocumentEmployee[];
  shifts: RosterDocumentShift[];
  absences?: RosterDocumentAbsence[];
  exceptions?: RosterDocumentException[];
}

export interface RosterDocumentEmployee {
  id: string;
  employmentRate: number;
  fullTimeHoursPerWeek: number;
  nightWorker?: boolean;
  nightWorkBasis?: boolean;
  skills?: string[];
  dygnsbryt?: string;
  counters?: Partial<Record<string, number>> & { year?: number };
  crisisAssignment?: { start: string; end?: string | null } | null;
}

export interface RosterDocumentShift {
  id: string;
  employeeId: string;
  start: string;
  end: string;
  breakMinutes?: number;
  breaks?: { start: string; end: string }[] | null;
  kind?: 'work' | 'on-call' | 'standby';
  overtime?: boolean;
  requiredSkill?: string | null;
  changedAt?: string | null;
}

export interface RosterDocumentAbsence {
  employeeId: string;
  start: string;
  end: string;
  type: string;
  scheduledHours?: number;
}

export interface RosterDocumentException {
  employeeId: string;
  ruleId: string;
  type: string;
  shiftIds?: string[];
  reason?: string | null;
  reference?: string | null;
  unionNotifiedAt?: string | null;
}
