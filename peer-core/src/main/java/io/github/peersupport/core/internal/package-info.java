/**
 * Implementation helpers of peer-core. Not exported: not part of the API.
 */
@NullMarked
package io.github.peersupport.core.internal;

import org.jspecify.annotations.NullMarked;
