import { z } from 'zod';

/**
 * Every failure that crosses the contract is an AppError with a stable code. The code picks the
 * message in the user's language (i18n key `errors.<code>`); `detail` is for logs and the CLI.
 */
export const ERROR_CODES = [
  'validation',
  'notFound',
  'conflict',
  'newerSchema',
  'corrupt',
  'locked',
  'unwritable',
  'payloadTooLarge',
  'unknownChannel',
  'forbidden',
  'readOnly',
  'archiveInvalid',
  'builtInTemplate',
  /** A file outside the folders this transport may touch (browser mode: exports/, imports/, --allow). */
  'pathNotAllowed',
  /** A file handle from a native dialog that is unknown, used already, expired or for another purpose. */
  'handleInvalid',
  /** A setting the administrator's policy file locks (params.key names it). */
  'policyLocked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const AppErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  detail: z.string().max(10_000).default(''),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: ErrorCode, detail = '', params: Record<string, string | number> = {}) {
    super(detail || code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toShape(): AppErrorShape {
    return { code: this.code, detail: this.message, params: this.params };
  }
  static from(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape.detail, shape.params);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns a zod failure into a validation AppError naming the first offending path. */
export function validationError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const first = issues[0];
  const path = first ? first.path.map(String).join('.') : '';
  const reason = first?.message ?? 'invalid';
  return new AppError('validation', `${path || '(root)'}: ${reason}`, { path, reason });
}
