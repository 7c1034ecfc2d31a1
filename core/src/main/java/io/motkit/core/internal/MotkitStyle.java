package io.motkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every motkit value type.
 *
 * <p>Generated implementations stay package-private and signatures use the abstract type, so the
 * public API is the hand-written abstract classes and their builders. Builders are strict (an
 * attribute is set once) and collection adders are singular ({@code addMoment}).
 *
 * <p>This annotation is applied to motkit's own packages; applications have no need for it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {
      "aspect:aspects",
      "outcome:outcomes",
      "attribute:attributes",
      "analysis:analyses"
    },
    defaultAsDefault = false,
    // Keep classpath-detected annotations (Immutables' own @Generated among them) out of the
    // generated classes: users compiling with -Xlint would otherwise warn that they are missing.
    // An empty list would allow them all, hence the harmless Override.
    allowedClasspathAnnotations = {Override.class})
public @interface MotkitStyle {}
