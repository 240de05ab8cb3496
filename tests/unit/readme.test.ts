import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

// The README is the first thing a new user reads: how to run Needle comes before the feature list,
// and what it says about the health check and the demo's address must stay true.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('says how to run Needle before the long list of what it does', () => {
    const run = readme.indexOf('## Run it');
    const firstFeature = readme.indexOf('- **Networks and people**');
    expect(run).toBeGreaterThan(-1);
    expect(firstFeature).toBeGreaterThan(-1);
    expect(run).toBeLessThan(firstFeature);
  });

  it('documents /healthz with the answers the server gives', () => {
    expect(readme).toContain('GET /healthz');
    expect(readme).toContain('{"ok":true,"database":"writable"}');
    expect(readme).toMatch(/503[^.]*database stops taking writes/);
  });

  it('says the demo prints an address that follows PORT, as the server does', () => {
    expect(readme).toMatch(/same\s+`PORT`/);
    // The demo's printed address and the server's both come from this one config.
    expect(loadConfig({ PORT: '4000' }).baseUrl).toBe('http://localhost:4000');
  });
});
