/**
 * The programme as the root of configuration, and the presets of the programme types the published
 * sources describe (Joo et al. 2022, Table 2; Presently; IPFCC).
 */
@NullMarked
package io.github.peersupport.programmes;

import org.jspecify.annotations.NullMarked;
