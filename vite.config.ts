import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer bundle. base './' because the same build is loaded from file:// or app:// in
// Electron and from a loopback host in browser mode, so every URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
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
