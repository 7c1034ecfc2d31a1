// A peak-end experiment in JShell: two conditions, one episode with a better end, ratings after
// each, and the question which memory model predicts them. Run it with
//   jshell --class-path "$(./motkit classpath)" docs/fit-experiment.jsh
import io.motkit.core.*;
import io.motkit.core.scoring.*;
import io.motkit.journey.*;
import io.motkit.journey.fit.*;
import java.time.*;
import java.util.*;

var registry = ScorerRegistry.load();
var random = new Random(2026);
var pain = Scale.of(0, 10, 0, false);     // discomfort, 0 none to 10 worst: lower is better
var journeys = new ArrayList<Journey>();
for (int j = 0; j < 400; j++) {
  // Condition "better end": the same episode followed by a few minutes of milder discomfort, as in
  // the cold-hand experiment of Kahneman, Fredrickson, Schreiber and Redelmeier (1993).
  boolean betterEnd = j % 2 == 1;
  var journey = Journey.builder().id(String.format("p%03d", j)).scale(pain).putAttribute("condition", betterEnd ? "better-end" : "short");
  var start = Instant.parse("2024-03-01T09:00:00Z").plus(Duration.ofDays(j));
  int minutes = 6 + random.nextInt(5);
  for (int m = 0; m < minutes; m++) {
    double level = Math.min(10, Math.max(0, 5 + 2 * Math.sin(m) + random.nextGaussian()));
    journey.addMoment(Moment.builder().touchpoint(Touchpoint.of("minute-" + m)).start(start.plus(Duration.ofMinutes(m))).duration(Duration.ofMinutes(1)).value(Math.round(level)).build());
  }
  if (betterEnd) {
    for (int m = 0; m < 3; m++) {
      journey.addMoment(Moment.builder().touchpoint(Touchpoint.of("milder-" + m)).start(start.plus(Duration.ofMinutes(minutes + m))).duration(Duration.ofMinutes(1)).value(2 + random.nextInt(2)).build());
    }
  }
  journeys.add(journey.build());
}
var log = EventLog.of(journeys);

// The retrospective rating each person gives, simulated from peak-end memory (worst moment and end
// weighted equally) plus noise; with real data, read the ratings from a file instead.
var ratings = RetrospectiveRatings.simulate(log, registry.create("peak-end", Map.of("peak", "worst")), 0.5, 7);
var outcomes = new LinkedHashMap<String, Map<String, Double>>();
ratings.forEach((id, r) -> outcomes.put(id, Map.of("rating", r)));
var rated = log.withOutcomes(outcomes);

// Remembered discomfort by condition: lower with the better end, although that episode is longer.
var byCondition = new TreeMap<String, double[]>();
for (int j = 0; j < rated.journeyCount(); j++) {
  var condition = rated.journeyAttribute("condition", j).orElseThrow();
  var sums = byCondition.computeIfAbsent(condition, k -> new double[2]);
  sums[0] += rated.outcome("rating", j).getAsDouble();
  sums[1]++;
}
byCondition.forEach((condition, sums) -> System.out.printf(Locale.ROOT, "mean rating, %s: %.2f%n", condition, sums[0] / sums[1]));

var report = MemoryModelFit.builder().folds(10).resamples(200).seed(11).build().fit(rated, "rating", "jshell experiment");
for (var model : report.models()) {
  System.out.printf(Locale.ROOT, "%-18s R2 %.3f  RMSE %.3f%n", model.model(), model.rSquared(), model.rmse());
}
System.out.println("best model: " + report.best() + " " + report.models().get(0).choices());
// Models that nest peak-end (the regression on peak, end, mean and duration) can tie it by chance;
// the paired bootstrap says whether the best is better beyond resampling noise.
var peakEnd = report.models().stream().filter(m -> m.model().equals("peak-end")).findFirst().orElseThrow();
System.out.println("peak-end fitted: " + peakEnd.choices() + " " + peakEnd.estimates());
System.out.println("peak-end as good as the best: " + peakEnd.comparison().map(c -> c.pValue() > 0.05).orElse(true));
/exit
