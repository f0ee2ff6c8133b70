/**
 * JSON mapping of the peer support values, wire format v2: {@link
 * io.github.peersupport.json.PeerJson} (a ready, hardened mapper and reading helpers that report
 * errors as {@link io.github.peersupport.json.PeerJsonException} with a JSON pointer) and {@link
 * io.github.peersupport.json.PeerSupportModule} (the Jackson module, found by {@code
 * ObjectMapper.findAndRegisterModules()}).
 */
@NullMarked
package io.github.peersupport.json;

import org.jspecify.annotations.NullMarked;
