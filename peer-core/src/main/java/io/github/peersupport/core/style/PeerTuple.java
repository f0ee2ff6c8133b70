package io.github.peersupport.core.style;

import io.github.peersupport.core.MissingFieldException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The tuple style of the library's small value types (ids, codes, tags): every attribute is a
 * constructor parameter and {@code X.of(...)} creates it. The generated implementation is package-private
 * and not API; its builder is public only so that serialisation modules (peer-json) can read a tuple
 * through it, as they read every other value, without opening the package to reflection.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    allParameters = true,
    builder = "new",
    jdkOnly = true,
    redactedMask = "***",
    defaults = @Value.Immutable(builder = true, copy = false),
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingFieldException.class)
public @interface PeerTuple {}
