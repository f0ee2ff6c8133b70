package io.github.peersupport.core.style;

import io.github.peersupport.core.MissingFieldException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The builder style of the library's value types: {@code X.builder()...build()}, JDK collections only,
 * and redacted attributes shown as {@code ***}. A changed copy of a value is built with {@code
 * X.builder().from(x)} and the setters of the attributes to change; a few types also declare {@code
 * withX(...)} methods of their own, which their Javadoc lists.
 *
 * <p>A builder missing required attributes throws {@link MissingFieldException} naming each of
 * them.
 *
 * <p>The generated implementation ({@code ImmutableX}) is package-private and not API; its copy methods
 * serve the value type's own code. Its builder is public, with a public constructor, because the public
 * {@code X.Builder} extends it and serialisation modules in other JPMS modules (peer-json) call its
 * public setters; no package needs to be opened for that.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    builder = "new",
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingFieldException.class)
public @interface PeerStyle {}
