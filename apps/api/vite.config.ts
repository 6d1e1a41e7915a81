import { defineConfig } from 'vite';

// The API is bundled into one ESM file: workspace libraries (TypeScript sources)
// are inlined, every npm dependency stays external and is loaded from node_modules.
// Our libraries and the compiler's decorator helpers go into the bundle.
const BUNDLED = /^(@loopboard\/|@oxc-project\/runtime)/;

export default defineConfig({
  build: {
    ssr: 'src/main.ts',
    outDir: 'dist',
    target: 'node20',
    sourcemap: true,
    emptyOutDir: true,
    rollupOptions: {
      external: (id) => !BUNDLED.test(id) && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      output: { entryFileNames: 'main.js', format: 'esm' },
    },
  },
  ssr: { noExternal: [BUNDLED] },
});
