export { useOverdueCount } from './useOverdueCount';
