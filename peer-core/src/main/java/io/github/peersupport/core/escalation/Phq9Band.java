package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;

/** PHQ-9 severity bands (Kroenke, Spitzer &amp; Williams 2001). */
public enum Phq9Band {
  /** 0–4. */
  MINIMAL,
  /** 5–9. */
  MILD,
  /** 10–14. */
  MODERATE,
  /** 15–19. */
  MODERATELY_SEVERE,
  /** 20–27. */
  SEVERE;

  /**
   * Returns the band of a total score.
   *
   * @param total 0 to 27
   * @return the band
   */
  public static Phq9Band of(int total) {
    Require.inRange("total", total, 0, 27);
    return total < 5 ? MINIMAL : total < 10 ? MILD : total < 15 ? MODERATE : total < 20 ? MODERATELY_SEVERE : SEVERE;
  }
}
