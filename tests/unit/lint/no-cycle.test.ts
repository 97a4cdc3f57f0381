import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// `npm run lint` refuses an import cycle: two modules that import each other fail the project's
// own ESLint config, and a type-only import back does not (it is erased at run time).
describe('the lint config', () => {
  it('refuses two modules that import each other, not a type-only import back', async () => {
    const dir = mkdtempSync(path.join('server', '.cycle-'));
    try {
      const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
      write('a.ts', "import { b } from './b.ts';\n\nexport const a = (): number => b() + 1;\n");
      write('b.ts', "import { a } from './a.ts';\n\nexport const b = (): number => (a.length > 9 ? a() : 0);\n");
      write('c.ts', "import type { D } from './d.ts';\n\nexport interface C {\n  d?: D;\n}\nexport const c = 1;\n");
      write('d.ts', "import { c } from './c.ts';\n\nexport interface D {\n  c: number;\n}\nexport const d: D = { c };\n");
      const results = await new ESLint().lintFiles(['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((f) => path.join(dir, f)));
      const cycles = (file: string) => results.find((r) => r.filePath.endsWith(file))!.messages.filter((m) => m.ruleId === 'import-x/no-cycle');
      expect(cycles('a.ts')).toHaveLength(1);
      expect(cycles('b.ts')).toHaveLength(1);
      expect(cycles('a.ts')[0]!.message).toMatch(/Dependency cycle/);
      expect(cycles('c.ts')).toEqual([]);
      expect(cycles('d.ts')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
