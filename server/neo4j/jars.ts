import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class SetupError extends Error {}

/** Java 17+ is needed to run Neo4j 5; says so in one line when it is missing or too old. */
export async function checkJava(): Promise<number> {
  let out: string;
  try {
    const r = await run('java', ['-version']);
    out = r.stderr + r.stdout;
  } catch {
    throw new SetupError('Java 17 or newer is required to run the bundled Neo4j, and `java` was not found on PATH (or set NEO4J_URI to use an existing Neo4j).');
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new SetupError(`Java 17 or newer is required to run the bundled Neo4j; found ${match?.[0] ?? 'an unknown version'}.`);
  }
  return major;
}

function pom(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>helix-explorer</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

/**
 * Makes sure the Neo4j Community jars of `version` are in the cache, fetching them from Maven
 * Central with Maven the first time. Returns the folder holding the jars.
 */
export async function ensureJars(cacheDir: string, version: string, log: (msg: string) => void): Promise<string> {
  const dir = path.join(cacheDir, `neo4j-${version}`);
  const lib = path.join(dir, 'lib');
  if (existsSync(path.join(dir, 'complete'))) return lib;

  try {
    await run('mvn', ['-v']);
  } catch {
    throw new SetupError('Maven (`mvn`) is required once to fetch the Neo4j jars and was not found on PATH (or set NEO4J_URI to use an existing Neo4j).');
  }
  log(`fetching Neo4j ${version} Community jars with Maven into ${dir} (first run only)`);
  const work = `${dir}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await writeFile(path.join(work, 'pom.xml'), pom(version));
  try {
    await run(
      'mvn',
      ['-B', '-q', '-f', path.join(work, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(work, 'lib')}`, '-DincludeScope=runtime'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (err) {
    const detail = (err as { stdout?: string }).stdout?.split('\n').find((l) => l.includes('ERROR')) ?? (err as Error).message;
    throw new SetupError(`could not fetch Neo4j ${version} with Maven: ${detail.trim()}`);
  }
  await writeFile(path.join(work, 'complete'), new Date().toISOString());
  await rm(dir, { recursive: true, force: true });
  await rename(work, dir);
  return lib;
}
