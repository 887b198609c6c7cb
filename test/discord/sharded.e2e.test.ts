import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.ts';
import { answerOf, sendAsk, TEST_APPLICATION_ID, TEST_TOKEN } from './harness.ts';
import { snowflake, snowflakeOnShard } from './payloads.ts';
import { spawnEntry, type SpawnedEntry } from './spawnEntry.ts';

describe('npm run discord:sharded, with the shard count Discord recommends', () => {
  let fake: FakeDiscord;
  let manager: SpawnedEntry;

  beforeAll(async () => {
    const guilds = [0, 1].map((shard) => ({ id: snowflakeOnShard(shard, 2), name: `Server ${shard}`, channelId: snowflake() }));
    fake = await startFakeDiscord({ token: TEST_TOKEN, applicationId: TEST_APPLICATION_ID, guilds, recommendedShards: 2 });
    manager = spawnEntry('sharded', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: TEST_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl });
    await manager.waitForLog((line) => line.event === 'shards-ready', 'all shards ready', 30_000);
  }, 40_000);
  afterAll(async () => {
    manager?.cleanUp();
    await fake?.close();
  });

  it('runs one process per shard, each identifying as its shard of 2', () => {
    expect(fake.gateway.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers /ask in a server on the second shard', async () => {
    const guild = fake.guilds[1]!;
    const { interaction } = sendAsk(fake, 'Wer ist der NATO-Generalsekretär?', { place: { guild, channelId: guild.channelId } });
    expect((await answerOf(fake, interaction)).content.split('\n')[1]).toMatch(/^(?:\*\*Mark Rutte\*\*|> Der NATO-Generalsekretär Mark Rutte betonte)/);
  });

  it('stops both shards cleanly and exits with code 0 on SIGTERM', async () => {
    manager.signal('SIGTERM');
    expect(await manager.exited(20_000)).toBe(0);
    expect(fake.gateway.closes).toEqual([1000, 1000]);
  });
});
