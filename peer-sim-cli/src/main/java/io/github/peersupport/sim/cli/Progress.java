package io.github.peersupport.sim.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a batch on the terminal (standard error): on a terminal, one line rewritten in place
 * ({@code run 37/200, 0 failed}); otherwise, as in a job's log file, one line per finished run ({@code run
 * 37/200 ok: seed 37, cohort.supporters=234}). Failed runs always get a line of their own with the reason.
 * Thread-safe: runs finish on several threads.
 */
final class Progress {
  private final PrintStream err;
  private final boolean terminal;
  private final int total;
  private int done;
  private int failed;

  Progress(PrintStream err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** Reports a finished run. */
  synchronized void finished(TaskResult r) {
    done++;
    if (r.failed()) {
      failed++;
    }
    String what = "seed " + r.seed() + (r.labels().isEmpty() ? "" : ", " + r.labels().toString().replaceAll("^\\{|\\}$", ""));
    if (terminal) {
      if (r.failed()) {
        err.print("\r\033[K");
        err.println(String.format(Locale.ROOT, "run %d/%d FAILED: %s: %s", done, total, what, r.error()));
      }
      err.print(String.format(Locale.ROOT, "\rrun %d/%d, %d failed", done, total, failed));
      if (done == total) {
        err.println();
      }
    } else if (r.failed()) {
      err.println(String.format(Locale.ROOT, "run %d/%d FAILED: %s: %s", done, total, what, r.error()));
    } else {
      err.println(String.format(Locale.ROOT, "run %d/%d ok: %s", done, total, what));
    }
    err.flush();
  }
}
