export { checkFeature } from './service';
export { loadTerms, saveTerms, termsPath } from './terms-store';
export { createDismissedStore, dismissedPath } from './dismissed-store';
export { acceptedPath, loadAccepted, saveAccepted } from './accepted-store';
export { wordLayer } from './segmenter';
