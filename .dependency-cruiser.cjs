/**
 * The layers of src/ and the directions they may import in (docs/ARCHITECTURE.md):
 *   pages → shared → core;  entry → app → adapters → core;  app → shared.
 * Type-only imports count: a cycle of types is a cycle. `npm run check` runs it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "No import cycle, of values or of types.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "The core imports only the core and pure npm libraries (zod, date-fns).",
      from: { path: "^src/core/" },
      to: { pathNot: ["^src/core/", "(^|/)node_modules/(zod|date-fns)/"] },
    },
    {
      name: "shared-between-server-and-pages",
      severity: "error",
      comment: "The wire types and the page's RPC client import the core and the entry record only.",
      from: { path: "^src/shared/" },
      to: { pathNot: ["^src/shared/", "^src/core/", "^src/entrypoints\\.ts$"] },
    },
    {
      name: "pages-reach-the-server-through-shared",
      severity: "error",
      comment: "A page never imports server code: it calls it through src/shared/rpc.ts.",
      from: { path: "^src/pages/" },
      to: { pathNot: ["^src/pages/", "^src/shared/", "^src/core/"] },
    },
    {
      name: "adapters-below-app",
      severity: "error",
      comment: "Adapters wrap Apps Script services for the app; they never import a command.",
      from: { path: "^src/adapters/" },
      to: { pathNot: ["^src/adapters/", "^src/core/", "^src/entrypoints\\.ts$"] },
    },
    {
      name: "app-below-entry",
      severity: "error",
      comment: "Commands never import the entry module (it imports them).",
      from: { path: "^src/app/" },
      to: { path: "^src/entry\\.ts$" },
    },
    {
      name: "entry-record-is-data",
      severity: "error",
      comment: "The entry-point record imports nothing, so every layer may type names from it.",
      from: { path: "^src/entrypoints\\.ts$" },
      to: { pathNot: "^src/entrypoints\\.ts$" },
    },
    {
      name: "src-stands-alone",
      severity: "error",
      comment: "The add-on never imports the tools or the tests.",
      from: { path: "^src/" },
      to: { path: "^(tools|tests)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
