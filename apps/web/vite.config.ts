import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  // In development the API runs separately (PORT, default 3000); in production it serves this build itself.
  server: { proxy: { '/api': `http://localhost:${process.env.PORT || 3000}` } },
});
