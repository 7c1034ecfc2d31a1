/**
 * Live scoring on Kafka Streams: {@link io.motkit.streams.LiveScoring} builds a topology that reads
 * contact events keyed by journey, keeps each open journey in a state store, and writes the
 * journey's current score after every event, alerts when a rule fires, and a dead-letter record for
 * every event it cannot place. The scores equal {@code motkit score --split-gap} on the same
 * events; {@code docs/streams.md} describes the model, the topics and the records.
 */
@MotkitStyle
package io.motkit.streams;

import io.motkit.core.internal.MotkitStyle;
