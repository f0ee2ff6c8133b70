package io.github.peersupport.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The tuple style of the library's small value types (ids, codes, tags): every attribute is a
 * constructor parameter, {@code X.of(...)} creates it, and there is no builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    allParameters = true,
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(builder = false, copy = false),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true)
public @interface PeerTuple {}
