export function completeAssistantAssessment(): { version: number; state: { language: string; [key: string]: unknown } };
