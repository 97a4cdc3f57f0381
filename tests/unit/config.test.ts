import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('starts with defaults that run the project’s own Neo4j on port 3000', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.HELIX_NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });

  it('names the variable that is wrong, in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/^invalid configuration: PORT: /);
    expect(() => loadConfig({ HELIX_NEO4J_HEAP: 'lots' })).toThrow(/HELIX_NEO4J_HEAP: must be a size/);
    expect(() => loadConfig({ NEO4J_URI: 'http://example.org' })).toThrow(/NEO4J_URI: must be a Neo4j URI/);
    expect(() => loadConfig({ HELIX_API_TOKEN: 'short' })).toThrow(/HELIX_API_TOKEN: must be at least 16/);
    const message = (() => {
      try {
        loadConfig({ PORT: '0', LOG_LEVEL: 'loud' });
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
    expect(message).not.toContain('\n');
  });

  it('accepts Aura and cluster routing URIs and asks for their password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD: is required/);
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_PASSWORD: 'a-long-password' });
    expect(config.NEO4J_URI).toBe('neo4j+s://abcd1234.databases.neo4j.io');
  });

  it('treats an empty variable as unset, as docker-compose passes them', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '', HELIX_API_TOKEN: '' });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.HELIX_API_TOKEN).toBeUndefined();
  });
});
