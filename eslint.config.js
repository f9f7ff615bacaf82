import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-fixtures/', '*.last-*/', '.astro/', 'bench/out/', 'bench/.*.tmp.ts', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    // A function longer than a screen does more than one thing.
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // A fixture that is missing should fail the test loudly, which `!` does.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
