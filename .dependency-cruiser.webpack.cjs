// The "@/..." alias of tsconfig.json for dependency-cruiser: TypeScript 6 takes `paths` without
// `baseUrl`, which dependency-cruiser's tsconfig path resolver cannot follow; a webpack-style alias can.
module.exports = { resolve: { alias: { "@": __dirname }, extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] } };
