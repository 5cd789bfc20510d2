package de.thueringen.antrag.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.impl.util.IoUtil;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * Creates the BPMN process and the start form of every OZG service in the catalogue that has none yet, and
 * regenerates its own earlier output; a file a designer wrote or changed is never touched. Build tooling: it runs
 * on demand, never at application start; the committed files are the product.
 * <p>
 * Command (from the project folder):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.thueringen.antrag.tools.ServiceGenerator
 * </pre>
 * Options in {@code -Dexec.args="…"}: {@code --dry-run} (report only, write nothing), {@code --only 10160,10294}
 * (just these services), {@code --list} (print archetype and level of every service with the rule that chose them,
 * write nothing).
 * <p>
 * Input: {@code src/test/resources/catalog/ozg-katalog.csv} (from {@link CatalogImport}), optional
 * {@code src/test/resources/catalog/overrides.csv} ({@link Overrides}), the reviewed assignment
 * {@code src/test/resources/catalog/zustaendigkeit.csv} ({@link JurisdictionTable}: level, place, external body; a
 * service without a row stops the generator), and the fee tables
 * {@code processes/decisions/fee-<id>.dmn} present at the time (a service with a fee table gets the step
 * "Gebühr ermitteln"). Output per service: {@code processes/services/<themenfeld>/<id>-<name>.bpmn} (process
 * {@code ozg-<id>}, {@link ServiceProcessFactory}) and {@code forms/services/<id>-<name>.form} (form
 * {@code form-<id>}, {@link StartFormFactory}).
 * <p>
 * Before writing, it looks for <em>any</em> existing {@code processes/services/**&#47;<id>-*.bpmn} or
 * {@code forms/services/<id>-*.form}. A file with a valid {@link GeneratorChecksum} is its own and is regenerated
 * (unchanged content is not rewritten). Any other file is a designer's: it stays as it is ("übersprungen
 * (geändert)"), and a generated file for the same service beside it is removed so the service has one definition.
 */
public final class ServiceGenerator {

    static final Path CATALOG = Path.of("src/test/resources/catalog/ozg-katalog.csv");
    private static final Pattern SERVICE_FILE = Pattern.compile("^(\\d{5})-.*");

    enum Outcome { NEW, UPDATED, UNCHANGED, SKIPPED }

    record Result(Map<String, Outcome> processes, Map<String, Outcome> forms, List<String> messages) {
    }

    private final Path root;
    private final boolean dryRun;
    private final List<String> messages = new ArrayList<>();

    ServiceGenerator(Path root, boolean dryRun) {
        this.root = root;
        this.dryRun = dryRun;
    }

    public static void main(String[] args) throws IOException {
        boolean dryRun = false;
        boolean list = false;
        Set<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--list" -> list = true;
                case "--only" -> only = new HashSet<>(Arrays.asList(args[++i].split(",")));
                default -> throw new IllegalArgumentException("Unbekannte Option " + args[i]
                        + " (erlaubt: --dry-run, --list, --only 10160,10294)");
            }
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("processes")) || !Files.isRegularFile(root.resolve(CATALOG))) {
            throw new IllegalStateException("Bitte im Projektordner starten (processes/ und " + CATALOG + " fehlen in " + root + ")");
        }
        ServiceGenerator generator = new ServiceGenerator(root, dryRun);
        List<CatalogEntry> catalog = CatalogFile.read(root.resolve(CATALOG));
        if (only != null) {
            Set<String> wanted = only;
            catalog = catalog.stream().filter(e -> wanted.contains(e.ozgId())).toList();
        }
        Overrides overrides = Overrides.read(root.resolve(Overrides.FILE));
        JurisdictionTable table = JurisdictionTable.read(root.resolve(JurisdictionTable.FILE));
        if (list) {
            System.out.println("ozg_id;name;archetype;regel;zustaendigkeit;regel");
            for (CatalogEntry entry : catalog) {
                ServicePlan plan = ServicePlan.of(entry, overrides, table.require(entry.ozgId()), false);
                System.out.println(String.join(";", entry.ozgId(), entry.name(), plan.archetype().name(),
                        plan.archetypeReason(), plan.level().name(), plan.levelReason()));
            }
            return;
        }
        Result result = generator.run(catalog, overrides, table);
        result.messages().forEach(System.out::println);
        System.out.println();
        System.out.println(generator.summary(result));
    }

    Result run(List<CatalogEntry> catalog, Overrides overrides, JurisdictionTable table) throws IOException {
        Map<String, List<Path>> processFiles = index(root.resolve("processes/services"), ".bpmn");
        Map<String, List<Path>> formFiles = index(root.resolve("forms/services"), ".form");
        Map<String, Outcome> processes = new TreeMap<>();
        Map<String, Outcome> forms = new TreeMap<>();
        for (CatalogEntry entry : catalog) {
            boolean feeTable = Files.isRegularFile(root.resolve("processes/decisions/fee-" + entry.ozgId() + ".dmn"));
            ServicePlan plan = ServicePlan.of(entry, overrides, table.require(entry.ozgId()), feeTable);
            BpmnModelInstance model = ServiceProcessFactory.create(plan);
            List<String> overlaps = DiagramPreview.overlaps(List.copyOf(model.getModelElementsByType(BpmnShape.class)));
            if (!overlaps.isEmpty()) {
                messages.add("WARNUNG: im Diagramm von " + plan.processPath() + " überlappen " + overlaps);
            }
            // serialised without the schema check (slow); the check runs before a file is actually written
            String bpmn = GeneratorChecksum.signBpmn(IoUtil.convertXmlDocumentToString(model.getDocument()));
            processes.put(entry.ozgId(), write(plan.processPath(), bpmn, processFiles.getOrDefault(entry.ozgId(), List.of()),
                    GeneratorChecksum::checkBpmn, () -> Bpmn.validateModel(model)));
            String form = GeneratorChecksum.signForm(StartFormFactory.create(plan));
            List<Path> existingForms = formFiles.getOrDefault(entry.ozgId(), List.of());
            forms.put(entry.ozgId(), write(plan.formPath(), form, existingForms, GeneratorChecksum::checkForm, () -> { }));
            checkDesignerFormId(plan, existingForms);
        }
        return new Result(processes, forms, List.copyOf(messages));
    }

    /** Writes one file unless a designer's file for the service exists. */
    private Outcome write(String relativePath, String content, List<Path> existing,
                          Function<String, GeneratorChecksum.State> check, Runnable validate) throws IOException {
        Path target = root.resolve(relativePath);
        List<Path> generated = new ArrayList<>();
        List<Path> designer = new ArrayList<>();
        for (Path file : existing) {
            GeneratorChecksum.State state = check.apply(Files.readString(file, StandardCharsets.UTF_8));
            (state == GeneratorChecksum.State.GENERATED ? generated : designer).add(file);
        }
        if (!designer.isEmpty()) {
            for (Path file : designer) {
                messages.add("übersprungen (geändert): " + root.relativize(file));
            }
            for (Path file : generated) {
                messages.add("entfernt (Datei des Designers vorhanden): " + root.relativize(file));
                if (!dryRun) {
                    Files.delete(file);
                }
            }
            return Outcome.SKIPPED;
        }
        for (Path file : generated) {
            if (!file.equals(target)) {
                messages.add("entfernt (neuer Name " + relativePath + "): " + root.relativize(file));
                if (!dryRun) {
                    Files.delete(file);
                }
            }
        }
        if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
            return Outcome.UNCHANGED;
        }
        validate.run();
        Outcome outcome = Files.exists(target) ? Outcome.UPDATED : Outcome.NEW;
        messages.add((outcome == Outcome.NEW ? "neu: " : "aktualisiert: ") + relativePath);
        if (!dryRun) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        }
        return outcome;
    }

    /** A designer's start form must keep the id the generated process refers to. */
    private void checkDesignerFormId(ServicePlan plan, List<Path> existingForms) throws IOException {
        for (Path file : existingForms) {
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (GeneratorChecksum.checkForm(text) == GeneratorChecksum.State.GENERATED) {
                continue;
            }
            try {
                JsonNode form = GeneratorChecksum.JSON.readTree(text);
                if (!plan.formId().equals(form.path("id").asText())) {
                    messages.add("WARNUNG: " + root.relativize(file) + " hat die id „" + form.path("id").asText()
                            + "“, der Prozess ozg-" + plan.ozgId() + " erwartet „" + plan.formId() + "“");
                }
            } catch (IOException e) {
                messages.add("WARNUNG: " + root.relativize(file) + " ist kein gültiges JSON: " + e.getMessage());
            }
        }
    }

    /** Service files by OZG-ID, from the file name prefix {@code <id>-}. */
    static Map<String, List<Path>> index(Path folder, String extension) throws IOException {
        Map<String, List<Path>> byId = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return byId;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = file.getFileName().toString();
                Matcher m = SERVICE_FILE.matcher(name);
                if (name.endsWith(extension) && m.matches()) {
                    byId.computeIfAbsent(m.group(1), id -> new ArrayList<>()).add(file);
                }
            }
        }
        return byId;
    }

    /** Counts over the files as they are now (a designer's process counts with its own properties). */
    String summary(Result result) throws IOException {
        Map<String, List<Path>> processFiles = index(root.resolve("processes/services"), ".bpmn");
        Map<String, List<Path>> formFiles = index(root.resolve("forms/services"), ".form");
        Map<String, Integer> byArchetype = new TreeMap<>();
        Map<JurisdictionLevel, Integer> byLevel = new EnumMap<>(JurisdictionLevel.class);
        int generatedProcesses = 0;
        int designerProcesses = 0;
        int genericForms = 0;
        int specificForms = 0;
        List<String> specific = new ArrayList<>();
        for (String id : result.processes().keySet()) {
            for (Path file : processFiles.getOrDefault(id, List.of())) {
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                if (GeneratorChecksum.checkBpmn(xml) == GeneratorChecksum.State.GENERATED) {
                    generatedProcesses++;
                } else {
                    designerProcesses++;
                }
                Map<String, String> properties = properties(xml);
                byArchetype.merge(properties.getOrDefault("archetype", "?"), 1, Integer::sum);
                byLevel.merge(JurisdictionLevel.valueOf(properties.getOrDefault("jurisdiction.level", "KREIS")), 1, Integer::sum);
            }
            for (Path file : formFiles.getOrDefault(id, List.of())) {
                if (GeneratorChecksum.checkForm(Files.readString(file, StandardCharsets.UTF_8)) == GeneratorChecksum.State.GENERATED) {
                    genericForms++;
                } else {
                    specificForms++;
                    specific.add(id);
                }
            }
        }
        Map<Outcome, Integer> processOutcomes = count(result.processes());
        Map<Outcome, Integer> formOutcomes = count(result.forms());
        return "Leistungen im Katalog: " + result.processes().size() + (dryRun ? " (Probelauf, nichts geschrieben)" : "") + "\n"
                + "Prozesse: " + processOutcomes + " – im Ordner: " + generatedProcesses + " erzeugt, " + designerProcesses
                + " vom Designer\n"
                + "Formulare: " + formOutcomes + " – generisch: " + genericForms + ", leistungsspezifisch: " + specificForms
                + " " + specific + "\n"
                + "Archetypen: " + byArchetype + "\n"
                + "Zuständigkeit: " + byLevel;
    }

    private static Map<Outcome, Integer> count(Map<String, Outcome> outcomes) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        outcomes.values().forEach(o -> counts.merge(o, 1, Integer::sum));
        return counts;
    }

    static Map<String, String> properties(String xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> properties = new LinkedHashMap<>();
        for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
            properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
        }
        return properties;
    }
}
