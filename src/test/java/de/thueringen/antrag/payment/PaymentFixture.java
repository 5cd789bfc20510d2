package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.Applicant;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.casefile.NewCase;
import de.thueringen.antrag.casefile.OpenedCase;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * Cases whose fee is due, in a service process of the tests' own that keeps the contract of the shared payment call
 * activity: the service process calls a fee process (business key passed on), which requests the fee with
 * {@code ${requestPayment}} and waits for the message {@value PaymentService#PAYMENT_RECEIVED_MESSAGE}; afterwards the
 * service process goes on to its task "Entscheidung". Independent of the real services' processes and notices, which
 * the Bewohnerparkausweis scenario covers. Also speaks the platform's side of the callback protocol. Plain object
 * (not a bean), built by each test class from the beans it has.
 */
final class PaymentFixture {

    static final String PROVIDER = "epaybl-simulator";
    static final String CALLBACK = PaymentService.CALLBACK_PATH + "/" + PROVIDER;
    static final String SERVICE_PROCESS = "test-payment-service";
    static final String FEE_PROCESS = "test-payment-collect-fee";
    static final String ERFURT = "ags-16051000";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Submitted(Long caseId, String caseNumber, String trackingUrl) {
    }

    record WaitingCase(Long caseId, String caseNumber, String trackingUrl, String reference) {
    }

    final PaymentTestClient http;
    private final PaymentService payments;
    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final byte[] secret;

    PaymentFixture(int port, PaymentService payments, CaseFileService caseFiles, JurisdictionService jurisdiction,
                   RepositoryService repositoryService, TaskService taskService, RuntimeService runtimeService, String secret) {
        this.http = new PaymentTestClient(port);
        this.payments = payments;
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        deployProcesses(repositoryService);
    }

    /** A case file of the Stadt Erfurt, as intake opens it (the applicant's name is never logged). */
    Submitted submit(String lastName) {
        Authority erfurt = jurisdiction.require(ERFURT);
        OpenedCase opened = caseFiles.open(new NewCase("10173", "Bewohnerparkausweis", SERVICE_PROCESS, erfurt.id(),
                erfurt.caseNumberPrefix(), "16051000", new Applicant("Erika", lastName, "Marktstraße", "7a", "99084",
                "Erfurt", "buerger@example.org", null), "{}"), List.of());
        return new Submitted(opened.caseId(), opened.caseNumber(), http.base + "/api/v1/tracking/" + opened.trackingToken());
    }

    /** A case whose service process now waits for its fee of 100 EUR. */
    WaitingCase awaitingPayment(String lastName) {
        Submitted submitted = submit(lastName);
        String instance = runtimeService.startProcessInstanceByKey(SERVICE_PROCESS, submitted.caseNumber(),
                Map.of("caseId", submitted.caseId(), "caseNumber", submitted.caseNumber(), "feeAmount", 100,
                        "authorityId", ERFURT)).getId();
        caseFiles.attachProcessInstance(submitted.caseId(), instance);
        assertThat(isWaitingForPayment(submitted.caseNumber())).isTrue();
        Payment payment = payments.paymentsOf(submitted.caseId()).get(0);
        assertThat(payment.getAmount()).isEqualByComparingTo("100.00");
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.OPEN);
        return new WaitingCase(submitted.caseId(), submitted.caseNumber(), submitted.trackingUrl(), payment.getReference());
    }

    /** The open task of the tests' service process for the case. */
    Task openTask(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    boolean isWaitingForPayment(String caseNumber) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(PaymentService.PAYMENT_RECEIVED_MESSAGE).count() > 0;
    }

    /** The citizen presses "bezahlen" in the tracking view: the answer names the pay page. */
    String startCheckout(WaitingCase waiting) {
        JsonNode view = http.get(waiting.trackingUrl()).json();
        String payUrl = view.get("payments").get(0).get("payUrl").asText();
        PaymentTestClient.Response response = http.postJson(payUrl, "{}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("OPEN");
        return response.json().get("redirectUrl").asText();
    }

    /** The citizen pays on the pay page: 303 to "Zahlung erfolgreich". */
    void payOnHostedPage(String redirectUrl) {
        PaymentTestClient.PayPage page = http.openPayPage(redirectUrl);
        PaymentTestClient.Response confirmed = http.payOn(page, "KREDITKARTE");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(303);
        assertThat(confirmed.header("Location")).endsWith("/erfolgreich");
        assertThat(http.get(confirmed.header("Location")).text()).contains("Zahlung erfolgreich");
    }

    long bookings(Long caseId) {
        return caseFiles.auditTrail(caseId).stream().filter(a -> a.getAction().equals("ZAHLUNG_GEBUCHT")).count();
    }

    long statusCount(Long caseId, CaseStatus status) {
        return caseFiles.statusHistory(caseId).stream().filter(s -> s.getStatus() == status).count();
    }

    CaseStatus status(Long caseId) {
        return caseFiles.require(caseId).getStatus();
    }

    /** The body the platform would send for the payment, with the fields given overriding. */
    byte[] callbackBody(String reference, Map<String, Object> overrides) {
        Payment payment = payments.require(reference);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerPaymentId", payment.getProviderPaymentId());
        body.put("reference", reference);
        body.put("amount", payment.getAmount());
        body.put("currency", payment.getCurrency());
        body.put("transactionId", "TX-TEST-" + reference);
        body.put("status", "PAID");
        body.put("timestamp", Instant.now().toString());
        body.putAll(overrides);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String sign(byte[] body) {
        return CallbackSignature.sign(secret, Instant.now().getEpochSecond(), body);
    }

    String sign(byte[] body, Instant at) {
        return CallbackSignature.sign(secret, at.getEpochSecond(), body);
    }

    /**
     * The tests' processes; deployed once per engine (duplicate filtering). The fee process is called like the shared
     * call activity, with the business key passed on.
     */
    private static void deployProcesses(RepositoryService repositoryService) {
        BpmnModelInstance service = Bpmn.createExecutableProcess(SERVICE_PROCESS)
                .name("Test: Leistung mit Gebühr")
                .camundaHistoryTimeToLive(1)
                .startEvent("Event_Submitted")
                .callActivity("Activity_CollectFee").name("Gebühr erheben").calledElement(FEE_PROCESS)
                .camundaInBusinessKey("#{execution.processBusinessKey}")
                .camundaIn("caseId", "caseId")
                .camundaIn("caseNumber", "caseNumber")
                .camundaIn("feeAmount", "feeAmount")
                .userTask("Task_Decision").name("Entscheidung")
                .camundaExecutionListenerExpression("start", "${caseStatus.record(execution, 'IN_ENTSCHEIDUNG')}")
                .endEvent("Event_Decided")
                .done();
        BpmnModelInstance fee = Bpmn.createExecutableProcess(FEE_PROCESS)
                .name("Test: Gebühr erheben")
                .camundaHistoryTimeToLive(1)
                .startEvent("Event_FeeDue")
                .serviceTask("Task_RequestPayment").name("Zahlung anfordern").camundaDelegateExpression("${requestPayment}")
                .intermediateCatchEvent("Event_PaymentReceived").name("Zahlung eingegangen")
                .message(PaymentService.PAYMENT_RECEIVED_MESSAGE)
                .endEvent("Event_Paid")
                .done();
        BpmnModelInstance checkedBeforeWaiting = Bpmn.createExecutableProcess("test-payment-checked-before-waiting")
                .name("Test: Zahlung vor dem Warten")
                .camundaHistoryTimeToLive(1)
                .startEvent("Event_Start")
                .userTask("Task_SomethingBeforeWaiting").name("Etwas vor dem Warten")
                // as the shared fee process does: requestPayment is idempotent and says whether the fee is settled
                .serviceTask("Task_RequestPayment").camundaDelegateExpression("${requestPayment}")
                .exclusiveGateway("Gateway_AlreadyPaid")
                .condition("schon bezahlt", "${paymentSettled}")
                .endEvent("Event_AlreadyPaid")
                .moveToLastGateway()
                .condition("offen", "${!paymentSettled}")
                .intermediateCatchEvent("Event_PaymentReceived").message(PaymentService.PAYMENT_RECEIVED_MESSAGE)
                .endEvent("Event_PaidLater")
                .done();
        repositoryService.createDeployment().name("payment-it-processes")
                .addModelInstance(SERVICE_PROCESS + ".bpmn", service)
                .addModelInstance(FEE_PROCESS + ".bpmn", fee)
                .addModelInstance("test-payment-checked-before-waiting.bpmn", checkedBeforeWaiting)
                .enableDuplicateFiltering(true)
                .deploy();
    }

    static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
