package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import de.thueringen.antrag.it.H2ApplicationTest;

/**
 * A designer's folders are what gets deployed: unchanged files are not deployed again on restart, a saved change
 * becomes a new version of just that definition, and the copies in the jar give the same resource names.
 */
@H2ApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignerResourceDeployerIT {

    @Autowired
    RepositoryService repositoryService;

    @TempDir
    static Path designerCopy;

    long deployments() {
        return repositoryService.createDeploymentQuery().deploymentNameLike(DeploymentGroups.NAME_PREFIX + "%").count();
    }

    ProcessDefinition latestParkingPermit() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ozg-10173").latestVersion().singleResult();
    }

    @Test
    @Order(1)
    void restartWithUnchangedFilesDeploysNothing() {
        long before = deployments();
        new DesignerResourceDeployer(repositoryService, new WorkflowProperties(".")).afterSingletonsInstantiated();
        assertThat(deployments()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void packagedJarDeploysTheSameResourcesAsTheSourceTree() {
        long before = deployments();
        // no processes/ and forms/ below this folder: the classpath copies are read
        new DesignerResourceDeployer(repositoryService, new WorkflowProperties(designerCopy.toString())).afterSingletonsInstantiated();
        assertThat(deployments()).isEqualTo(before);
        assertThat(repositoryService.getDeploymentResourceNames(latestParkingPermit().getDeploymentId()))
                .contains("processes/services/mobilitaet-reisen/10173-bewohnerparkausweis.bpmn");
    }

    @Test
    @Order(3)
    void designersSaveBecomesANewVersionOfJustThatProcessOnRestart() throws IOException {
        copy(Path.of("processes"), designerCopy.resolve("processes"));
        copy(Path.of("forms"), designerCopy.resolve("forms"));
        Path bpmn = designerCopy.resolve("processes/services/mobilitaet-reisen/10173-bewohnerparkausweis.bpmn");
        String changed = Files.readString(bpmn) + "<!-- von der Designerin geändert -->\n";
        assertThat(changed).contains("geändert");
        Files.writeString(bpmn, changed, StandardCharsets.UTF_8);
        int versionBefore = latestParkingPermit().getVersion();
        long feeDecisionVersions = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("fee-10173").count();

        new DesignerResourceDeployer(repositoryService, new WorkflowProperties(designerCopy.toString())).afterSingletonsInstantiated();

        assertThat(latestParkingPermit().getVersion()).isEqualTo(versionBefore + 1);
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("fee-10173").count())
                .isEqualTo(feeDecisionVersions);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
