// `npm run dev`: Vite with hot reload on :5173, proxying the gateway's routes (HTTP and WebSocket) to the
// platform that `npm start` runs on :4000. `npm run build:web` writes dist/, which the gateway serves at /.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { inlineGraphQLDocuments } from './build/inline-graphql-documents';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
// Badge metadata is /badges/<id>.json; other /badges/ paths (the verify page) belong to the app.
const GATEWAY_ROUTES = ['/files', '/checkout', '/calendar', '^/badges/[^/]+\\.json$', '/health', '/webhooks'];

export default defineConfig({
  plugins: [inlineGraphQLDocuments({ gqlDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)) }), react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: true },
      ...Object.fromEntries(GATEWAY_ROUTES.map((route) => [route, { target: gateway, changeOrigin: true }])),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
