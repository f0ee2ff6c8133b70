/**
 * Implementation of peer-matching: vocabularies and bit sets used by the compiled supporter pool. Not
 * exported.
 */
@NullMarked
package io.github.peersupport.matching.internal;

import org.jspecify.annotations.NullMarked;
