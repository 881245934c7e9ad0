// Node module customization hook: 'electron' is the stand-in; every other specifier as usual.
const STANDIN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STANDIN, shortCircuit: true };
  return next(specifier, context);
}
