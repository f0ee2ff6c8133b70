/**
 * Programmes as core data: how peer support is delivered (one-to-one, groups, both, virtual), in which setting,
 * and for whom (IPFCC).
 */
@NullMarked
package io.github.peersupport.core.programme;

import org.jspecify.annotations.NullMarked;
