import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// The local runtime (npm start) serves the staff API and the public API on port 3000.
const localApi = "http://localhost:3000";

export default defineConfig({
  plugins: [solid()],
  server: {
    port: 5173,
    proxy: {
      "/api": { target: localApi, changeOrigin: false },
      "/public": { target: localApi, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
