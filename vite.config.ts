import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Dev server only: React Fast Refresh injects an inline preamble and HMR talks over a
 * WebSocket, both of which the production CSP rightly forbids. Builds keep the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'copydesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://127.0.0.1:*"),
  };
}

// The renderer bundle. base './' because the same build is loaded from file:// or app:// in
// Electron and from a loopback host in browser mode, so every URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), devCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Inline nothing as data: URLs beyond small assets; the CSP allows data: for images only.
    assetsInlineLimit: 0,
    // Loaded from disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
