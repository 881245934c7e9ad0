import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The workflows a networked build machine runs (ci.yml, release.yml, electron-smoke.yml) cannot
 * run here, so they are held to GitHub's workflow schema by @action-validator/cli (WASM, from
 * npm) and to what the release must do. The deb's maintainer scripts are electron-builder's own
 * templates: checked here for what an offline office PC needs.
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const VALIDATOR = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');

function validate(file: string) {
  const r = spawnSync(process.execPath, [VALIDATOR, file], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      uses?: string;
      needs?: string[] | string;
      'runs-on'?: string;
      strategy?: { matrix: { include: Record<string, string>[] } };
      steps?: { run?: string; uses?: string; env?: Record<string, string>; name?: string }[];
    }
  >;
};
const load = (name: string) => yaml.load(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;

describe('GitHub workflows', () => {
  it.each(readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml')))('%s passes the workflow validator', (name) => {
    const r = validate(path.join(WORKFLOWS, name));
    expect(r.code, r.out).toBe(0);
  });

  it('the validator refuses a broken workflow (so a pass means something)', () => {
    // A temp dir of its own, removed after, so no run leaves a file behind in the shared tmp.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-bad-workflow-'));
    try {
      const bad = path.join(dir, 'bad.yml');
      writeFileSync(bad, 'name: x\non: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n');
      expect(validate(bad).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ci.yml runs npm test on every push and can be called by the release', () => {
    const ci = load('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
    expect(ci.jobs.test!.steps!.some((s) => s.run === 'npm test')).toBe(true);
  });

  it('release.yml tests, smoke-tests, builds every target, signs only with secrets and publishes SHA-256 sums', () => {
    const release = load('release.yml');
    expect(release.on.push).toEqual({ tags: ['v*'] });
    expect(release.jobs.test!.uses).toBe('./.github/workflows/ci.yml');
    expect(release.jobs.smoke!.uses).toBe('./.github/workflows/electron-smoke.yml');
    expect(Object.keys(load('electron-smoke.yml').on)).toContain('workflow_call');
    const build = release.jobs.build!;
    expect(build.needs).toEqual(['test', 'smoke']);
    const targets = Object.fromEntries(build.strategy!.matrix.include.map((m) => [m.name, m.targets]));
    expect(targets).toEqual({
      windows: '--win nsis msi --x64',
      linux: '--linux deb AppImage --x64 --arm64',
      macos: '--mac dmg --x64 --arm64',
    });
    const linux = build.strategy!.matrix.include.find((m) => m.name === 'linux')!;
    expect(linux.config).toBe('electron-builder.linux.yml');
    const installers = build.steps!.find((s) => s.name === 'Installers')!;
    for (const secret of ['WIN_CSC_LINK', 'MAC_CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(installers.env![secret]).toBe(`\${{ secrets.${secret} }}`);
    }
    expect(installers.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    expect(installers.run).toContain('--publish never');
    expect(installers.run).toMatch(/::notice::.*unsigned/);
    const publish = release.jobs.publish!;
    expect(publish.steps!.map((s) => s.run ?? '').join('\n')).toMatch(/sha256sum -- \* > SHA256SUMS\.txt/);
  });
});

describe('installer scripts an office PC runs', () => {
  const templates = path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'templates/linux');
  const script = (name: string) => readFileSync(path.join(templates, name), 'utf8');

  it('the deb postinst needs no network', () => {
    const postinst = script('after-install.tpl');
    expect(postinst).not.toMatch(/\b(curl|wget|apt-get|apt |npm|pip|git clone|https?:\/\/(?!wiki\.debian|askubuntu))/);
  });

  it("uninstalling the deb never touches users' data folders", () => {
    const postrm = script('after-remove.tpl');
    expect(postrm).not.toMatch(/\/home|~|\$HOME|\.config|briefing-desk\/data|rm -rf/);
  });
});
