/**
 * The simulation engine and small numeric helpers; not API. Every random draw of a run comes from
 * {@code RandomStreams}: a stream per (seed, purpose, entity, occasion), so runs of one seed share their
 * random numbers across scenarios (common random numbers, Law 2015, ch. 11).
 */
@NullMarked
package io.github.peersupport.sim.internal;

import org.jspecify.annotations.NullMarked;
