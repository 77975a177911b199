'use strict';
// jose ships only ES modules; Jest's module system loads CommonJS, so its files are compiled to CommonJS
// with the TypeScript compiler the project already has. (Plain Node 20.19+ requires them as they are.)
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true },
      fileName: filename,
    });
    return { code: outputText };
  },
};
