import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test'), __APP_BUILD__: JSON.stringify('test') },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole-app screen tests render and type a lot; on a busy 2-core machine 5 s is not enough. They wait on the screen, not on this.
    testTimeout: 30_000,
  },
});
