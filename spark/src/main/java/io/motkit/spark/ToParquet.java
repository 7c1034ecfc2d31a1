package io.motkit.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Converts an event CSV to Parquet with typed columns (timestamp, double value and duration), as a
 * data lake would hold it: {@code ToParquet EVENTS.csv OUT.parquet}. Used by the benchmarks and the
 * example in docs/spark.md.
 */
public final class ToParquet {

  private ToParquet() {}

  /** Converts {@code args[0]} to {@code args[1]}. */
  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("motkit-to-parquet")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      spark
          .read()
          .option("header", "true")
          .csv(args[0])
          .withColumn("timestamp", functions.col("timestamp").cast("timestamp"))
          .withColumn("value", functions.col("value").cast("double"))
          .withColumn("duration_s", functions.col("duration_s").cast("double"))
          .write()
          .mode("overwrite")
          .parquet(args[1]);
    } finally {
      spark.stop();
    }
  }
}
