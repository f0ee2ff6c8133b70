package io.github.peersupport.core.escalation;

/** On what basis the details of an escalation may be shared with the care team. */
public enum SharingBasis {
  /** The person consented to sharing concerns with the care team. */
  CONSENT,
  /** No consent, but a limit of confidentiality (danger to self or others, abuse) overrides it. */
  CONFIDENTIALITY_LIMIT,
  /** Neither: the peer must ask the person's permission before sharing details (ESRD Network guidelines). */
  ASK_PERMISSION
}
