/** Dependency rules checked by test/architecture/dependency-rules.e2e-spec.ts with dependency-cruiser. */
const PURE = ['^projections/', '^src/country/domain/', '\\.decide\\.ts$'];

module.exports = {
  forbidden: [
    {
      name: 'pure-code-imports-no-packages',
      comment: 'Projections, deciders and the country domain are pure: no framework, store or other package.',
      severity: 'error',
      from: { path: PURE, pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'] },
    },
    {
      name: 'projections-import-only-types-from-src',
      comment: 'Projections may read the event types of src/, nothing that runs.',
      severity: 'error',
      from: { path: '^projections/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'deciders-import-no-infrastructure',
      comment: 'Deciders use the domain and its errors; commands and DTOs only as types.',
      severity: 'error',
      from: { path: ['^src/country/domain/', '\\.decide\\.ts$'], pathNot: '\\.spec\\.ts$' },
      to: {
        path: '^src/',
        pathNot: ['^src/country/domain/', '^src/shared/domain-errors\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.spec\\.ts$' },
  },
};
