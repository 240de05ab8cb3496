import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers import one way: client → shared ← server. The client may import the server's router
// type, never a value; ui primitives import nothing from features.
const layer = (patterns) => ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: p.allowTypeImports ?? false })) }];

// A feature stands on the shared client layer (components, lib, app/paths.ts) and shared/, never
// on another feature: what two features need moves down a layer.
const features = readdirSync(new URL('./client/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const featureZones = [
  ...features.map((name) => ({
    target: `./client/features/${name}`,
    from: './client/features',
    except: [`./${name}`],
    message: 'A feature imports no other feature: move what both need to client/components, client/lib or shared/.',
  })),
  { target: './client/features', from: './client/app', except: ['./paths.ts'], message: 'Features use only app/paths.ts from the app shell.' },
  { target: ['./client/components', './client/lib'], from: ['./client/features', './client/app'], message: 'The shared client layer imports no feature and no app shell.' },
];

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
    // Every word a person reads comes from a catalogue (shared/i18n/locales): no literal text in JSX,
    // neither between tags nor in attributes, except the ones that are not words for people.
    files: ['client/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className', 'style', 'type', 'key', 'id', 'width', 'height', 'to', 'href', 'rel', 'target', 'name', 'role', 'htmlFor',
              'autoComplete', 'inputMode', 'enterKeyHint', 'src', 'method', 'encType', 'accept', 'lang', 'dir', 'translate', 'form',
              'variant', 'tone', 'size', 'align', 'side', 'as', 'level', 'mode', 'kind', 'format', 'pattern', 'step', 'min', 'max',
              'd', 'viewBox', 'fill', 'stroke', 'transform', 'points', 'textAnchor', 'dominantBaseline', 'fontFamily', 'xmlns', 'preserveAspectRatio',
              'data-.*', 'aria-live', 'aria-current', 'aria-haspopup', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-hidden',
              'aria-orientation', 'aria-sort', 'aria-autocomplete', 'aria-relevant', 'scope', 'loading', 'decoding', 'sizes', 'download', 'end', 'replace',
            ],
          },
          words: { exclude: ['Needle', '[0-9!-/:-@[-`{-~\\s·–—…→←↑↓×•]+', '[A-Z_-]+', '[a-z][\\w.-]*', '\\p{Emoji}+'] },
        },
      ],
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
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: featureZones, basePath: import.meta.dirname }] },
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
