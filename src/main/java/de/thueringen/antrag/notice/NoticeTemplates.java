package de.thueringen.antrag.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The designers' notice templates: {@code processes/notices/<KIND>.txt} for every {@link NoticeKind}, and
 * optionally {@code processes/notices/<OZG-ID>/<KIND>.txt} to override one kind for one service.
 *
 * <p>Like the BPMN files, the templates are read from the folder in the source tree when it exists (the working
 * directory's {@code processes/notices}, or {@code antrag.notice.template-folder}, or below
 * {@code antrag.workflow.designer-folders}), else from the copy on the classpath. All files are read and checked
 * once when the application starts (a typo in a placeholder stops the start with a message naming file and line)
 * and kept in memory; a change takes effect on the next restart.
 */
@Component
public class NoticeTemplates {

    /** Folder name, relative to the designer folder root and on the classpath. */
    public static final String FOLDER = "processes/notices";
    private static final Logger LOG = LoggerFactory.getLogger(NoticeTemplates.class);
    private static final String SUFFIX = ".txt";
    private static final Pattern SERVICE_FOLDER = Pattern.compile("\\d{5}");

    /** "APPROVAL" or "10173/APPROVAL" to the template. */
    private final Map<String, NoticeTemplate> templates;
    private final String origin;

    @Autowired
    public NoticeTemplates(@Value("${antrag.notice.template-folder:}") String templateFolder,
                           @Value("${antrag.workflow.designer-folders:.}") String designerFolders) {
        this(templateFolder == null || templateFolder.isBlank()
                ? Path.of(designerFolders).resolve(FOLDER)
                : Path.of(templateFolder));
    }

    /** Reads the folder if it exists, else the classpath. */
    public NoticeTemplates(Path folder) {
        this(Files.isDirectory(folder) ? readFolder(folder) : readClasspath(),
                Files.isDirectory(folder) ? folder.toAbsolutePath().normalize().toString() : "classpath:" + FOLDER);
    }

    private NoticeTemplates(Map<String, NoticeTemplate> templates, String origin) {
        this.templates = templates;
        this.origin = origin;
        requireEveryKind();
        LOG.info("Read {} notice templates from {}", templates.size(), origin);
    }

    /** Only the classpath copy (what the packaged application ships). */
    public static NoticeTemplates fromClasspath() {
        return new NoticeTemplates(readClasspath(), "classpath:" + FOLDER);
    }

    /**
     * The template for a kind: the service's own if it has one, else the default.
     *
     * @param serviceId OZG-ID of the service; may be {@code null}
     */
    public NoticeTemplate template(NoticeKind kind, String serviceId) {
        if (serviceId != null) {
            NoticeTemplate own = templates.get(serviceId + "/" + kind.name());
            if (own != null) {
                return own;
            }
        }
        return templates.get(kind.name());
    }

    /** Where the templates were read from, for logs. */
    public String origin() {
        return origin;
    }

    /** Keys of all templates read ("APPROVAL", "10173/APPROVAL", …). */
    public Set<String> keys() {
        return templates.keySet();
    }

    private void requireEveryKind() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!templates.containsKey(kind.name())) {
                throw new NoticeTemplateException("Missing notice template " + FOLDER + "/" + kind.name() + SUFFIX
                        + " (read from " + origin + ")");
            }
        }
    }

    private static Map<String, NoticeTemplate> readFolder(Path folder) {
        Map<String, NoticeTemplate> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(SUFFIX)) {
                    add(result, relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read notice templates in " + folder, e);
        }
        return Map.copyOf(result);
    }

    private static Map<String, NoticeTemplate> readClasspath() {
        Map<String, NoticeTemplate> result = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + FOLDER + "/**/*" + SUFFIX)) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("/" + FOLDER + "/") + FOLDER.length() + 2);
                if (result.containsKey(key(relative)) || !resource.isReadable()) {
                    continue; // the fat jar lists each entry under two URL schemes
                }
                try (InputStream in = resource.getInputStream()) {
                    add(result, relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read notice templates from the classpath", e);
        }
        return Map.copyOf(result);
    }

    private static void add(Map<String, NoticeTemplate> result, String relative, byte[] bytes) {
        String source = FOLDER + "/" + relative;
        String key = key(relative);
        String[] parts = key.split("/");
        if (parts.length > 2 || (parts.length == 2 && !SERVICE_FOLDER.matcher(parts[0]).matches())) {
            throw new NoticeTemplateException(source + ": templates belong in " + FOLDER + "/<KIND>.txt or in "
                    + FOLDER + "/<OZG-ID>/<KIND>.txt (OZG-ID of five digits)");
        }
        String kind = parts[parts.length - 1];
        if (!isKind(kind)) {
            throw new NoticeTemplateException(source + ": \"" + kind + "\" is no notice kind; the file name must be "
                    + "one of " + Arrays.toString(NoticeKind.values()) + " followed by .txt");
        }
        result.put(key, NoticeTemplate.parse(source, decode(source, bytes)));
    }

    private static String key(String relative) {
        return relative.substring(0, relative.length() - SUFFIX.length());
    }

    private static boolean isKind(String name) {
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NoticeTemplateException(source + ": the file is not saved as UTF-8", e);
        }
    }
}
