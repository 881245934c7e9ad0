import path from 'node:path';
import type { Page } from '@playwright/test';
import { openFixture } from './export-fixtures';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';

/** The preview frame is cross-origin (sandboxed, opaque): reach into it through Playwright's frame locator. */
const sheets = (page: Page) => page.frameLocator('[data-testid="preview-frame"]');

test('the preview beside the editor shows the same page count as the exported PDF', async ({ page, app }) => {
  const doc = await openFixture(page, app, 'minutes-seed-hans.json');
  const pages = page.getByTestId('preview-pages');
  await expect(pages).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const shown = Number((await pages.textContent())!.match(/\d+/)![0]);

  const pdf = path.join(app.dataDir, 'exports', 'preview.pdf');
  const out = await app.services.api['export:pdf']({ id: doc.id, path: pdf });
  expect(shown).toBe(out.pages);

  // the page is the print page itself, laid out by its own (CSP-allowed) settle script
  await expect(sheets(page).locator('html')).toHaveAttribute('data-layout', 'ready');
  await expect(sheets(page).locator('.masthead .mark')).toContainText('纪要');
  await docScreenshot(page, 'preview-zh-CN');
});

test('typing updates the preview; grid, zoom; a click in the preview brings the editor to the section', async ({ page, app }) => {
  await openFixture(page, app, 'minutes-seed-hans.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const para = page.locator('textarea.para').first();
  await para.click();
  await para.press('End');
  await para.pressSequentially('预览跟随');
  await expect(sheets(page).locator('#flow')).toContainText('预览跟随');

  await page.getByTestId('preview-grid').check();
  await expect(sheets(page).locator('html')).toHaveAttribute('data-grid', 'on');
  await page.getByTestId('preview-pane').getByRole('button', { name: '放大', exact: true }).click();
  await expect(page.getByTestId('preview-zoom')).toHaveText('60%');
  await docScreenshot(page, 'preview-grid-zh-CN');

  // a heading on the first sheet: clicking it there focuses its section in the editor
  // Playwright maps a click into a frame without the frame's scale, so click at 100 % (a person's
  // click at any zoom is mapped by the browser itself)
  const zoomIn = page.getByTestId('preview-pane').getByRole('button', { name: '放大', exact: true });
  await zoomIn.click();
  await zoomIn.click();
  await expect(page.getByTestId('preview-zoom')).toHaveText('100%');
  const target = sheets(page).locator('.h1[data-section]').first();
  const sectionId = await target.getAttribute('data-section');
  await target.click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-section-id]')?.dataset.sectionId ?? '')).toBe(sectionId);
});

test('the preview page runs under the print CSP: inline styles and its two scripts, nothing else', async ({ page, app }) => {
  await openFixture(page, app, 'briefing-hans.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const src = await page.getByTestId('preview-frame').getAttribute('src');
  expect(src).toMatch(/^\/print\/[0-9a-f-]{36}\.html$/);
  const res = await page.request.get(new URL(src!, app.host.url).toString());
  const csp = res.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("connect-src 'none'");
  expect(await page.getByTestId('preview-frame').getAttribute('sandbox')).toBe('allow-scripts allow-modals');
  // an unknown or malformed id is simply not there
  expect((await page.request.get(new URL('/print/00000000-0000-4000-8000-000000000000.html', app.host.url).toString())).status()).toBe(404);
  expect((await page.request.get(new URL('/print/..%2Findex.html', app.host.url).toString())).status()).toBe(404);
});

test('print in browser mode prints the preview frame itself', async ({ page, app }) => {
  await openFixture(page, app, 'report-seed-hant.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const frame = page.frames().find((f) => f.url().includes('/print/') && f !== page.mainFrame());
  expect(frame).toBeTruthy();
  // the frame's own window.print is what the bridge calls; record the call instead of opening a dialog
  const shown = page.frames().filter((f) => f.url().includes('/print/'));
  for (const f of shown) await f.evaluate(() => (window.print = () => document.documentElement.setAttribute('data-printed', 'yes')));
  await page.getByTestId('preview-print').click();
  await expect(sheets(page).locator('html')).toHaveAttribute('data-printed', 'yes');
});

test('on a slow machine the preview follows while the user keeps typing', async ({ page, app }) => {
  await openFixture(page, app, 'minutes-seed-hans.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  // A slow machine: every print page takes longer to arrive than the pause between two keys. If
  // each publish restarted the hidden frame's load, nothing would show until the typing stopped.
  await page.route('**/print/*.html', async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  // what the renderer published, in order, and the page each publish was answered with
  const published: { text: string; url?: string }[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/api/invoke') || req.postDataJSON()?.channel !== 'preview:publish') return;
    const sent: { text: string; url?: string } = { text: JSON.stringify(req.postDataJSON().payload.doc) };
    published.push(sent);
    void req.response().then(async (res) => (sent.url = (await res?.json())?.value?.url));
  });
  // the print pages the two frames were answered with (id, HTTP status, when)
  const started = Date.now();
  const loads: string[] = [];
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const pageId = (url: string) => url.replace(/^.*\/print\//, '').slice(0, 8);
  page.on('response', (res) => {
    if (res.url().includes('/print/')) loads.push(`${pageId(res.url())}:${res.status()}@${at()}`);
  });
  const para = page.locator('textarea.para').first();
  await para.click();
  await para.press('End');
  const text = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北';
  // On failure: say which stage lost the text (the editor, the last publish, the frames, the page shown).
  const explain = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (error) {
      const flow = await sheets(page)
        .locator('#flow')
        .textContent({ timeout: 1_000 })
        .catch(() => '(no frame shown)');
      const frames = await page.locator('.preview-sheets iframe').evaluateAll((fs) => fs.map((f) => `${f.getAttribute('src')} ${f.className}`));
      // how many of the typed characters a text carries (the longest typed prefix in it)
      const typed = (s: string) => {
        let n = 0;
        while (n < text.length && s.includes(text.slice(0, n + 1))) n++;
        return n;
      };
      // the typed run and what follows it, or that the run is not there at all
      const tail = (s: string | null | undefined) => {
        const at = (s ?? '').indexOf('甲');
        return at < 0 ? '(nothing typed)' : s!.slice(at, at + text.length + 2);
      };
      console.log(
        [
          `at ${at()}, typing ${typingDone ? 'done' : 'still going'}`,
          `textarea: ${tail(await para.inputValue())}`,
          `last publish sent: ${tail(published.at(-1)?.text)} -> ${published.at(-1)?.url ?? '(no answer)'} (${published.length} publishes)`,
          // each publish: how much of the typed run it carried, and the page it was answered with
          `publishes: ${published.map((p) => `${typed(p.text)}${p.url ? `=${pageId(p.url)}` : ''}`).join(' ')}`,
          `print pages answered: ${loads.join(' ')}`,
          `frames: ${frames.join(' | ')}`,
          `#flow: ${tail(flow)}`,
        ].join('\n'),
      );
      throw error;
    }
  };
  let typingDone = false;
  const typing = para.pressSequentially(text, { delay: 300 }).then(() => {
    typingDone = true;
  });
  await explain(expect(sheets(page).locator('#flow')).toContainText('甲', { timeout: 8_000 }));
  expect(typingDone, 'the preview showed the first character only after the typing had stopped').toBe(false);
  await typing;
  await explain(expect(sheets(page).locator('#flow')).toContainText(text));
});

/**
 * Holds the preview frames' "ready" messages and the answers to preview:publish in the page, so a
 * test can deliver a frame's "ready" and a publish's answer in the same task: React then takes
 * both in one render, as it does on a loaded machine where the two arrive before it gets to run.
 */
function holdPreviewEvents() {
  if (window.top !== window) return;
  type Held = { data: unknown; source: MessageEventSource | null; origin: string };
  const released = new WeakSet<Event>();
  const messages: Held[] = [];
  const answers: (() => void)[] = [];
  const control = {
    holdMessages: false,
    holdAnswers: false,
    urls: [] as string[],
    heldMessages: () => messages.length,
    heldAnswers: () => answers.length,
    /** Delivers every held answer and message now, in this one task. */
    release() {
      for (const deliver of answers.splice(0)) deliver();
      for (const m of messages.splice(0)) {
        const event = new MessageEvent('message', { data: m.data, source: m.source, origin: m.origin });
        released.add(event);
        window.dispatchEvent(event);
      }
    },
  };
  (window as unknown as { previewHold: typeof control }).previewHold = control;
  window.addEventListener(
    'message',
    (e) => {
      if (!control.holdMessages || released.has(e) || (e.data as { type?: unknown } | null)?.type !== 'ready') return;
      e.stopImmediatePropagation();
      messages.push({ data: e.data, source: e.source, origin: e.origin });
    },
    true,
  );
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const channel = typeof init?.body === 'string' ? (JSON.parse(init.body) as { channel?: string }).channel : undefined;
    if (channel !== 'preview:publish') return realFetch(input, init);
    const body = (await (await realFetch(input, init)).json()) as { value?: { url?: string } };
    control.urls.push(body.value?.url ?? '');
    // an answer whose json() settles in microtasks, so a release delivers it within its own task
    const answer = { json: async () => body } as Response;
    if (!control.holdAnswers) return answer;
    return new Promise<Response>((resolve) => answers.push(() => resolve(answer)));
  };
}

type PreviewHold = { holdMessages: boolean; holdAnswers: boolean; urls: string[]; heldMessages(): number; heldAnswers(): number; release(): void };
type HoldWindow = { previewHold: PreviewHold };
/** The page's PreviewHold (holdPreviewEvents), read or driven from the test. */
const previewHold = (page: Page) => ({
  set: (flags: Partial<Pick<PreviewHold, 'holdMessages' | 'holdAnswers'>>) => page.evaluate((f) => void Object.assign((window as unknown as HoldWindow).previewHold, f), flags),
  /** How many publishes have been answered (held or not). */
  published: () => page.evaluate(() => (window as unknown as HoldWindow).previewHold.urls.length),
  heldMessages: () => page.evaluate(() => (window as unknown as HoldWindow).previewHold.heldMessages()),
  heldAnswers: () => page.evaluate(() => (window as unknown as HoldWindow).previewHold.heldAnswers()),
  /** Stops holding and delivers what was held, all in one task of the page. */
  releaseAll: () =>
    page.evaluate(() => {
      const h = (window as unknown as HoldWindow).previewHold;
      h.holdMessages = false;
      h.holdAnswers = false;
      h.release();
    }),
});

test('a page that is ready and a newer page arriving together: the newer one is shown, not the one that waited', async ({ page, app }) => {
  await page.addInitScript(holdPreviewEvents);
  await openFixture(page, app, 'minutes-seed-hans.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const hold = previewHold(page);
  const para = page.locator('textarea.para').first();
  await para.click();
  await para.press('End');
  const type = async (key: string) => {
    const before = await hold.published();
    await para.pressSequentially(key);
    await expect.poll(hold.published).toBe(before + 1);
  };

  // B: its page loads in the hidden frame, and its "ready" is held, so it stays loading
  await hold.set({ holdMessages: true });
  await type('甲');
  await expect.poll(hold.heldMessages).toBeGreaterThanOrEqual(1);
  // C: answered while B loads, so it waits for B (the answer is in; give React its render). On a
  // machine so slow that B's load is given up first (3 s), C simply goes in and nothing is tested.
  await type('乙');
  await page.waitForTimeout(500);
  // D: answered while B still loads; the answer is held, then delivered in one task with B's "ready"
  await hold.set({ holdAnswers: true });
  await para.pressSequentially('丙');
  await expect.poll(hold.heldAnswers).toBe(1);
  await hold.releaseAll();
  // D is the newest page: the preview must end on it (not on C, which only waited for B)
  await expect(sheets(page).locator('#flow')).toContainText('甲乙丙');
});
