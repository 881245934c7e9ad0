import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Briefing } from '../../shared/model';
import { expect } from './fixtures';

/** A fixture document of tests/fixtures/export, validated as the store would. */
export const exportFixture = (name: string): Briefing => Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export', name), 'utf8')));

/** Stores a fixture document and opens it in the editor, as a clerk opening last week's 纪要 would. */
export async function openFixture(page: Page, app: { host: { url: string }; services: { store: { create(d: Briefing): Promise<Briefing> } } }, name: string): Promise<Briefing> {
  const doc = await app.services.store.create(exportFixture(name));
  await page.goto(app.host.url);
  await page.getByTestId('doc-row').first().dblclick();
  await expect(page.getByTestId('title')).toHaveValue(doc.title);
  return doc;
}
