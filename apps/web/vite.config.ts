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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    cssMinify: false,
    rolldownOptions: {
      // Rolldown's note that the Sass compile (the whole of nhsuk-frontend) takes most of the build
      // is true and expected: there is nothing for a newcomer to act on.
      checks: { bundlerTimings: false },
      output: {
        // The libraries in chunks of their own, each under Vite's 500 kB warning and cached across
        // releases of the app: React; Apollo Client with graphql-js; ProseMirror; the rest
        // of the editor (Tiptap, Yjs). The Markdown preview's parser stays in its own lazily loaded chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|graphql-ws)[\\/]/, priority: 20 },
            { name: 'prosemirror', test: /node_modules[\\/](@tiptap[\\/]pm|prosemirror-(?!markdown)[^\\/]+|orderedmap|rope-sequence|w3c-keyname)[\\/]/, priority: 15 },
            { name: 'editor', test: /node_modules[\\/](@tiptap|yjs|y-protocols|lib0|linkifyjs|@floating-ui)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    // The API server (npm start, port 4000) answers GraphQL over HTTP and WebSocket at /graphql,
    // and serves the export downloads.
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '^/entries/[^/]+/export\\.(docx|md|html)$': { target: 'http://localhost:4000' },
      '^/metrics/[^/]+/analysis\\.(csv|xlsx)$': { target: 'http://localhost:4000' },
    },
  },
});
