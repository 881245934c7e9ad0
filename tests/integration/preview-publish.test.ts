import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api';
import { createServices, type Services } from '../../electron/services';
import { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';

const doc = Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

describe('preview:publish', () => {
  let services: Services;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await tempDir('briefing-preview-');
    cleanup = t.cleanup;
    services = await createServices({ dataDir: path.join(t.dir, 'data'), mode: 'browser' });
  });
  afterAll(async () => {
    await services.close();
    await cleanup();
  });

  it('builds the print page from the document and serves it as a print job', async () => {
    const r = await services.api['preview:publish']({ doc });
    expect(r.url).toBe(`/print/${r.id}.html`);
    const html = services.printJobs.get(r.id)!;
    expect(html).toContain('<main class="flow" id="flow">');
    expect(html).toContain(doc.title.slice(0, 6));
  });

  it('takes a document, never HTML: anything else is refused by the contract', async () => {
    const refused = await dispatch(services.api, 'preview:publish', { doc, html: '<script>alert(1)</script>' });
    expect(refused.ok).toBe(false);
    const noDoc = await dispatch(services.api, 'preview:publish', { html: '<p>x</p>' });
    expect(noDoc.ok).toBe(false);
  });

  it('escapes document text: markup in a title is shown as text', async () => {
    const r = await services.api['preview:publish']({ doc: { ...doc, title: '<img src=x onerror=alert(1)>' }, layout: 'report' });
    const html = services.printJobs.get(r.id)!;
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
