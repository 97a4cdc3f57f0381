import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Writes a gzipped copy beside each script, style sheet and page of the build, once and at the
 * highest level, which the server sends to browsers that accept gzip (server/http/client-files.ts)
 * instead of compressing the same file again for every visitor.
 */
function gzipped(): Plugin {
  const pack = promisify(gzip);
  return {
    name: 'helix-gzipped',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      const files = Object.keys(bundle).concat('index.html').filter((f) => /\.(js|css|html|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const file = path.join(dir!, f);
          await writeFile(`${file}.gz`, await pack(await readFile(file), { level: constants.Z_BEST_COMPRESSION }));
        }),
      );
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), gzipped()],
  // HELIX_CLIENT_OUT lets parallel work build into separate folders; the app serves dist/client.
  build: { outDir: path.resolve(here, '..', process.env.HELIX_CLIENT_OUT ?? 'dist/client'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: { port: 5173, proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
});
