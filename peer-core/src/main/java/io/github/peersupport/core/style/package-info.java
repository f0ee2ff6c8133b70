/**
 * The Immutables styles shared by every value type of the library, declared once.
 */
@NullMarked
package io.github.peersupport.core.style;

import org.jspecify.annotations.NullMarked;
