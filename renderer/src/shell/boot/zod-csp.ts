import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` when eval is allowed. Our CSP forbids eval, so the
 * probe would only log a CSP violation on every start; tell zod up front not to try.
 */
z.config({ jitless: true });
