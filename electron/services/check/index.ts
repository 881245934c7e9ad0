export { checkFeature } from './service';
export { loadTerms, saveTerms, termsPath } from './terms-store';
export { createDismissedStore, dismissedPath } from './dismissed-store';
export { acceptedPath, loadAccepted, saveAccepted } from './accepted-store';
export { createWordsClient, type WordsClient, type WordsLoad, type WordsState } from './words-client';
