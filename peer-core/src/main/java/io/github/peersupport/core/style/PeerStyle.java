package io.github.peersupport.core.style;

import io.github.peersupport.core.MissingFieldException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The builder style of the library's value types: {@code X.builder()...build()}, copy methods
 * ({@code withCapacity(4)}), JDK collections only, and redacted attributes shown as {@code ***}.
 *
 * <p>A builder missing required attributes throws {@link MissingFieldException} naming each of
 * them.
 *
 * <p>The generated builder has a public constructor so that serialisation modules in other JPMS
 * modules (peer-json) can instantiate it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    builder = "new",
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingFieldException.class)
public @interface PeerStyle {}
