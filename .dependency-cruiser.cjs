/**
 * Layer rules (DESIGN.md architecture; docs/decisions and docs/testing.md show a violation's
 * message). Run by `npm run lint`. Data flows one way: lib is pure and imports no framework and
 * no surface; report/ and cli/ sit on lib/ only; components receive props and import no app code.
 */
module.exports = {
  forbidden: [
    {
      name: "lib-is-pure",
      comment: "lib/ imports no framework (next, react) and no surface (app/, components/, report/, cli/).",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: ["^app/", "^components/", "^report/", "^cli/", "node_modules/(next|react|react-dom)/"] },
    },
    {
      name: "lib-no-io",
      comment: "lib/ does no file or network I/O: node:fs, node:http and the like belong to scripts/, app/ and cli/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { dependencyTypes: ["core"], path: "^(fs|node:fs|http|node:http|https|node:https|net|node:net|child_process|node:child_process)$" },
    },
    {
      name: "report-and-cli-sit-on-lib",
      comment: "report/ and cli/ import lib/ (and packages), never app/ or components/.",
      severity: "error",
      from: { path: "^(report|cli)/" },
      to: { path: ["^app/", "^components/"] },
    },
    {
      name: "cli-does-not-import-report-internals-of-app",
      comment: "report/ does not import cli/.",
      severity: "error",
      from: { path: "^report/" },
      to: { path: "^cli/" },
    },
    {
      name: "components-receive-props",
      comment: "components/ import no app/ code and no server module (*.server.ts): pages fetch and pass props.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: ["^app/", "\\.server\\.tsx?$", "^lib/catalog/index\\.ts$"] },
    },
    {
      name: "no-cycles-in-lib",
      comment: "No import cycle inside lib/ (engine and score both sit on lib/core).",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    webpackConfig: { fileName: ".dependency-cruiser.webpack.cjs" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    exclude: { path: "(^|/)(node_modules|\\.next[^/]*|test-results)/" },
  },
};
