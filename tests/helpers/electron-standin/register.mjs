// Loaded with `node --import` before the built app (out/main/index.js): makes the bare specifier
// 'electron' resolve to the stand-in below, and lets a test pretend to be another OS
// (STANDIN_PLATFORM=darwin) so platform rules run as they would there.
import { register } from 'node:module';

if (process.env.STANDIN_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.STANDIN_PLATFORM });
register('./hooks.mjs', import.meta.url);
