package io.github.peersupport.core.escalation;

/** The C-SSRS screener's triage result (Columbia Lighthouse Project), lowest first. */
public enum CssrsRisk {
  /** No positive answer. */
  NONE,
  /** Q1 or Q2 only (wish to be dead, non-specific thoughts). */
  LOW,
  /** Q3 (thoughts with a method), or suicidal behaviour in the lifetime but not the past 3 months. */
  MODERATE,
  /** Q4 or Q5 (intent, plan) in the past month, or suicidal behaviour in the past 3 months. */
  HIGH
}
