import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The repository root, which is also the site root. */
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One entry per page of the site, by chunk name. Vite 8 wants absolute paths here (STACK.md); each page is
 * written to `dist/` at its path relative to the root (`stories/yangshahu-2019/index.html`).
 */
const pages: Record<string, string> = {
  index: fileURLToPath(new URL('./index.html', import.meta.url)),
  'story-yangshahu-2019': fileURLToPath(new URL('./stories/yangshahu-2019/index.html', import.meta.url)),
};

export default defineConfig({
  root,
  appType: 'mpa',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
  preview: { port: 4173, strictPort: true },
});
