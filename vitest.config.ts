import { defineConfig } from 'vitest/config';

// Two projects: Node for shared/, electron/ services and the CLI; happy-dom for renderer logic.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'] } },
      { test: { name: 'renderer', environment: 'happy-dom', include: ['tests/renderer/**/*.test.{ts,tsx}'] } },
    ],
  },
});
