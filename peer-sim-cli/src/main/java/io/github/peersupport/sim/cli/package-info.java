/**
 * The batch command {@code bin/peer-sim} and the JShell script runner of {@code bin/peer-shell}.
 */
@NullMarked
package io.github.peersupport.sim.cli;

import org.jspecify.annotations.NullMarked;
