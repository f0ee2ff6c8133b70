/** The simulation engine and small numeric helpers; not API. */
@NullMarked
package io.github.peersupport.sim.internal;

import org.jspecify.annotations.NullMarked;
