export declare const deployTemplates: Record<string, string>;
export declare const headerOnlyDirectives: string[];
export declare function headerPolicyOf(indexHtml: string): string;
export declare function renderDeployConfigs(options: { appFolder: string; subPath: string; serverRoot: string }): Record<string, string>;
