/**
 * Rule identifiers: the stable names by which every decision of the library explains itself.
 */
@NullMarked
package io.github.peersupport.core.rule;

import org.jspecify.annotations.NullMarked;
