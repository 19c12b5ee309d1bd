export * from './deviations';
export * from './worked-time';
