import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';

describe('security settings from the environment', () => {
  it('keeps CORS closed, rate limits on and reads open by default', () => {
    const config = loadConfig({});
    expect(config.HELIX_CORS_ORIGINS).toEqual([]);
    expect(config.HELIX_RATE_LIMIT_PER_MINUTE).toBe(60);
    expect(config.HELIX_REQUIRE_TOKEN_FOR_READS).toBe(false);
    expect(config.HELIX_NEO4J_WAIT_S).toBe(60);
  });

  it('reads a list of CORS origins and names a bad one', () => {
    expect(loadConfig({ HELIX_CORS_ORIGINS: 'https://a.example, http://b.example:8080' }).HELIX_CORS_ORIGINS).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(() => loadConfig({ HELIX_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/HELIX_CORS_ORIGINS/);
  });

  it('refuses to require a token for reads when there is no token', () => {
    expect(() => loadConfig({ HELIX_REQUIRE_TOKEN_FOR_READS: 'true' })).toThrow(/HELIX_API_TOKEN: is required when HELIX_REQUIRE_TOKEN_FOR_READS/);
    expect(loadConfig({ HELIX_REQUIRE_TOKEN_FOR_READS: 'true', HELIX_API_TOKEN: 'sixteen-chars-or-more' }).HELIX_REQUIRE_TOKEN_FOR_READS).toBe(true);
  });
});
