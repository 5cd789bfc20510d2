package de.thueringen.antrag.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the designers' folders {@code processes/} and {@code forms/} (BPMN, DMN, Camunda Forms).
 * <p>
 * Run from the source tree, the folders themselves are read, so a designer's save takes effect on the next
 * restart without a rebuild; in the packaged jar the copies on the classpath are read. Both give the same
 * resource names ({@code processes/…}, {@code forms/…}), so switching between them deploys nothing new.
 * Resources are deployed in groups (see {@link DeploymentGroups}); a group whose checksum is unchanged since its
 * last deployment is skipped, so a restart deploys nothing. Within a changed group, duplicate filtering with
 * "changed only" gives a new version of just the changed definitions.
 * <p>
 * The starter's own auto-deployment is switched off: its default pattern misses {@code .form} files.
 */
@Component
class DesignerResourceDeployer implements SmartInitializingSingleton {

    /** The deployment's source records the checksum of its group (see DeploymentGroups). */
    static final String SOURCE_PREFIX = "designer-folders sha256:";
    private static final Logger LOG = LoggerFactory.getLogger(DesignerResourceDeployer.class);
    private static final Set<String> DEPLOYABLE = Set.of(".bpmn", ".dmn", ".form");
    private static final List<String> FOLDERS = List.of("processes", "forms");

    private final RepositoryService repositoryService;
    private final WorkflowProperties properties;

    DesignerResourceDeployer(RepositoryService repositoryService, WorkflowProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TreeMap<String, byte[]> resources = sourceTreeAvailable() ? readSourceTree() : readClasspath();
        if (resources.isEmpty()) {
            LOG.warn("No processes or forms found to deploy");
            return;
        }
        long start = System.nanoTime();
        int deployedGroups = 0;
        int newDefinitions = 0;
        for (Map.Entry<String, SortedMap<String, byte[]>> group : DeploymentGroups.of(resources).entrySet()) {
            String source = SOURCE_PREFIX + DeploymentGroups.checksum(group.getValue());
            if (source.equals(lastDeployedSource(group.getKey()))) {
                continue;
            }
            DeploymentBuilder builder = repositoryService.createDeployment()
                    .name(group.getKey())
                    .source(source)
                    .enableDuplicateFiltering(true);
            group.getValue().forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            deployedGroups++;
            newDefinitions += deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
        }
        LOG.info("Designer resources: {} files, {} changed groups deployed ({} new process definitions) in {} ms",
                resources.size(), deployedGroups, newDefinitions, (System.nanoTime() - start) / 1_000_000);
    }

    private String lastDeployedSource(String groupName) {
        List<Deployment> latest = repositoryService.createDeploymentQuery().deploymentName(groupName)
                .orderByDeploymentTime().desc().listPage(0, 1);
        return latest.isEmpty() ? null : latest.get(0).getSource();
    }

    private boolean sourceTreeAvailable() {
        Path root = properties.designerFolderRoot();
        return FOLDERS.stream().allMatch(folder -> Files.isDirectory(root.resolve(folder)));
    }

    private TreeMap<String, byte[]> readSourceTree() {
        Path root = properties.designerFolderRoot().toAbsolutePath().normalize();
        LOG.info("Reading processes and forms from the folders under {}", root);
        TreeMap<String, byte[]> result = new TreeMap<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).filter(DesignerResourceDeployer::deployable)::iterator) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    result.put(name, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + folder, e);
            }
        }
        return result;
    }

    private TreeMap<String, byte[]> readClasspath() {
        LOG.info("Reading processes and forms from the classpath");
        TreeMap<String, byte[]> result = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String folder : FOLDERS) {
            try {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                    String url = resource.getURL().toString();
                    String name = url.substring(url.lastIndexOf("/" + folder + "/") + 1);
                    if (resource.isReadable() && DEPLOYABLE.stream().anyMatch(name::endsWith)) {
                        try (InputStream in = resource.getInputStream()) {
                            // the fat jar lists each entry under two URL schemes; the name de-duplicates them
                            result.putIfAbsent(name, in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath folder " + folder, e);
            }
        }
        return result;
    }

    private static boolean deployable(Path file) {
        String name = file.getFileName().toString();
        return DEPLOYABLE.stream().anyMatch(name::endsWith) && !file.toString().contains("/.camunda/");
    }
}
