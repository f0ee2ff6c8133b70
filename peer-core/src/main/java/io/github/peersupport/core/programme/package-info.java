/**
 * Programmes as core data: how peer support is delivered (one-to-one, groups, both, virtual), in which
 * setting, and for whom (IPFCC); {@link io.github.peersupport.core.programme.MinorPolicy} says how a
 * programme serves minors, and {@link io.github.peersupport.core.programme.Readiness} when a supporter
 * is ready to support others (time since treatment, diagnosis, delivery, the child's diagnosis, in
 * recovery, since bereavement or a transplant).
 */
@NullMarked
package io.github.peersupport.core.programme;

import org.jspecify.annotations.NullMarked;
