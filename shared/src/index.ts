export * from './time/stockholm';
export * from './staff/staff-vocabulary';
export * from './roster/period-states';
export * from './roster-document';
export * from './time/intervals';
export * from './rules';
export * from './solver';
export * from './pay';
