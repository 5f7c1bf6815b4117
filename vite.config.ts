import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// base './' so the built dist/ runs from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [vue()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
})
