// `npm run preview`: serves the built app (dist/) on http://127.0.0.1:4173/.
import { startStaticServer } from './static-server.mjs';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ root, port });
console.log(`Serving ${root}/ at ${url} (Ctrl+C to stop)`);
