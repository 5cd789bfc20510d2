package de.thueringen.antrag.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the designers' resources into deployment groups of moderate size: shared call activities, decisions,
 * clerk forms, and one group per Themenfeld with its service processes and their start forms. A group is
 * deployed only when its checksum changed, so a restart asks the database one question per group instead of
 * comparing about 1,150 resources one by one (slow on H2).
 */
final class DeploymentGroups {

    static final String NAME_PREFIX = "antrag-";
    private static final Pattern SERVICE_PROCESS = Pattern.compile("processes/services/([^/]+)/(\\d{5})-[^/]*\\.bpmn");
    private static final Pattern SERVICE_FORM = Pattern.compile("forms/services/(\\d{5})-[^/]*\\.form");

    private DeploymentGroups() {
    }

    /** Group name (deployment name) → resources of the group, by resource name. */
    static SortedMap<String, SortedMap<String, byte[]>> of(Map<String, byte[]> resources) {
        Map<String, String> topicOfService = new TreeMap<>();
        resources.keySet().forEach(name -> {
            Matcher process = SERVICE_PROCESS.matcher(name);
            if (process.matches()) {
                topicOfService.put(process.group(2), process.group(1));
            }
        });
        SortedMap<String, SortedMap<String, byte[]>> groups = new TreeMap<>();
        resources.forEach((name, bytes) ->
                groups.computeIfAbsent(NAME_PREFIX + groupOf(name, topicOfService), g -> new TreeMap<>()).put(name, bytes));
        return groups;
    }

    private static String groupOf(String name, Map<String, String> topicOfService) {
        Matcher process = SERVICE_PROCESS.matcher(name);
        if (process.matches()) {
            return "services-" + process.group(1);
        }
        Matcher form = SERVICE_FORM.matcher(name);
        if (form.matches() && topicOfService.containsKey(form.group(1))) {
            return "services-" + topicOfService.get(form.group(1));
        }
        String[] parts = name.split("/");
        // processes/shared/x.bpmn → processes-shared; forms/tasks/x.form → forms-tasks; forms/x.form → forms
        return parts.length > 2 ? parts[0] + "-" + parts[1] : parts[0];
    }

    /** SHA-256 over names and contents in name order: equal exactly when the group did not change. */
    static String checksum(SortedMap<String, byte[]> group) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            group.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
