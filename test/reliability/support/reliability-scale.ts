/**
 * `npm test` runs a quick version of every reliability check; `npm run test:reliability` sets
 * RELIABILITY=full for the full counts the reliability issue asks for.
 */
export function reliabilityScale() {
  const full = process.env.RELIABILITY === 'full';
  return {
    full,
    kills: full ? 10 : 2,
    crashSeed: Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000),
    concurrencyRounds: full ? 20 : 4,
    badInputRunsPerCommand: full ? 1_000 : 200,
    idempotentSends: 100,
    backupRounds: full ? 5 : 1,
  };
}
