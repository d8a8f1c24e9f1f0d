// Lint: typescript-eslint's recommended rules plus the Office add-in rules that catch
// load/sync mistakes (reading a property that was not loaded, sync in a loop, …).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "demo-output/**", "test-output/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The pane's scripts must parse as ES2017 (test/e2e/dist.test.ts); esbuild lowers most newer
    // syntax, but a Unicode property escape in a regular expression reaches the bundle as it is.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[regex.pattern=/\\\\[pP]\\{/]", message: "\\p{…} does not parse as ES2017: spell the letters out ([A-Za-zА-яЁё])." },
      ],
    },
  },
);
