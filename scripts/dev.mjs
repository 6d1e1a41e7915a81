// `npm run dev`: the API restarted on change (http://localhost:3000) and the
// dashboard with hot reload on Vite's dev server (http://localhost:5173, /api proxied).
import { spawn } from 'node:child_process';

const env = { ...process.env, SWC_NODE_PROJECT: 'apps/api/tsconfig.json', LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' };
const children = [
  spawn(process.execPath, ['--watch-path=apps/api/src', '--watch-path=libs', '--watch-path=migrations', '--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.ts', 'apps/web'], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } });
