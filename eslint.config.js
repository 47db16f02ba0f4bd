// Lint: typescript-eslint (strict), React hooks rules, jsx-a11y, and the one-way import layers of docs/style.md.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The domain's sub-folders, lowest first: a folder imports only from those before it (and itself).
const domainLayers = ['shared', 'calendar', 'profile', 'assessment', 'scoring', 'files', 'organisation'];

const layers = {
  // Imports flow one way: app → features → {store, ui, lib, i18n} → domain.
  zones: [
    {
      target: './src/domain',
      from: ['./src/app', './src/features', './src/store', './src/ui', './src/lib', './src/i18n'],
      message: 'domain is pure: it imports only zod.',
    },
    {
      target: ['./src/store', './src/ui', './src/lib', './src/i18n'],
      from: ['./src/app', './src/features'],
      message: 'shared layers must not import features or app.',
    },
    { target: './src/features', from: './src/app', message: 'features must not import the app.' },
    // The domain by subject, one zone per folder: the assessment rests on the profiles, scoring on the assessment,
    // the exchange files on scoring, the organisation roll-up on them all (docs/style.md).
    ...domainLayers.slice(0, -1).map((folder, index) => ({
      target: `./src/domain/${folder}`,
      from: domainLayers.slice(index + 1).map((higher) => `./src/domain/${higher}`),
      message: `domain/${folder} comes before ${domainLayers.slice(index + 1).join(', ')}: it must not import them.`,
    })),
    // Features never import each other: one zone per folder, read here, so a new feature is covered by itself.
    ...features.map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'features never import each other.',
    })),
  ],
};

const restrictedSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render text.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render text.' },
  { selector: 'TSAsExpression > TSAnyKeyword', message: 'Parse, do not cast to any.' },
  {
    selector: 'CallExpression[callee.property.name=/^to(Match|ThrowErrorMatching)(Inline)?Snapshot$/]',
    message: 'Write the expected value out: a snapshot is re-pinned by vitest -u without a look.',
  },
  {
    selector: 'MemberExpression[computed=true] > MemberExpression.object[object.name=/Messages$/]',
    message: 'Translate through createTranslator (i18n/translate.ts), never by indexing messages.',
  },
];

const formRule = { selector: "JSXOpeningElement[name.name='form']", message: 'Use <Form> from ui/form.tsx.' };
// One clock (docs/style.md, habit 21): today and now come from the store's Clock (lib/clock.ts), which tests can set.
const clockRules = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Ask the clock (useClock, useToday, store.clock), not the system: tests must be able to set the day.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Ask the clock (useClock, store.clock), not the system: tests must be able to set the time.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'coverage', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', layers],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-syntax': ['error', ...restrictedSyntax],
      '@typescript-eslint/no-explicit-any': 'error',
    },
    // Vite, as scripts/check-size-budgets.mjs loads it (the unit tests import that script): a package, not a file of
    // ours, so no cycle of ours runs through it; the node resolver cannot follow a package from a .mjs script.
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } }, 'import-x/core-modules': ['vite'] },
  },
  {
    // A passing unit test prints nothing (the fuzz test once logged its counts on every run).
    files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.ts', 'src/testing/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // One form: <Form> in ui/form.tsx owns <form>, FormProvider, noValidate, submit and the error summary.
    files: ['src/**/*.tsx'],
    ignores: ['src/ui/form.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...restrictedSyntax, formRule],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/lib/clock.ts', 'src/ui/form.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...restrictedSyntax, formRule, ...clockRules] },
  },
  {
    files: ['src/ui/form.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...restrictedSyntax, ...clockRules] },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod(/|$)|\\.{1,2}/).*', message: 'domain imports only zod and itself.' },
            { regex: '(^|/)testing/', message: 'src/testing holds test factories: only tests import it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/domain/**', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'the app runs in the browser.' },
            { regex: '(^|/)testing/', message: 'src/testing holds test factories: only tests import it.' },
          ],
          paths: [{ name: 'react-hook-form', importNames: ['FormProvider', 'useForm'], message: 'Use <Form> and useZodForm from ui/form.tsx.' }],
        },
      ],
    },
  },
  {
    files: ['src/ui/form.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Node scripts; the browser globals are for the functions they hand to the page to evaluate.
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.ts', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
