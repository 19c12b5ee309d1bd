export * from './time/stockholm';
