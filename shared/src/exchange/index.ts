export * from './new-violations';
export * from './explain';
export * from './extra-time';
export * from './agency';
export * from './swap-states';
export * from './profession-cover';
