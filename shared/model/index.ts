export * from './briefing';
export * from './template';
export * from './settings';
export * from './text';
export * from './ids';
export * from './paragraph-ids';
export * from './migrations';
export * from './factory';
