package io.motkit.cli;

import io.motkit.core.analysis.Provenance;
import io.motkit.core.internal.ResultJson;
import java.nio.file.Path;

/**
 * The {@code --provenance FILE} sidecar of {@code score}: the run's provenance as one JSON
 * document.
 */
final class ScoreProvenance {

  private ScoreProvenance() {}

  /** Writes the sidecar, all or nothing (see {@link OutputFile}). */
  static void write(Path file, Provenance provenance) {
    OutputFile.write(
        file,
        out -> {
          var root = ResultJson.object();
          root.set("provenance", ResultJson.provenance(provenance));
          ResultJson.write(root, out);
          return 0;
        });
  }
}
