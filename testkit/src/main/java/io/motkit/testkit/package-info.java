/**
 * A test kit for authors of scorers and analyses: {@link io.motkit.testkit.Generators} makes
 * journeys and the values in them for QuickTheories properties, and {@link
 * io.motkit.testkit.ScorerContract} is the contract test every scorer runs.
 */
@NullMarked
package io.motkit.testkit;

import org.jspecify.annotations.NullMarked;
