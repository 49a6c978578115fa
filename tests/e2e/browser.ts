/**
 * Finds Debian's Chromium for Playwright (Playwright's own browser download cannot work on these
 * machines), installing it with apt-get when it is missing. Runs once, when the config loads.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} finnes ikke.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  console.log('Chromium mangler: installerer Debian-pakken chromium med apt-get …');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch (error) {
    throw new Error(
      'Kunne ikke installere Chromium. Installer Debian-pakken «chromium» (apt-get install -y chromium) ' +
        'eller sett CHROMIUM_PATH til en Chromium-binær, og kjør testene på nytt.',
      { cause: error },
    );
  }
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed) throw new Error('apt-get installerte chromium, men fant ingen binær i /usr/bin.');
  return installed;
}

/** A free TCP port on the loopback interface, found synchronously (the config cannot await). */
export function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execSync(`node -e "${script}"`, { encoding: 'utf8' }).trim());
}
