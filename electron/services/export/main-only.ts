import { AppError, type Api } from '../../../shared/api';

/**
 * Channels only Electron's main process can serve (a native dialog, the system printer). The
 * services answer them with a refusal, so the CLI and browser mode fail plainly; electron/main
 * binds its own handlers over these (electron/main/main-only-api.ts).
 */
export function mainOnlyChannels(): Pick<Api, 'dialog:saveFile' | 'dialog:openFile' | 'print:document'> {
  const refuse = (channel: string) => async (): Promise<never> => {
    throw new AppError('forbidden', `${channel} is served by the app's main process only`, { channel });
  };
  return { 'dialog:saveFile': refuse('dialog:saveFile'), 'dialog:openFile': refuse('dialog:openFile'), 'print:document': refuse('print:document') };
}
