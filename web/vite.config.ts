import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shared package's dist is CommonJS for Node; the browser bundles its TypeScript sources.
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

// `npm run dev -w web` proxies /api to a running server (BEMANNA_API, default the `npm start` port).
const apiTarget = process.env.BEMANNA_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@bemanna/shared': sharedSource } },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The solver's LP/MIP engine (HiGHS, 3.5 MB of wasm) runs on the server only; the browser
    // never calls its loader, so it is left out rather than emitted as an unused asset.
    rollupOptions: { external: ['highs'] },
  },
});
