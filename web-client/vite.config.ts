import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const backend = 'http://localhost:5080';

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: '../src/ExerciseServer/wwwroot',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      // The client, and the diagram renderer page it frames (its own, narrower policy: see flow/renderer.ts).
      input: {
        main: 'index.html',
        flow: 'flow-render.html',
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/hubs': { target: backend, ws: true, changeOrigin: false },
    },
  },
});
