/**
 * Scaling by ratio: how much longer 4× the input takes than 1×, measured in CPU time (which does not grow while
 * other processes hold the cores) as the median of paired rounds, re-measured when a busy machine spoils one.
 */
const ROUNDS = 5;

/** CPU time of this process, in ms. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The median over rounds of big time / small time, the two run back to back in each round. */
function medianRatio(small: () => unknown, big: () => unknown): number {
  small();
  big();
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let t0 = cpu();
    small();
    const tSmall = Math.max(cpu() - t0, 0.5);
    t0 = cpu();
    big();
    ratios.push((cpu() - t0) / tSmall);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

/**
 * The lowest of up to three median ratios, stopping at the first under `limit`: quadratic work fails all three
 * (16× for 4× the input), a noisy machine rarely spoils more than one.
 */
export function scalingRatio(small: () => unknown, big: () => unknown, limit = 6): number {
  const ratios: number[] = [];
  while (ratios.length < 3 && !ratios.some((r) => r < limit)) ratios.push(medianRatio(small, big));
  return Math.min(...ratios);
}
