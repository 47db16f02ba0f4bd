export function benchRollup(options: { appUrl: string; executablePath?: string }): Promise<void>;
