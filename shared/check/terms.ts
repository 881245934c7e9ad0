import { z } from 'zod';
import type { TermsList } from './types';

/**
 * The terms list (规范表述): preferred wording and the variants to flag, maintained by an
 * administrator and shared as JSON. The default list holds common misspellings in official
 * writing and the forms GB/T and house style prefer; it is deliberately small and uncontroversial.
 */
export const TermSchema = z.object({
  preferred: z.string().trim().min(1).max(100),
  variants: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
  note: z.string().max(500).optional(),
});

export const TermsListSchema = z.object({
  version: z.literal(1),
  terms: z.array(TermSchema).max(5000),
});

export const DEFAULT_TERMS: TermsList = {
  version: 1,
  terms: [
    { preferred: '部署', variants: ['布署'], note: '“布署”为错别字' },
    { preferred: '其他', variants: ['其它'], note: '公文中统一用“其他”' },
    { preferred: '截至', variants: ['截止到', '截止至'], note: '表示到某时为止用“截至”' },
    { preferred: '交代', variants: ['交待'] },
    { preferred: '再接再厉', variants: ['再接再励'] },
    { preferred: '一以贯之', variants: ['一以惯之'] },
    { preferred: '座谈会', variants: ['坐谈会'] },
    { preferred: '纪要', variants: ['记要'] },
    { preferred: '按部就班', variants: ['按步就班'] },
    { preferred: '名副其实', variants: ['名符其实'] },
    { preferred: '一如既往', variants: ['一如继往'] },
    { preferred: '迫在眉睫', variants: ['迫在眉捷'] },
    { preferred: '贯彻落实', variants: ['贯切落实'] },
  ],
};

/** Parses an imported terms file; throws a zod error naming the bad entry. */
export function parseTerms(json: string): TermsList {
  return TermsListSchema.parse(JSON.parse(json));
}

export function exportTerms(list: TermsList): string {
  return `${JSON.stringify(TermsListSchema.parse(list), null, 2)}\n`;
}
