// `npm run dev`: Vite with hot reload on :5173, proxying the gateway's routes (HTTP and WebSocket) to the
// platform that `npm start` runs on :4000. `npm run build:web` writes dist/, which the gateway serves at /.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const GATEWAY_ROUTES = ['/files', '/checkout', '/calendar', '/badges', '/health', '/webhooks'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: true },
      ...Object.fromEntries(GATEWAY_ROUTES.map((route) => [route, { target: gateway, changeOrigin: true }])),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
