'use strict';
// Lets `node -r` run the TypeScript sources directly (child servers in the reliability suite), using the
// compiler the project already has. Output is cached by content hash so restarts stay quick.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const ts = require('typescript');

const cacheDir = join(tmpdir(), 'ta-tracker-transpiled');
const HOOK_VERSION = '1';
mkdirSync(cacheDir, { recursive: true });

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
  isolatedModules: true,
};

function transpile(source, filename) {
  const key = createHash('sha1').update(HOOK_VERSION).update(ts.version).update(filename).update(source).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    writeFileSync(cached, outputText);
    return outputText;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(transpile(readFileSync(filename, 'utf8'), filename), filename);
};
