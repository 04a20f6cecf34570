import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// nhsuk-frontend's compiled CSS points at its icons as /assets/images/…; serve them from the package.
const nhsukImages = fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^\/assets\/images\//, replacement: nhsukImages }] },
  // nhsuk-frontend's CSS has hacks (`@media screen\0`) and new syntax
  // (scroll-state container queries) that Vite's CSS minifier cannot parse: Sass compresses it
  // instead (src/nhsuk.scss), and Vite ships it as it is.
  css: { preprocessorOptions: { scss: { style: 'compressed' } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, cssMinify: false },
  server: {
    // The API server (npm start, port 4000) answers GraphQL over HTTP and WebSocket at /graphql,
    // and serves the export downloads.
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '^/entries/[^/]+/export\\.(docx|md|html)$': { target: 'http://localhost:4000' },
    },
  },
});
