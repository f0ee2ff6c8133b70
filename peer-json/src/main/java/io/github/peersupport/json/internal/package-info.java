/**
 * Implementation of the JSON mapping: the value index the build writes into each value module (value
 * types and their properties in declaration order) and the one introspector that maps every type it
 * names, serializers for ids and person ids, the document envelope ({@code schemaVersion}) and strictness
 * handlers. No source here is generated. Not exported.
 */
@NullMarked
package io.github.peersupport.json.internal;

import org.jspecify.annotations.NullMarked;
