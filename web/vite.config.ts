// The workbench UI, built to web/dist and served by `armstrace serve`.
// In development, `npx vite web` proxies /api to a server started with `armstrace serve`.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // CSP forbids inline scripts: keep everything in external files.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Cytoscape alone is ~450 kB; one chunk is fine for a local tool.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
