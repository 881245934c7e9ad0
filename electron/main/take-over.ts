import { dialog } from 'electron';
import type { Locale } from '../../shared/model';
import { takeOverPrompt } from './take-over-prompt';

const declined = new WeakSet<object>();

/** True for the error the user already saw in the take-over prompt and answered with Quit. */
export function wasDeclined(error: unknown): boolean {
  return typeof error === 'object' && error !== null && declined.has(error);
}

/**
 * Opens the services; when the data dir is locked by a process that looks alive, asks the user
 * (Quit is the default) and, only on an explicit "Take over", opens again taking the lock over.
 */
export async function openWithTakeOver<T>(open: (takeOver: boolean) => Promise<T>, locale: Locale, dataDir: string): Promise<T> {
  try {
    return await open(false);
  } catch (error) {
    const prompt = takeOverPrompt(error, locale, dataDir);
    if (!prompt) throw error;
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: prompt.title,
      message: prompt.message,
      detail: prompt.detail,
      buttons: prompt.buttons,
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (response !== 1) {
      if (typeof error === 'object' && error !== null) declined.add(error);
      throw error;
    }
    return open(true);
  }
}
