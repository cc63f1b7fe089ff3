/**
 * A real speech engine for the browser tests: Debian's speech-dispatcher with its espeak-ng module (the
 * packages .ci/run installs), started privately for one test file. Chromium on Linux speaks through it
 * when started with --enable-speech-dispatcher and told the socket in SPEECHD_ADDRESS (libspeechd reads
 * it); without the flag Debian's Chromium lists no voice at all.
 *
 * A test machine has no sound card, so the server's audio goes to libao's "null" driver: speechd.conf
 * says `AudioOutputMethod "libao"`, and libao reads its driver from ~/.libao, so the server runs with
 * HOME in the test's own folder. espeak-ng still synthesises every sentence and the server still sends
 * the Web Speech API's events (start, end); only the samples go nowhere — faster than real time.
 * Everything (config, socket, logs) lives in one temporary folder; nothing of the machine's own
 * configuration, nor a speech-dispatcher someone else runs, is touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How long the server may take to open its socket on a loaded machine. */
const START_WAIT = 30_000; // ms
/** The server ends itself this long after its last client left: a crashed test leaves nothing running. */
const IDLE_EXIT = 120; // s

/** The Chromium flag that turns speech-dispatcher on (off by default in Debian's build). */
export const SPEECH_DISPATCHER_FLAG = '--enable-speech-dispatcher';

export interface SpeechServer {
  /** The environment Chromium needs to reach this server. */
  env: Record<string, string>;
  /** The server's own log (for a failing test's message). */
  log(): string;
  close(): Promise<void>;
}

const requireEngine = process.env.CI === 'true' || process.env.CI === '1' || process.env.REQUIRE_BROWSER === '1';

/** Whether a file's real-engine tests are skipped: no engine here, and nobody requires one. Says so loudly. */
export function skipWithoutSpeechDispatcher(what: string): boolean {
  const here = fs.existsSync('/usr/bin/speech-dispatcher') && fs.existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng');
  if (here || requireEngine) return false;
  const message = `speech-dispatcher with espeak-ng was not found: ${what} did NOT run.\nInstall it with: sudo apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng (.ci/run does)`;
  console.warn(`\n${'!'.repeat(72)}\n! ${message.replace(/\n/g, '\n! ')}\n${'!'.repeat(72)}`);
  return true;
}

export async function startSpeechServer(): Promise<SpeechServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-e2e-speechd-'));
  const config = path.join(root, 'config');
  const home = path.join(root, 'home');
  const logs = path.join(root, 'log');
  const socket = path.join(root, 'speechd.sock');
  fs.mkdirSync(path.join(config, 'modules'), { recursive: true });
  fs.mkdirSync(home);
  fs.mkdirSync(logs);
  fs.copyFileSync('/etc/speech-dispatcher/modules/espeak-ng.conf', path.join(config, 'modules', 'espeak-ng.conf'));
  fs.writeFileSync(
    path.join(config, 'speechd.conf'),
    ['LogLevel 3', 'AudioOutputMethod "libao"', 'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"', 'DefaultModule espeak-ng', ''].join('\n'),
  );
  fs.writeFileSync(path.join(home, '.libao'), 'default_driver=null\n');

  const server: ChildProcess = spawn(
    'speech-dispatcher',
    ['--run-single', '--timeout', String(IDLE_EXIT), '--config-dir', config, '--communication-method', 'unix_socket', '--socket-path', socket, '--log-dir', logs, '--pid-file', path.join(root, 'pid')],
    { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_RUNTIME_DIR: root }, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const log = () => {
    try {
      return fs.readFileSync(path.join(logs, 'speech-dispatcher.log'), 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      // No log yet: the server never started.
      return '(no log)';
    }
  };

  // The socket file appears when the server listens: wait for that event, with a generous limit.
  const deadline = Date.now() + START_WAIT;
  while (!fs.existsSync(socket)) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill();
      throw new Error(`speech-dispatcher did not start:\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    env: { SPEECHD_ADDRESS: `unix_socket:${socket}` },
    log,
    async close() {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
