// Renders the installable app's icons (client/public/icons/) from the same drawing as favicon.svg.
// Run after changing the drawing: node scripts/icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const TEAL = '#0f766e';
const needle = '<path d="M9 23 23 9" stroke="#fff" stroke-width="3" stroke-linecap="round"/><circle cx="21.5" cy="10.5" r="2.2" fill="none" stroke="#fff" stroke-width="1.6"/>';

// "any": the rounded tile of the favicon. "maskable": a full-bleed square with the needle inside the
// central 80% safe zone, since the platform cuts its own shape out of it.
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${TEAL}"/>${needle}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${TEAL}"/><g transform="translate(3.2 3.2) scale(0.8)">${needle}</g></svg>`;

const out = join(import.meta.dirname, '../client/public/icons');
mkdirSync(out, { recursive: true });
const render = (svg: string, size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
for (const size of [192, 512]) writeFileSync(join(out, `icon-${size}.png`), render(any, size));
writeFileSync(join(out, 'maskable-512.png'), render(maskable, 512));
writeFileSync(join(out, 'apple-touch-icon.png'), render(maskable, 180));
