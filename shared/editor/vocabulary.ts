import type { Script } from '../model';

/**
 * Document vocabulary offered as suggestions in the editor (never UI text, never translated):
 * written in the document's own script.
 */
export const CLASSIFICATIONS: Record<Script, readonly string[]> = {
  hans: ['内部', '秘密★1年', '秘密★5年', '机密★10年'],
  hant: ['內部', '秘密★1年', '秘密★5年', '機密★10年'],
};
