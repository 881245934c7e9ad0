// Stands in for zod's locales/index.js in the CLI bundle (tools/build-cli.mjs). zod's namespace
// (`import { z } from 'zod'`) re-exports every language's error messages as z.locales: 0.37 MB,
// half of zod, compiled by every command that loads a schema. Our code never calls
// z.config(z.locales.xx()) (the messages users see come from shared/i18n), and zod registers
// English by itself (classic/schemas.js imports locales/en.js), so English is all the CLI keeps.
export { default as en } from 'zod/v4/locales/en.js';
