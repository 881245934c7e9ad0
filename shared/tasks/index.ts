export * from './model';
export * from './deadline';
export * from './derive';
export * from './register';
export * from './view';
export * from './units';
export { daysBetween, HOLIDAY_YEARS } from './calendar';
export * from './sheet';
export * from './notice';
