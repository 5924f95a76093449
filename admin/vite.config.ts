import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Vendor code is split into a few long-lived chunks so that a release of the
// console's own code does not invalidate the browser's copy of the libraries.
// Rolldown puts a group's dependencies into the group's chunk too
// (includeDependenciesRecursively, on by default in rolldown 1.3), so
// react-router and react-query land in vendor-react-admin, and `vendor` only
// collects libraries that the console imports outside the other groups.
const vendorGroups: ReadonlyArray<{ name: string; test: RegExp }> = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'vendor-mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/ },
  { name: 'vendor-react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+)[\\/]/ },
  // recharts and the d3 and redux modules it draws and keeps its state with.
  {
    name: 'vendor-charts',
    test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3)[\\/]/,
  },
  { name: 'vendor', test: /node_modules[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups.map((group, index) => ({
            ...group,
            // Earlier groups win when a module matches several tests.
            priority: vendorGroups.length - index,
          })),
        },
      },
    },
  },
});
