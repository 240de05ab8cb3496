import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers import one way: client → shared ← server. The client may import the server's router
// type, never a value; ui primitives import nothing from features.
const layer = (patterns) => ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: p.allowTypeImports ?? false })) }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'drizzle/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layer([
        { group: ['**/client/**', '**/server/**'], message: 'shared/ is pure: it imports nothing from client/ or server/.' },
        { group: ['react', 'react-*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'node:*', 'fastify'], message: 'shared/ is pure TypeScript + zod.' },
      ]),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layer([{ group: ['**/client/**'], message: 'The server never imports the client.' }]),
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': layer([
        { group: ['**/server/**'], message: 'The client imports only the router type from server/.', allowTypeImports: true },
        { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'fastify', 'node:*'], message: 'Server-only package.' },
      ]),
    },
  },
  {
    files: ['client/components/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layer([
        { group: ['**/features/**', '**/server/**'], message: 'ui primitives import nothing from features.' },
      ]),
    },
  },
);
