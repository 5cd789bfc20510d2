package de.thueringen.antrag.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
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
 * Duplicate filtering with "changed only" makes a restart with unchanged files deploy nothing, and a changed
 * file gives a new version of just that definition.
 * <p>
 * The starter's own auto-deployment is switched off: its default pattern misses {@code .form} files.
 */
@Component
class DesignerResourceDeployer implements SmartInitializingSingleton {

    static final String DEPLOYMENT_NAME = "antragsmanagement";
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
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("Antragsmanagement Thüringen")
                .enableDuplicateFiltering(true);
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        long start = System.nanoTime();
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        LOG.info("Deployed {} designer resources in {} ms ({} new process definitions)", resources.size(),
                (System.nanoTime() - start) / 1_000_000,
                deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
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
