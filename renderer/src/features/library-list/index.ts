export { CountText } from './CountText';
export { DocTable } from './DocTable';
export { useLibraryQuery, SEARCH_LIMIT, type LibraryQuery } from './useLibraryQuery';
