package io.github.peersupport.core.lifecycle;

/**
 * Why a peer's certification was withdrawn (Joo et al. 2022: code-of-conduct breaches, unresolved
 * boundary problems, programme standards not met).
 */
public enum DecertificationReason {
  /** A breach of the signed code of conduct: medical advice, intimate contact, significant gifts, conflicts of interest. */
  CODE_OF_CONDUCT_BREACH,
  /** Boundary problems that were not resolved. */
  BOUNDARY_PROBLEM,
  /** Programme standards not met. */
  STANDARDS_NOT_MET,
  /** The peer asked to give up certification. */
  VOLUNTARY
}
