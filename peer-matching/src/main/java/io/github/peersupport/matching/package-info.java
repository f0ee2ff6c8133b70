/**
 * The front door of one-to-one matching: {@link io.github.peersupport.matching.PeerMatcher} ranks
 * eligible supporters for a seeker and explains every candidate's score criterion by criterion.
 */
@NullMarked
package io.github.peersupport.matching;

import org.jspecify.annotations.NullMarked;
