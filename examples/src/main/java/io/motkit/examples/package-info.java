/**
 * Runnable examples: property management, hotel and retail journeys. {@link
 * io.motkit.examples.Demo} is the entry point.
 */
package io.motkit.examples;
