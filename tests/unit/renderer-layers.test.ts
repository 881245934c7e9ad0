import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs tool (checked with @ts-check), run by `npm run lint`
import { layerViolations } from '../../tools/renderer-layers.mjs';
import { tempDir } from '../helpers/tmp';

/**
 * The renderer's layer rule (tools/renderer-layers.mjs, a stage of `npm test`), applied to a
 * planted renderer in a temp folder, and to this tree, which must keep it.
 */
let work: { dir: string; cleanup: () => Promise<void> };

async function plant(files: Record<string, string>): Promise<string> {
  const src = path.join(work.dir, `case-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(src, name)), { recursive: true });
    await writeFile(path.join(src, name), text);
  }
  return src;
}

const ok: Record<string, string> = {
  'main.tsx': "import { App } from './shell/App';\nexport const x = App;\n",
  'shell/App.tsx': "import { Library } from '../views/library/Library';\nimport { Editor } from '../views/editor';\nexport const App = [Library, Editor];\n",
  'views/library/Library.tsx': "import { Export } from '../../features/export/Export';\nimport { useThing } from '../../common/useThing';\nexport const Library = [Export, useThing];\n",
  'views/editor/index.ts': "import { Check } from '../../features/check';\nexport const Editor = Check;\n",
  'features/check/index.ts': "import { Export } from '../export/Export';\nexport const Check = Export;\n",
  'features/export/Export.tsx': "import { useThing } from '../../common/useThing';\nexport const Export = useThing;\n",
  'common/useThing.ts': "import { other } from './other';\nexport const useThing = other;\n",
  'common/other.ts': 'export const other = 1;\n',
};

beforeAll(async () => {
  work = await tempDir('briefing-layers-');
});
afterAll(async () => {
  await work.cleanup();
});

describe('the renderer layer rule', () => {
  it('accepts imports that go down the layers', async () => {
    expect(await layerViolations(await plant(ok))).toEqual([]);
  });

  it('refuses a feature that imports a view, also by a type-only import', async () => {
    const src = await plant({
      ...ok,
      'features/check/index.ts': "import type { Editor } from '../../views/editor';\nexport type Check = typeof Editor;\n",
    });
    expect(await layerViolations(src)).toEqual(['features/check/index.ts imports views/editor/index.ts: features never import views (found view editor)']);
  });

  it('refuses a view that imports another view, and common that imports a feature', async () => {
    const src = await plant({
      ...ok,
      'views/editor/index.ts': "import { Library } from '../library/Library';\nexport const Editor = Library;\n",
      'common/other.ts': "export const other = () => import('../features/export/Export');\n",
    });
    expect(await layerViolations(src)).toEqual([
      'common/other.ts imports features/export/Export.tsx: common/ imports nothing above it (found feature export)',
      'views/editor/index.ts imports views/library/Library.tsx: a view never imports another view (found view library); move the shared part to features/',
    ]);
  });

  it('refuses imports of the shell and modules outside the layer folders', async () => {
    const src = await plant({
      ...ok,
      'views/library/Library.tsx': "import { App } from '../../shell/App';\nexport const Library = App;\n",
      'helpers/loose.ts': 'export const loose = 1;\n',
    });
    expect(await layerViolations(src)).toEqual([
      'helpers/loose.ts: not in a layer folder (shell/, views/<view>/, features/<feature>/, common/)',
      'views/library/Library.tsx imports shell/App.tsx: only main.tsx imports the shell',
    ]);
  });

  it('holds in this renderer', async () => {
    expect(await layerViolations(path.resolve(import.meta.dirname, '../../renderer/src'))).toEqual([]);
  });
});
