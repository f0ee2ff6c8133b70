/**
 * Implementation of the JSON mapping: mix-ins, serializers for ids and person ids, the document
 * envelope ({@code schemaVersion}) and strictness handlers. Not exported.
 */
@NullMarked
package io.github.peersupport.json.internal;

import org.jspecify.annotations.NullMarked;
