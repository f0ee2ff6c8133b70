package io.github.peersupport.core.prescription;

/** How the prescribed group meets. */
public enum PrescriptionMode {
  /** Online (video, chat or asynchronous board). */
  ONLINE,
  /** In person. */
  IN_PERSON
}
