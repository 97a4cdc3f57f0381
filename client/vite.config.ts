import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  // HELIX_CLIENT_OUT lets parallel work build into separate folders; the app serves dist/client.
  build: { outDir: path.resolve(here, '..', process.env.HELIX_CLIENT_OUT ?? 'dist/client'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: { port: 5173, proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
});
