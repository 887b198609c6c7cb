import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { QaError } from '../../src/errors.ts';
import { loadEnvFile, readConfig } from '../common/config.ts';
import { createLogger } from '../common/logger.ts';
import { DISCORD_HINTS, discordConfigSchema } from './config.ts';
import { explainLoginError } from './errors.ts';
import { installShutdown } from '../common/shutdown.ts';

// `main.ts` beside this file under tsx, `main.js` in the compiled `dist/`.
const SHARD_ENTRY = fileURLToPath(new URL(`./main${path.extname(import.meta.url)}`, import.meta.url));
/** Discord allows `max_concurrency` identifies per 5 s; a little slack on top. */
const IDENTIFY_WINDOW_MS = 5500;

async function main(): Promise<void> {
  const config = readConfig(discordConfigSchema, process.env, DISCORD_HINTS, loadEnvFile());
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const api = config.DISCORD_API_URL ?? 'https://discord.com/api';
  // discord.js's own "auto" count always asks discord.com; ask the configured API instead.
  const gateway = (await new REST({ api })
    .setToken(config.DISCORD_TOKEN)
    .get(Routes.gatewayBot())
    .catch((error: unknown) => {
      throw explainLoginError(error, api);
    })) as RESTGetAPIGatewayBotResult;
  const totalShards = config.DISCORD_SHARD_COUNT ?? gateway.shards;
  const manager = new ShardingManager(SHARD_ENTRY, { token: config.DISCORD_TOKEN, totalShards, mode: 'process', respawn: true, execArgv: process.execArgv });
  manager.on('shardCreate', (shard) => {
    logger.info({ event: 'shard-created', shard: shard.id, totalShards }, 'shard process started');
    shard.on('death', () =>
      logger.warn({ event: 'shard-died', shard: shard.id }, manager.respawn ? 'shard process exited; respawning' : 'shard process exited'),
    );
  });
  installShutdown(
    async () => {
      manager.respawn = false;
      await Promise.all(manager.shards.map((shard) => stopShard(shard)));
    },
    { logger, timeoutMs: 15_000 },
  );
  const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  await manager.spawn({ amount: totalShards, delay, timeout: 60_000 });
  logger.info({ event: 'shards-ready', totalShards }, 'all shards ready');
}

/** Sends the shard SIGTERM (it drains its answers and exits 0) and waits up to 10 s. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000, undefined, { ref: false })]);
}

main().catch((error: unknown) => {
  const text = error instanceof QaError ? error.message : `Unexpected error: ${String(error)}`;
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
