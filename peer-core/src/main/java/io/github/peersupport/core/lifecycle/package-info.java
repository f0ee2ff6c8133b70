/**
 * The supporter and facilitator lifecycle as a guarded state machine: applicant → screened → trained
 * → certified → active ⇄ paused → decertified or retired, with certification expiry and renewal
 * (Joo et al. 2022, programme B's certification and decertification; Cancer Hope Network).
 *
 * <p>{@link io.github.peersupport.core.lifecycle.PeerLifecycle#apply PeerLifecycle.apply} is a pure
 * function: it returns the new {@link io.github.peersupport.core.lifecycle.PeerStanding} and an audit
 * record, or a rejection naming the rule that blocked it.
 */
@NullMarked
package io.github.peersupport.core.lifecycle;

import org.jspecify.annotations.NullMarked;
