package de.thueringen.antrag.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.thueringen.antrag.AntragsmanagementApplication;

/**
 * Startup with all services against startup with one service, each cold (empty database) and as a restart
 * (unchanged files; median of three), on H2 and on the MariaDB of this machine, after one warm-up start. Prints
 * the figures and the ratios; asserts only
 * that a restart deploys nothing. Not part of the test suite; run it with
 * <pre>mvn -q -o test-compile surefire:test@default-test -Dtest=StartupBenchmark -Dbenchmark=true -Dexec.skip=true</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class StartupBenchmark {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int RESTARTS = 3;

    record Run(String label, double coldSeconds, double restartSeconds, long deployments, long deploymentsAfterRestart,
               long serviceDefinitions) {
    }

    @Test
    void allServicesStartNearlyAsFastAsOne() throws Exception {
        Path one = oneServiceFolders();
        // a throwaway start first: class loading and the JIT would otherwise count against whatever runs first
        start(one, h2Url("warmup"), context -> true);
        List<Run> runs = new ArrayList<>();
        runs.add(measure("H2, 1 Leistung", one, h2Url("one")));
        runs.add(measure("H2, alle Leistungen", PROJECT, h2Url("all")));
        runs.add(measure("MariaDB, 1 Leistung", one, mariaDbUrl("antrag_bench_one")));
        runs.add(measure("MariaDB, alle Leistungen", PROJECT, mariaDbUrl("antrag_bench_all")));
        System.out.println();
        for (Run run : runs) {
            System.out.printf(Locale.GERMAN, "STARTUP %-26s Leistungen %3d  kalt %6.1f s  Neustart %6.1f s  Deployments %d → %d%n",
                    run.label(), run.serviceDefinitions(), run.coldSeconds(), run.restartSeconds(), run.deployments(),
                    run.deploymentsAfterRestart());
        }
        System.out.printf(Locale.GERMAN, "STARTUP Verhältnis alle/eine, Neustart: H2 %.2f, MariaDB %.2f (Ziel ≤ 1,30)%n",
                runs.get(1).restartSeconds() / runs.get(0).restartSeconds(), runs.get(3).restartSeconds() / runs.get(2).restartSeconds());
        System.out.printf(Locale.GERMAN, "STARTUP Verhältnis alle/eine, kalt:     H2 %.2f, MariaDB %.2f%n",
                runs.get(1).coldSeconds() / runs.get(0).coldSeconds(), runs.get(3).coldSeconds() / runs.get(2).coldSeconds());
        runs.forEach(run -> assertThat(run.deploymentsAfterRestart()).as(run.label()).isEqualTo(run.deployments()));
    }

    private Run measure(String label, Path designerFolders, String jdbcUrl) {
        long[] deployments = new long[2];
        long[] services = new long[1];
        double cold = start(designerFolders, jdbcUrl, context -> {
            deployments[0] = context.getBean(RepositoryService.class).createDeploymentQuery().count();
            services[0] = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKeyLike("ozg-%").latestVersion().count();
            return true;
        });
        double[] restarts = new double[RESTARTS];
        for (int i = 0; i < RESTARTS; i++) {
            restarts[i] = start(designerFolders, jdbcUrl, context -> {
                deployments[1] = context.getBean(RepositoryService.class).createDeploymentQuery().count();
                return true;
            });
        }
        java.util.Arrays.sort(restarts);
        double restart = restarts[RESTARTS / 2]; // the median
        Run run = new Run(label, cold, restart, deployments[0], deployments[1], services[0]);
        System.out.println("STARTUP measured " + run);
        return run;
    }

    private double start(Path designerFolders, String jdbcUrl, Predicate<ConfigurableApplicationContext> inspect) {
        List<String> profiles = new ArrayList<>(List.of("demo"));
        if (jdbcUrl.startsWith("jdbc:mariadb")) {
            profiles.add("mariadb");
        }
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AntragsmanagementApplication.class)
                .profiles(profiles.toArray(String[]::new))
                // as command-line arguments: they outrank the profiles' settings (e.g. the MariaDB user)
                .run("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + (jdbcUrl.startsWith("jdbc:mariadb") ? "root" : "sa"),
                        "--spring.datasource.password=",
                        "--antrag.workflow.designer-folders=" + designerFolders,
                        "--antrag.notice.template-folder=" + designerFolders.resolve("processes/notices"),
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=WARN")) {
            double seconds = (System.nanoTime() - start) / 1e9;
            inspect.test(context);
            return seconds;
        }
    }

    private static String h2Url(String name) throws IOException {
        Path folder = Files.createTempDirectory("startup-bench-" + name);
        return "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String mariaDbUrl(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return "jdbc:mariadb://127.0.0.1:3306/" + database + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true";
    }

    /** The designers' folders with only the Bewohnerparkausweis among the services (everything shared stays). */
    private static Path oneServiceFolders() throws IOException {
        Path target = Files.createTempDirectory("startup-bench-one-service");
        try (Stream<Path> files = Stream.concat(Files.walk(PROJECT.resolve("processes")), Files.walk(PROJECT.resolve("forms")))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = PROJECT.relativize(file).toString();
                boolean otherService = (relative.startsWith("processes/services/") || relative.startsWith("forms/services/"))
                        && !file.getFileName().toString().startsWith("10173-");
                if (!otherService) {
                    Path copy = target.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
