/**
 * motkit on Apache Spark: {@link io.motkit.spark.MotkitSpark} scores journeys held in any Spark
 * source (Parquet, CSV, a table) with motkit's kernels, one journey per group, and runs the journey
 * analyses whose heavy part is counting as Spark aggregations finished by motkit's own model code
 * on the driver. Spark is a provided dependency: the cluster supplies it.
 */
@MotkitStyle
package io.motkit.spark;

import io.motkit.core.internal.MotkitStyle;
