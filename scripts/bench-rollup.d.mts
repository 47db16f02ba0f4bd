export function benchRollup(options: { appUrl: string; executablePath?: string }): Promise<void>;
export function rollupBaselinePages(): Map<string, { type: string; body: Buffer }>;
