package io.motkit.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's one JSON mapper, for the documents it writes itself (lists, problems). */
final class ServerJson {

  static final ObjectMapper MAPPER = io.motkit.core.internal.JsonText.mapper();

  private ServerJson() {}
}
