/**
 * Small values shared by the whole library: opaque ids, coded concepts ({@link
 * io.github.peersupport.core.Code}), concept taxonomies ({@link io.github.peersupport.core.Taxonomy})
 * and tags.
 */
@NullMarked
package io.github.peersupport.core;

import org.jspecify.annotations.NullMarked;
