import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, dispatch } from '../../shared/api';
import { createServices, type Services } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

let services: Services;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  services = await createServices({ dataDir: path.join(t.dir, 'data') });
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

const call = (channel: unknown, payload: unknown) => dispatch(services.api, channel, payload);

describe('every payload is validated before it reaches the store', () => {
  it('every channel refuses a payload with a field it does not know, before any service runs', async () => {
    // Through the real dispatch into the real services: a channel whose schema were not strict, or
    // that were missing from the services, would answer something else here.
    const before = await services.api['docs:list']({ trashed: false });
    for (const channel of CHANNELS) {
      const r = await call(channel, { sneaky: { path: '/etc/passwd' } });
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(typeof services.api[channel], channel).toBe('function');
    }
    expect(await services.api['docs:list']({ trashed: false })).toEqual(before);
  });

  it('refuses wrong types, extra fields, unknown channels and missing payloads', async () => {
    expect(await call('docs:get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'validation', params: { path: 'id' } } });
    expect(await call('docs:list', { trashed: 'yes' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('docs:list', { trashed: false, __proto__: { x: 1 }, extra: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('docs:get', null)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('docs:get', 'd123456')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('docs:get', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call('shell:exec', {})).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    expect(await call(undefined, {})).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    expect(await call('toString', {})).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
  });

  it('refuses a 10 MB string before parsing it', async () => {
    const r = await call('docs:create', { templateId: 'x'.repeat(10 * 1024 * 1024) });
    expect(r).toMatchObject({ ok: false, error: { code: 'payloadTooLarge' } });
  });

  it('refuses control characters and overlong fields in a saved document, and the stored version stays intact', async () => {
    const created = await call('docs:create', { templateId: 'builtin-minutes-hans' });
    expect(created.ok).toBe(true);
    const doc = (created as { value: { doc: Record<string, unknown> & { id: string } } }).value.doc;
    const withControl = await call('docs:save', { doc: { ...doc, title: '会议\u0000纪要' } });
    expect(withControl).toMatchObject({ ok: false, error: { code: 'validation', params: { path: 'doc.title', reason: 'validation.controlChars' } } });
    const tooLong = await call('docs:save', { doc: { ...doc, title: '长'.repeat(201) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation', params: { reason: 'validation.tooLong' } } });
    const extra = await call('docs:save', { doc, sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    const stored = await call('docs:get', { id: doc.id });
    expect(stored).toMatchObject({ ok: true, value: { doc: { title: doc.title, revision: 1 } } });
  });

  it('reports a cyclic or unserialisable payload as too large rather than crashing', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await call('docs:list', cyclic)).toMatchObject({ ok: false, error: { code: 'payloadTooLarge' } });
  });

  it('refuses to change or delete built-in templates', async () => {
    expect(await call('templates:delete', { id: 'builtin-minutes-hans' })).toMatchObject({ ok: false, error: { code: 'builtInTemplate' } });
  });
});
