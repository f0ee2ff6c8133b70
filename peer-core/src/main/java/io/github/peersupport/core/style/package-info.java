/**
 * The Immutables styles shared by every value type of the library, declared once. Not API: the package
 * is exported only to the library's own modules.
 */
@NullMarked
package io.github.peersupport.core.style;

import org.jspecify.annotations.NullMarked;
