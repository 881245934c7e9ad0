export { checkFeature } from './service';
export { loadTerms, saveTerms, termsPath } from './terms-store';
export { createDismissedStore, dismissedPath } from './dismissed-store';
