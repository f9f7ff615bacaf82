/**
 * Where the built site is served: its origin (`SITE`) and the path below it (`BASE`), read once
 * for Astro's configuration and for the build steps that run after Astro (see README, "Deploy").
 */
export const site = process.env['SITE'] ?? 'https://abstract-reader.example.org';
export const base = process.env['BASE'] ?? '/';
