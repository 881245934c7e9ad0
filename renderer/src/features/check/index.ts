/** Proofreading in the editor: mount CheckProvider around the page, ProblemsPanel once, ParagraphMarks in each paragraph. */
export { CheckProvider, useCheck } from './CheckProvider';
export { ProblemsPanel } from './ProblemsPanel';
export { ParagraphMarks } from './ParagraphMarks';
export { useProblemCount, type ProblemCount } from './useProblemCount';
