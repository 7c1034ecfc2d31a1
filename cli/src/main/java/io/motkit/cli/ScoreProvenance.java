package io.motkit.cli;

import io.motkit.core.analysis.Provenance;
import io.motkit.core.internal.ResultJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --provenance FILE} sidecar of {@code score}: the run's provenance as one JSON
 * document.
 */
final class ScoreProvenance {

  private ScoreProvenance() {}

  /** Writes the sidecar, all or nothing, refusing to overwrite an input. */
  static void write(CommandSpec spec, Path file, List<String> inputs, Provenance provenance)
      throws IOException {
    OutputOption sidecar = new OutputOption();
    sidecar.out = file;
    sidecar.write(
        spec,
        inputs,
        out -> {
          var root = ResultJson.object();
          root.set("provenance", ResultJson.provenance(provenance));
          ResultJson.write(root, out);
          return 0;
        });
  }
}
