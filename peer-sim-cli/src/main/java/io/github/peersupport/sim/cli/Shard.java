package io.github.peersupport.sim.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} shards of a batch's tasks, written {@code index/count} with {@code index} from 0 to
 * {@code count − 1} (a Slurm job array {@code --array=0-<count − 1>} gives {@code
 * $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT}). Task {@code t} belongs to shard {@code t mod count}: the
 * shards take turns through the grid, so each gets a similar share of every grid point.
 *
 * @param index the shard, 0 to {@code count − 1}
 * @param count the number of shards, 1 to 100,000
 */
record Shard(int index, int count) {
  /** The whole batch: one shard. */
  static final Shard ALL = new Shard(0, 1);
  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

  Shard {
    if (count < 1 || count > 100_000 || index < 0 || index >= count) {
      throw new UsageException("--shard: must be i/n with 1 <= n <= 100000 and 0 <= i < n (shards count from 0: "
          + "#SBATCH --array=0-<n-1>), but was " + index + "/" + count);
    }
  }

  /** Reads {@code i/n}. */
  static Shard parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new UsageException("--shard: must be i/n such as 0/10, but was " + SeedRange.shown(text));
    }
    return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether a task (numbered from 0) is this shard's. */
  boolean includes(int task) {
    return task % count == index;
  }

  /** {@code all} for the whole batch, otherwise {@code i/n}. */
  @Override
  public String toString() {
    return count == 1 ? "all" : index + "/" + count;
  }
}
