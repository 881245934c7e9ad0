export * from './history';
export * from './selection';
export * from './ops';
export * from './count';
export * from './paste';
export * from './dates';
export * from './search-text';
export * from './vocabulary';
