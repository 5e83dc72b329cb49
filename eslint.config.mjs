import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "**/.next/**",
      "**/.next-*/**",
      "node_modules/**",
      "next-env.d.ts",
      "lib/catalog/generated/**",
      "test-results/**",
      "playwright-report/**",
      "public/**",
      ".stryker-tmp/**",
      "reports/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
