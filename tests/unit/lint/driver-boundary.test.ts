import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// `npm run lint` keeps the Neo4j driver inside server/db: a service that imports it fails the
// project's own ESLint config, while server/db itself may.
describe('the lint config', () => {
  it('refuses the driver outside server/db and allows it inside', async () => {
    const text = "import neo4j from 'neo4j-driver';\n\nexport const n = neo4j.int(1);\n";
    const outside = mkdtempSync(path.join('server', '.driver-'));
    const inside = mkdtempSync(path.join('server', 'db', '.driver-'));
    try {
      writeFileSync(path.join(outside, 'service.ts'), text);
      writeFileSync(path.join(inside, 'access.ts'), text);
      const [service, access] = await new ESLint().lintFiles([path.join(outside, 'service.ts'), path.join(inside, 'access.ts')]);
      const refused = (r: ESLint.LintResult | undefined) => r!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
      expect(refused(service)).toHaveLength(1);
      expect(refused(service)[0]!.message).toMatch(/Only server\/db talks to the driver/);
      expect(refused(access)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
      rmSync(inside, { recursive: true, force: true });
    }
  }, 60_000);
});
