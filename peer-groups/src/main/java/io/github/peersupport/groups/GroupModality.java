package io.github.peersupport.groups;

import io.github.peersupport.core.person.Modality;

/**
 * How a group meets. Core's {@link Modality} describes how two people can meet and has no
 * asynchronous board, so groups have their own modality with a mapping to the person modality a
 * member needs ({@link #memberModality()}).
 */
public enum GroupModality {
  /** Face to face, in a room. */
  IN_PERSON(Modality.IN_PERSON, true),
  /** A video call (CancerChatCanada, Presently). */
  VIDEO(Modality.VIDEO, true),
  /** A telephone conference call. */
  PHONE(Modality.PHONE, true),
  /** A live text chat at a set time (CancerChatCanada). */
  CHAT(Modality.CHAT, true),
  /** An asynchronous discussion board: no meeting time. */
  ASYNC_BOARD(Modality.CHAT, false);

  private final Modality memberModality;
  private final boolean scheduled;

  GroupModality(Modality memberModality, boolean scheduled) {
    this.memberModality = memberModality;
    this.scheduled = scheduled;
  }

  /**
   * Returns the person modality a member must accept to take part (a board needs text chat).
   *
   * @return the person modality
   */
  public Modality memberModality() {
    return memberModality;
  }

  /**
   * Tells whether the group meets at a set time (every modality except {@link #ASYNC_BOARD}).
   *
   * @return true if sessions have a time slot
   */
  public boolean isScheduled() {
    return scheduled;
  }
}
