package io.motkit.journey.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The journey map's JSON, for its own text and for the result's document alike. */
final class JourneyMapJson {

  private JourneyMapJson() {}

  /**
   * The map as a JSON tree with {@code journeys}, {@code variant_count}, {@code nodes}, {@code
   * edges}, {@code variants} and {@code stages}.
   */
  static ObjectNode tree(JourneyMap map) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("journeys", map.journeys());
    root.put("variant_count", map.variantCount());
    ArrayNode nodes = root.putArray("nodes");
    for (MapNode n : map.nodes()) {
      ObjectNode node = nodes.addObject();
      node.put("touchpoint", n.touchpoint());
      n.stage().ifPresent(s -> node.put("stage", s));
      node.put("moments", n.moments());
      node.put("mean_experience", n.meanExperience());
      node.put("starts", n.starts());
      node.put("ends", n.ends());
      node.put("end_probability", n.endProbability());
      node.put("layer", n.layer());
      node.put("lane", n.lane());
    }
    ArrayNode edges = root.putArray("edges");
    for (MapEdge e : map.edges()) {
      ObjectNode edge = edges.addObject();
      edge.put("from", e.from());
      edge.put("to", e.to());
      edge.put("count", e.count());
      edge.put("probability", e.probability());
      edge.put("median_seconds", e.medianSeconds());
    }
    ArrayNode variants = root.putArray("variants");
    for (Variant v : map.variants()) {
      ObjectNode variant = variants.addObject();
      ArrayNode path = variant.putArray("path");
      v.path().forEach(path::add);
      variant.put("journeys", v.journeys());
      variant.put("share", v.share());
      v.meanScore().ifPresent(s -> variant.put("mean_score", s));
    }
    ArrayNode stages = root.putArray("stages");
    for (StageDropOff s : map.stages()) {
      ObjectNode stage = stages.addObject();
      stage.put("stage", s.stage());
      stage.put("reached", s.reached());
      stage.put("stopped_here", s.stoppedHere());
      stage.put("drop_off_share", s.dropOffShare());
    }
    return root;
  }
}
