package io.github.peersupport.bench;

import io.github.peersupport.sim.Scenario;

/**
 * The simulation scenarios the benchmarks and the sweep timing share, so both measure the same
 * programme.
 */
public final class SimScenarios {
  /** Seekers referred over the year of the cap-10k-sized programme. */
  public static final int CAP_10K_SEEKERS = 10_000;

  private SimScenarios() {}

  /**
   * The standard scenario ({@link Scenario#standard()}): 180 supporters, about 25 referrals a week,
   * six groups, 52 weeks.
   *
   * @return the scenario
   */
  public static Scenario standard() {
    return Scenario.standard();
  }

  /**
   * A programme the size of the cap-10k assignment instance: 2,000 supporters, about 10,000 referrals
   * over 52 weeks, and the groups scaled with the referrals: 48, eight times the standard six (192
   * referrals a week are 7.7 times the standard 25, rounded up), every other setting standard.
   *
   * @return the scenario
   */
  public static Scenario cap10k() {
    Scenario s = Scenario.standard();
    return s.withName("cap-10k").withGroups(48)
        .withCohort(s.cohort().withSupporters(2000).withSeekersPerWeek(CAP_10K_SEEKERS / 52.0));
  }
}
