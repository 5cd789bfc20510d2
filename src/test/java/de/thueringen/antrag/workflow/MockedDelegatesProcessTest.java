package de.thueringen.antrag.workflow;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every process test shares: the in-memory engine (src/test/resources/camunda.cfg.xml), the engine clock fixed
 * at {@link #NOW}, and the platform's delegates replaced by recording mocks ({@link ProcessTestDelegates}).
 */
abstract class MockedDelegatesProcessTest {

    /** Monday 17 Nov 2025, 09:00 Berlin. */
    static final Instant NOW = Instant.parse("2025-11-17T08:00:00Z");

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessTestDelegates delegates;

    @BeforeEach
    void setUpEngine() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW));
        BpmnAwareTests.init(extension.getProcessEngine());
        delegates = new ProcessTestDelegates();
        delegates.register();
    }

    @AfterEach
    void tearDownEngine() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }
}
