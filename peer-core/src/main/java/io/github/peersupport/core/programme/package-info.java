/**
 * Programmes as core data: how peer support is delivered (one-to-one, groups, both, virtual), in which setting,
 * and for whom (IPFCC); {@link io.github.peersupport.core.programme.MinorPolicy} says how a programme
 * serves minors.
 */
@NullMarked
package io.github.peersupport.core.programme;

import org.jspecify.annotations.NullMarked;
