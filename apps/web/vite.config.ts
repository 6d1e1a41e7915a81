import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The manifest (dist/.vite/manifest.json) lets scripts/web-budget.ts tell each route's chunks apart.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  // In development the API runs separately (PORT, default 3000); in production it serves this build itself.
  server: { proxy: { '/api': `http://localhost:${process.env.PORT || 3000}` } },
});
