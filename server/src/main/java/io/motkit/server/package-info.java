/**
 * The motkit scoring server: motkit's scorers and survey analyses over HTTP and JSON, for services
 * that are not on the JVM. {@link io.motkit.server.ScoringServer} starts one with {@link
 * io.motkit.server.ServerSettings}; the endpoints, limits and errors are described by the OpenAPI
 * document it serves at {@code /openapi.json} and in {@code docs/server.md}.
 */
@MotkitStyle
package io.motkit.server;

import io.motkit.core.internal.MotkitStyle;
