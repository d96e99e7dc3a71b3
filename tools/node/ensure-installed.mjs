// Installs the npm tools pinned in package-lock.json (Spectral, Redocly, swagger-mock-validator) into
// node_modules/ with `npm ci`, but only when the lockfile changed since the last install: a warm build costs
// one hash instead of re-extracting a few hundred packages. Install scripts stay off (the tools need none;
// one dependency's would only report its download).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
const stamp = join(root, 'node_modules', '.installed-lock.sha256');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  console.log('npm tools: node_modules matches package-lock.json');
  process.exit(0);
}
console.log('npm tools: npm ci (package-lock.json changed or first install)');
const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (npm.status !== 0) {
  console.error('npm ci failed; the npm registry must be reachable for the first build');
  process.exit(npm.status ?? 1);
}
writeFileSync(stamp, lock);
