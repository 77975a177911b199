import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const rules = join(__dirname, 'dependency-rules.cjs');

function cruise(cwd: string) {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', rules, '--output-type', 'err', 'src', 'projections'],
    { cwd, encoding: 'utf8' },
  );
  // Colour codes (CI terminals get them) would split the names the assertions look for.
  return { status: run.status, output: (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('dependency rules (dependency-cruiser)', () => {
  it('keeps projections, deciders and the domain free of frameworks and infrastructure', () => {
    const { status, output } = cruise(root);
    expect(output).not.toMatch(/error /);
    expect(status).toBe(0);
  });

  it('catches a projection or decider that imports a framework or the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-tracker-deps-'));
    try {
      mkdirSync(join(dir, 'projections'));
      mkdirSync(join(dir, 'src/event-store'), { recursive: true });
      mkdirSync(join(dir, 'node_modules/@nestjs/common'), { recursive: true });
      writeFileSync(join(dir, 'node_modules/@nestjs/common/package.json'), '{"name":"@nestjs/common","main":"index.js"}');
      writeFileSync(join(dir, 'node_modules/@nestjs/common/index.js'), 'exports.Injectable = () => () => undefined;');
      writeFileSync(join(dir, 'package.json'), '{"dependencies":{"@nestjs/common":"*"}}');
      writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions":{"module":"commonjs","strict":true}}');
      writeFileSync(join(dir, 'src/event-store/store.ts'), 'export const store = {};');
      writeFileSync(join(dir, 'projections/bad.projection.ts'), "import { store } from '../src/event-store/store';\nexport const x = store;");
      writeFileSync(join(dir, 'src/bad.decide.ts'), "import { Injectable } from '@nestjs/common';\nexport const y = Injectable;");
      const { status, output } = cruise(dir);
      expect(status).not.toBe(0);
      expect(output).toMatch(/projections-import-only-types-from-src: projections\/bad\.projection\.ts/);
      expect(output).toMatch(/pure-code-imports-no-packages: src\/bad\.decide\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
