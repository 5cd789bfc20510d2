package de.thueringen.antrag.security;

import java.nio.charset.StandardCharsets;

/**
 * The engine's tenant check refusing a task or instance of another authority ("belongs to no authenticated tenant",
 * ENGINE-13034 and its siblings). Camunda answers it with 500 as if the server had failed; both of its REST APIs are
 * corrected to 403 with this one answer, which tells nothing about the refused task: the engine REST API by a Jersey
 * exception mapper ({@link EngineRestConfiguration}, no buffering of large answers), the webapps' copy of it, which
 * takes no mapper of ours, by a servlet filter ({@link TasklistTenantDenialFilter}).
 */
final class TenantDenial {

    static final String ENGINE_MESSAGE = "belongs to no authenticated tenant";
    static final String ANSWER = "{\"type\":\"AuthorizationException\","
            + "\"message\":\"Kein Zugriff auf Vorgänge einer anderen Behörde.\"}";
    static final byte[] ANSWER_BYTES = ANSWER.getBytes(StandardCharsets.UTF_8);

    private TenantDenial() {
    }

    static boolean isTenantDenial(String text) {
        return text != null && text.contains(ENGINE_MESSAGE);
    }
}
