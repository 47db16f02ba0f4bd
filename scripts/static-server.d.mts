export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export function startStaticServer(options: {
  root: string;
  basePath?: string;
  port?: number;
  routes?: Record<string, { type: string; body: string | Uint8Array }>;
}): Promise<StaticServer>;
