/** The administrator's policy file as the UI sees it (policy:get). */
export { usePolicy, type PolicyState } from './usePolicy';
export { LockBadge, LockIcon } from './LockBadge';
