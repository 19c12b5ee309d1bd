export * from './roster-document';
export * from './roster-snapshot';
export * from './roster-document-error';
export { parseRosterDocument, compareShifts, MAX_PERIOD_DAYS } from './parse-roster-document';
