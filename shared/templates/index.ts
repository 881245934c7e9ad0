export * from './builtin';
export * from './phrases';
export * from './sections';
export * from './file';
