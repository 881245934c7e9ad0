import type { Locale } from '../model';

export type Messages = { [key: string]: string | Messages };
/** One namespace's strings in every UI language. A test fails if their key sets differ. */
export type Bundle = Record<Locale, Messages>;
