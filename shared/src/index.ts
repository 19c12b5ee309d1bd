export * from './time/stockholm';
export * from './staff/staff-vocabulary';
export * from './roster/period-states';
export * from './roster-document';
