export * from './time/stockholm';
export * from './staff/staff-vocabulary';
