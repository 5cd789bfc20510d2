package de.thueringen.antrag.tools;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Builds the BPMN of one service from its {@link ServicePlan}, with the Camunda Model API's fluent builder, then
 * lays the diagram out on a grid ({@link DiagramLayout}) and adds the catalogue data as {@code camunda:properties}.
 * <p>
 * The four archetypes reuse the shared call activities in {@code processes/shared/} instead of copying steps:
 * {@code shared-document-request} ("Unterlagen nachfordern"), {@code shared-payment} ("Gebühr erheben") and
 * {@code shared-deliver-notice} ("Bescheid zustellen"). Every user task is offered to
 * {@code ${authorityId}-sachbearbeitung}, has a due date and a follow-up date ({@link Due}: the formal check after
 * three days, the later steps from the statutory processing period {@code processing.days} via
 * {@code ${deadlines}}) and a generic clerk form {@code forms/tasks/antrag-*.form}.
 * <ul>
 * <li><b>GENEHMIGUNG</b>: Formelle Prüfung (vollständig / Unterlagen nachfordern → zurück zur formellen Prüfung /
 * ablehnen) → [Gebühr ermitteln, wenn fee-&lt;id&gt;.dmn existiert] → Sachliche Prüfung (mit Gebühr; fehlen Unterlagen:
 * nachfordern → zurück zur Prüfung) → [Gebühr erheben, wenn &gt; 0; unbezahlt: Verfahren eingestellt] → Entscheidung
 * → [Zweitprüfung, wenn {@code four.eyes=true}; nicht einverstanden → zurück zur Entscheidung] → Bescheid oder
 * Ablehnungsbescheid. With {@code deemed.approval} (Genehmigungsfiktion) everything from the review to the decision
 * lies in the sub-process "Bearbeitung in der Entscheidungsfrist" with the interrupting timer "Entscheidungsfrist
 * abgelaufen" ({@code ${deemedApproval}}, paused by the document request inside it) → Bescheinigung über die
 * Genehmigungsfiktion; after the sub-process, "Antrag genehmigt?" routes by approved / reviewPassed / paymentOutcome.</li>
 * <li><b>LEISTUNG</b>: wie GENEHMIGUNG, ohne Gebühr und ohne Genehmigungsfiktion; statt der sachlichen Prüfung die
 * Prüfung der Anspruchsvoraussetzungen.</li>
 * <li><b>ANZEIGE</b>: [Gebühr ermitteln] → Prüfung der Anzeige (bestätigen / Unterlagen nachfordern / zurückweisen)
 * → [Gebühr erheben] → Bestätigung (Bescheid-Art APPROVAL) oder Ablehnungsbescheid.</li>
 * <li><b>BESCHEINIGUNG</b>: [Gebühr ermitteln] → Prüfung und Ausstellung (ausstellen / ablehnen) → [Gebühr erheben]
 * → Bescheinigung zustellen (APPROVAL) oder Ablehnungsbescheid.</li>
 * </ul>
 */
final class ServiceProcessFactory {

    static final String CLERKS = "${authorityId}-sachbearbeitung";
    /** feeAmount may be unset (no fee table, clerk left the field empty): null &gt; 0 is false in JUEL. */
    static final String FEE_DUE = "${execution.getVariable('feeAmount') > 0}";
    static final String PAID = "${paymentOutcome == 'PAID'}";
    static final String NOT_PAID = "${paymentOutcome != 'PAID'}";
    static final String DOCUMENT_REPLY_PERIOD = "P14D";
    /** The reply period the clerk chose in the form (replyPeriod), else {@link #DOCUMENT_REPLY_PERIOD}. */
    static final String REPLY_PERIOD = "${execution.getVariable('replyPeriod') != null ? execution.getVariable('replyPeriod') : '"
            + DOCUMENT_REPLY_PERIOD + "'}";
    static final String PAYMENT_REMINDER_AFTER = "P10D";
    static final String PAYMENT_FINAL_PERIOD = "P7D";
    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    static final String TARGET_NAMESPACE = "https://antragsmanagement.thueringen.de/bpmn";

    static final int DUE_FORMAL_CHECK = 3;
    static final int DUE_REVIEW = 7;
    static final int DUE_ENTITLEMENT = 10;
    static final int DUE_DECISION = 3;
    static final int DUE_NOTIFICATION = 5;
    static final int DUE_CERTIFICATE = 3;
    static final int DUE_SECOND_OPINION = 2;
    /** Follow-up dates lie this many days before the due date (not before the task exists). */
    static final int FOLLOW_UP_DAYS_BEFORE_DUE = 2;

    /** The review asks for documents instead of deciding (checkbox documentsMissing in the review forms). */
    static final String REVIEW_DOCUMENTS_MISSING = "${execution.getVariable('documentsMissing') == true}";
    static final String REVIEW_PASSED = "${execution.getVariable('documentsMissing') != true && reviewPassed}";
    static final String REVIEW_FAILED = "${execution.getVariable('documentsMissing') != true && !reviewPassed}";
    /** After the processing sub-process of a service with deemed approval: how it ended. */
    static final String APPROVED_AFTER_PROCESSING = "${execution.getVariable('approved') == true}";
    static final String REJECTED_AFTER_PROCESSING =
            "${execution.getVariable('reviewPassed') == false || execution.getVariable('approved') == false}";
    static final String DISCONTINUED_AFTER_PROCESSING = "${execution.getVariable('paymentOutcome') == 'CANCELLED'}";
    private static final String DISCONTINUED_DOCUMENTATION = "Die Gebühr wurde nicht innerhalb der Fristen bezahlt. "
            + "„Gebühr erheben“ (shared-payment) hat die offene Zahlung storniert und die Einstellung des Verfahrens "
            + "(DISCONTINUATION) bereits zugestellt; hier ist nichts mehr zu tun.";

    /**
     * Due and follow-up date expressions of a clerk task. Fixed periods use {@code dateTime()}; periods from the
     * statutory processing period use {@code ${deadlines}} (de.thueringen.antrag.workflow.TaskDeadlines), which falls
     * back to a fixed period for instances without {@code processingDeadline}.
     */
    record Due(String dueDate, String followUpDate) {

        /** Due after {@code days} days (as before processing periods existed), follow-up a day earlier. */
        static Due inDays(int days) {
            return new Due("${dateTime().plusDays(" + days + ").toDate()}",
                    "${dateTime().plusDays(" + Math.max(0, days - 1) + ").toDate()}");
        }

        /** {@code daysBefore} days before the deadline; without one {@code withoutDeadline} days from now. */
        static Due beforeDeadline(int daysBefore, int withoutDeadline) {
            return fromDeadline("deadlines.beforeDeadline(execution, " + daysBefore + ", " + withoutDeadline + ")");
        }

        /** At the deadline; without one {@code withoutDeadline} days from now. */
        static Due atDeadline(int withoutDeadline) {
            return fromDeadline("deadlines.atDeadline(execution, " + withoutDeadline + ")");
        }

        private static Due fromDeadline(String due) {
            return new Due("${" + due + "}", "${deadlines.daysBefore(" + due + ", " + FOLLOW_UP_DAYS_BEFORE_DUE + ")}");
        }
    }

    private ServiceProcessFactory() {
    }

    static BpmnModelInstance create(ServicePlan plan) {
        DiagramLayout layout = new DiagramLayout();
        BpmnModelInstance model = switch (plan.archetype()) {
            case GENEHMIGUNG -> permitOrBenefit(plan, layout, true);
            case LEISTUNG -> permitOrBenefit(plan, layout, false);
            case ANZEIGE -> notification(plan, layout);
            case BESCHEINIGUNG -> certificate(plan, layout);
        };
        decorate(model, plan);
        layout.apply(model);
        stableIds(model, plan);
        return model;
    }

    // ------------------------------------------------------------------------------------------ GENEHMIGUNG, LEISTUNG

    private static BpmnModelInstance permitOrBenefit(ServicePlan plan, DiagramLayout layout, boolean permit) {
        boolean fee = permit;
        boolean feeTable = fee && plan.feeDecisionId() != null;
        boolean fourEyes = plan.fourEyes();
        boolean deemed = plan.deemedApproval() != null;
        int rejectionRow = deemed ? -2 : -1;
        int col = 0;
        layout.place("Event_Submitted", col++, 0);
        layout.place("Task_FormalCheck", col++, 0);
        layout.place("Gateway_FormalCheck", col, 0);
        layout.place("Activity_RequestDocuments", col++, 1);
        if (feeTable) {
            layout.place("Task_DetermineFee", col++, 0);
        }
        if (deemed && !feeTable) {
            // room for the label "vollständig" between the gateway and the sub-process
            col++;
        }
        int firstInside = col;
        if (deemed) {
            layout.place("Event_ProcessingStarted", col++, 0);
        }
        layout.place("Task_Review", col++, 0);
        layout.place("Gateway_ReviewPassed", col, 0);
        layout.place("Activity_RequestDocumentsReview", col, 1);
        if (deemed) {
            layout.place("Event_ReviewFailed", col, -1);
        }
        col++;
        if (fee) {
            layout.place("Gateway_FeeDue", col++, 0);
            layout.place("Activity_Payment", col++, 1);
            layout.place("Gateway_Paid", col, 1);
            layout.place(deemed ? "Event_NotPaid" : "Event_Discontinued", col++, 2);
        }
        layout.place("Task_Decision", col++, 0);
        if (fourEyes) {
            layout.place("Task_SecondOpinion", col++, 0);
            layout.place("Gateway_SecondOpinion", col++, 0);
        }
        if (deemed) {
            layout.place("Event_Decided", col, 0);
            layout.box("Activity_Processing", firstInside, col, -1, 2);
            layout.boundary("Event_DeemedApproval", col);
            layout.place("Activity_NoticeDeemedApproval", col + 1, 3);
            layout.place("Event_DeemedApproved", col + 2, 3);
            // one free column: the label of "Antrag genehmigt?" stands left above the gateway
            col += 2;
        }
        layout.place("Gateway_Approved", col, 0);
        if (deemed && fee) {
            layout.place("Event_Discontinued", col, 1);
        }
        col++;
        layout.place("Activity_NoticeApproval", col, 0);
        layout.place("Activity_NoticeRejection", col++, rejectionRow);
        layout.place("Event_Approved", col, 0);
        layout.place("Event_Rejected", col, rejectionRow);

        AbstractFlowNodeBuilder<?, ?> b = submitted(plan);
        b = clerkTask(b, "Flow_Submitted_FormalCheck", "Task_FormalCheck", "Formelle Prüfung", "antrag-formelle-pruefung",
                Due.inDays(DUE_FORMAL_CHECK), "IN_PRUEFUNG",
                "Prüfen, ob der Antrag vollständig ist: Angaben zur antragstellenden Person, das Anliegen und die "
                        + "hochgeladenen Unterlagen. Ergebnis in formalCheckOutcome: „complete“ (vollständig), „request“ "
                        + "(Unterlagen nachfordern; was fehlt, steht in missingDocuments) oder „reject“ (ablehnen; "
                        + "Begründung in rejectionReason)."
                        + (deemed ? " Mit „vollständig“ beginnt die Entscheidungsfrist der Genehmigungsfiktion." : ""));
        b = b.sequenceFlowId("Flow_FormalCheck_Outcome").exclusiveGateway("Gateway_FormalCheck")
                .name("Ergebnis der formellen Prüfung?");
        b = b.sequenceFlowId("Flow_FormalCheck_Complete").condition("vollständig", "${formalCheckOutcome == 'complete'}");
        String reviewIncoming = "Flow_FormalCheck_Complete";
        if (feeTable) {
            b = determineFee(b, plan, reviewIncoming);
            reviewIncoming = "Flow_DetermineFee_Review";
        }
        if (deemed) {
            b = processingWithDeemedApproval(b, plan, reviewIncoming);
            reviewIncoming = "Flow_ProcessingStarted_Review";
        }
        String deadlineNote = " Fällig: zwei Tage vor dem Ende der Bearbeitungsfrist (processingDeadline).";
        if (permit) {
            b = clerkTask(b, reviewIncoming, "Task_Review", "Sachliche Prüfung", "antrag-sachliche-pruefung",
                    Due.beforeDeadline(2, DUE_REVIEW), null,
                    "Prüfen, ob die Voraussetzungen der Genehmigung vorliegen (Rechtsgrundlage: " + plan.legalBasis()
                            + "). Ergebnis in reviewPassed (ja/nein), interner Vermerk in reviewRemark, bei „nein“ die "
                            + "Begründung in rejectionReason. Fehlen für die Prüfung Unterlagen: documentsMissing und "
                            + "missingDocuments, dann werden sie nachgefordert. Die Gebühr (feeAmount, EUR; 0 oder leer = "
                            + "gebührenfrei) und ihre Rechtsgrundlage (feeLegalBasis) setzt die Sachbearbeitung hier fest"
                            + (feeTable ? "; vorbelegt aus der Gebührentabelle " + plan.feeDecisionId() + "." : ".")
                            + deadlineNote);
        } else {
            b = clerkTask(b, reviewIncoming, "Task_Review", "Prüfung der Anspruchsvoraussetzungen", "antrag-anspruchspruefung",
                    Due.beforeDeadline(2, DUE_ENTITLEMENT), null,
                    "Prüfen, ob die Anspruchsvoraussetzungen der Leistung vorliegen (Rechtsgrundlage: " + plan.legalBasis()
                            + "). Ergebnis in reviewPassed (ja/nein), interner Vermerk in reviewRemark, bei „nein“ die "
                            + "Begründung in rejectionReason. Fehlen für die Prüfung Unterlagen: documentsMissing und "
                            + "missingDocuments, dann werden sie nachgefordert. Die Leistung ist gebührenfrei."
                            + deadlineNote);
        }
        b = b.sequenceFlowId("Flow_Review_Passed").exclusiveGateway("Gateway_ReviewPassed").name("Ergebnis der Prüfung?");
        b = b.sequenceFlowId("Flow_ReviewPassed_Yes").condition("ja", REVIEW_PASSED);
        String decisionIncoming = "Flow_ReviewPassed_Yes";
        if (fee) {
            b = feeDue(b);
            decisionIncoming = "Flow_Paid_Yes";
        }
        b = clerkTask(b, decisionIncoming, "Task_Decision", "Entscheidung", "antrag-entscheidung",
                fourEyes ? Due.beforeDeadline(1, DUE_DECISION) : Due.atDeadline(DUE_DECISION), "IN_ENTSCHEIDUNG",
                "Über den Antrag entscheiden (approved ja/nein). Bei Ablehnung die Begründung (rejectionReason) angeben; "
                        + "sie wird in den Ablehnungsbescheid übernommen. Auf Wunsch eine Befristung (permitValidUntil)."
                        + (fourEyes ? " Vier-Augen-Prinzip: danach prüft eine zweite Person der Behörde die Entscheidung; "
                        + "wer entschieden hat, steht in decidedBy. Fällig: einen Tag vor dem Ende der Bearbeitungsfrist."
                        : " Fällig: am Ende der Bearbeitungsfrist (processingDeadline)")
                        + (deemed ? ", spätestens am letzten Tag der Entscheidungsfrist der Genehmigungsfiktion." : "."));
        if (fourEyes) {
            ((UserTaskBuilder) b).camundaTaskListenerExpression("complete", "${fourEyes.recordDecision(task)}");
            b = secondOpinion(b);
        }
        String decided = fourEyes ? "Flow_SecondOpinion_Agrees" : "Flow_Decision_Approved";
        if (deemed) {
            b = b.sequenceFlowId(decided).endEvent("Event_Decided").name("Entschieden")
                    .documentation("Über den Antrag ist entschieden (approved); der Bescheid folgt nach der Bearbeitung, "
                            + "die Entscheidungsfrist der Genehmigungsfiktion ist damit gewahrt.");
            b = b.moveToNode("Activity_Processing").sequenceFlowId("Flow_Processing_Outcome");
            decided = null;
        }
        if (decided != null) {
            b = b.sequenceFlowId(decided);
        }
        b = b.exclusiveGateway("Gateway_Approved").name(permit ? "Antrag genehmigt?" : "Leistung bewilligt?");
        b = b.sequenceFlowId("Flow_Approved_Yes").condition("ja", deemed ? APPROVED_AFTER_PROCESSING : "${approved}");
        b = deliverNotice(b, "Activity_NoticeApproval", "Bescheid zustellen", "APPROVAL",
                permit ? "Erstellt den Bescheid über die Genehmigung und stellt ihn der antragstellenden Person zu."
                        : "Erstellt den Bewilligungsbescheid und stellt ihn der antragstellenden Person zu.");
        b = b.sequenceFlowId("Flow_NoticeApproval_End").endEvent("Event_Approved")
                .name(permit ? "Antrag genehmigt" : "Leistung bewilligt")
                .documentation("Der Bescheid ist zugestellt; der Vorgang ist abgeschlossen.");

        // Unterlagen nachfordern: zurück zur formellen Prüfung
        b = b.moveToNode("Gateway_FormalCheck").sequenceFlowId("Flow_FormalCheck_Request")
                .condition("Unterlagen fehlen", "${formalCheckOutcome == 'request'}");
        b = requestDocuments(b, "Activity_RequestDocuments", false);
        b = b.sequenceFlowId("Flow_RequestDocuments_FormalCheck").connectTo("Task_FormalCheck");

        // Unterlagen für die Prüfung nachfordern: zurück zur Prüfung (hält die Frist der Genehmigungsfiktion an)
        b = b.moveToNode("Gateway_ReviewPassed").sequenceFlowId("Flow_ReviewPassed_Documents")
                .condition("Unterlagen fehlen", REVIEW_DOCUMENTS_MISSING);
        b = requestDocuments(b, "Activity_RequestDocumentsReview", deemed);
        b = b.sequenceFlowId("Flow_RequestDocumentsReview_Review").connectTo("Task_Review");

        // Ablehnung
        b = b.moveToNode("Gateway_FormalCheck").sequenceFlowId("Flow_FormalCheck_Reject")
                .condition("ablehnen", "${formalCheckOutcome == 'reject'}");
        b = rejection(b, "Antrag abgelehnt");
        if (deemed) {
            b = b.moveToNode("Gateway_ReviewPassed").sequenceFlowId("Flow_ReviewPassed_No").condition("nein", REVIEW_FAILED)
                    .endEvent("Event_ReviewFailed").name("Voraussetzungen nicht erfüllt")
                    .documentation("Die Prüfung hat ergeben, dass die Voraussetzungen fehlen (reviewPassed = false); der "
                            + "Ablehnungsbescheid folgt nach der Bearbeitung, die Entscheidungsfrist ist gewahrt.");
            b = b.moveToNode("Gateway_Approved").sequenceFlowId("Flow_Approved_No")
                    .condition("nein", REJECTED_AFTER_PROCESSING).connectTo("Activity_NoticeRejection");
        } else {
            b = b.moveToNode("Gateway_ReviewPassed").sequenceFlowId("Flow_ReviewPassed_No").condition("nein", REVIEW_FAILED)
                    .connectTo("Activity_NoticeRejection");
            b = b.moveToNode("Gateway_Approved").sequenceFlowId("Flow_Approved_No").condition("nein", "${!approved}")
                    .connectTo("Activity_NoticeRejection");
        }
        if (fourEyes) {
            b = b.moveToNode("Gateway_SecondOpinion").sequenceFlowId("Flow_SecondOpinion_Disagrees")
                    .condition("nicht einverstanden", "${!secondOpinionAgrees}").connectTo("Task_Decision");
        }
        if (fee && deemed) {
            b = b.moveToNode("Gateway_FeeDue").sequenceFlowId("Flow_FeeDue_No").connectTo("Task_Decision");
            b = b.moveToNode("Gateway_Paid").sequenceFlowId("Flow_Paid_No").condition("nicht bezahlt", NOT_PAID)
                    .endEvent("Event_NotPaid").name("Gebühr nicht bezahlt")
                    .documentation("Die Gebühr wurde nicht in der Frist bezahlt; „Gebühr erheben“ hat die Einstellung "
                            + "schon zugestellt. Nach der Bearbeitung endet der Vorgang als eingestellt.");
            b = b.moveToNode("Gateway_Approved").sequenceFlowId("Flow_Approved_NotPaid")
                    .condition("nicht bezahlt", DISCONTINUED_AFTER_PROCESSING)
                    .endEvent("Event_Discontinued").name("Verfahren eingestellt")
                    .documentation(DISCONTINUED_DOCUMENTATION);
        } else if (fee) {
            b = feeFreeAndUnpaid(b, "Task_Decision");
        }
        if (deemed) {
            b = deemedApprovalOnTimeout(b);
        }
        return b.done();
    }

    /**
     * The sub-process "Bearbeitung in der Entscheidungsfrist" with its start event; the clerk steps follow inside it.
     * Its timer (see {@link #deemedApprovalOnTimeout}) is the deemed approval.
     */
    private static AbstractFlowNodeBuilder<?, ?> processingWithDeemedApproval(AbstractFlowNodeBuilder<?, ?> from,
                                                                           ServicePlan plan, String flowId) {
        String condition = plan.properties().get(ServicePlan.DEEMED_APPROVAL_WHEN);
        SubProcessBuilder processing = from.sequenceFlowId(flowId).subProcess("Activity_Processing")
                .name("Bearbeitung in der Entscheidungsfrist")
                .documentation("Prüfung und Entscheidung innerhalb der Entscheidungsfrist der Genehmigungsfiktion "
                        + "(§ 42a VwVfG / ThürVwVfG): Frist " + plan.deemedApproval() + " ab dem vollständigen Antrag"
                        + (condition == null ? "" : ", nur für Anträge mit " + condition)
                        + " (Prozesseigenschaften deemed.approval, deemed.approval.when). ${deemedApproval.start(execution)} "
                        + "stellt den Zeitgeber „Entscheidungsfrist abgelaufen“ ein (oder entfernt ihn, wenn die Fiktion "
                        + "für den Antrag nicht gilt) und legt deemedApprovalDue und deemedApprovalDate ab. Während "
                        + "Unterlagen nachgefordert werden, ruht die Frist. Endet die Frist ohne Entscheidung, bricht der "
                        + "Zeitgeber die offene Arbeit ab und die Bescheinigung über die Genehmigungsfiktion wird zugestellt.")
                .camundaExecutionListenerExpression("start", "${deemedApproval.start(execution)}");
        return processing.embeddedSubProcess().startEvent("Event_ProcessingStarted").name("Antrag vollständig");
    }

    /** The boundary timer of the sub-process and the certificate it leads to. */
    private static AbstractFlowNodeBuilder<?, ?> deemedApprovalOnTimeout(AbstractFlowNodeBuilder<?, ?> from) {
        AbstractFlowNodeBuilder<?, ?> b = from.moveToActivity("Activity_Processing").boundaryEvent("Event_DeemedApproval")
                .name("Entscheidungsfrist abgelaufen")
                .documentation("Unterbrechend: Ist bis zum Ende der Entscheidungsfrist (deemedApprovalDate) nicht "
                        + "entschieden, gilt die Genehmigung als erteilt (§ 42a Abs. 1 VwVfG / ThürVwVfG). Die offenen "
                        + "Aufgaben der Sachbearbeitung enden. Der Zeitpunkt kommt von ${deemedApproval}: Beginn des Tages "
                        + "nach dem letzten Tag der Frist, verschoben um die Tage einer Nachforderung.")
                .timerWithDate("${deemedApproval.due(execution)}");
        b = deliverNotice(b.sequenceFlowId("Flow_DeemedApproval_Notice"), "Activity_NoticeDeemedApproval",
                "Fiktionsbescheinigung zustellen",
                "DEEMED_APPROVAL", "Erstellt die Bescheinigung über den Eintritt der Genehmigungsfiktion (§ 42a Abs. 3 "
                        + "VwVfG / ThürVwVfG, mit Rechtsbehelfsbelehrung) mit dem letzten Tag der Frist (deemedApprovalDate) "
                        + "und stellt sie zu.");
        return b.sequenceFlowId("Flow_NoticeDeemedApproval_End").endEvent("Event_DeemedApproved")
                .name("Genehmigung gilt als erteilt")
                .documentation("Die Bescheinigung über die Genehmigungsfiktion ist zugestellt; der Vorgang ist abgeschlossen.");
    }

    /** Decision → Zweitprüfung → "einverstanden?" (continues on "Flow_SecondOpinion_Agrees"). */
    private static AbstractFlowNodeBuilder<?, ?> secondOpinion(AbstractFlowNodeBuilder<?, ?> from) {
        AbstractFlowNodeBuilder<?, ?> b = clerkTask(from, "Flow_Decision_SecondOpinion", "Task_SecondOpinion",
                "Zweitprüfung (Vier-Augen-Prinzip)", "antrag-zweitpruefung", Due.atDeadline(DUE_SECOND_OPINION), null,
                "Eine zweite Person der Behörde prüft die Entscheidung (approved, rejectionReason, permitValidUntil) und "
                        + "ist einverstanden oder nicht (secondOpinionAgrees; Vermerk in secondOpinionRemark). Wer "
                        + "entschieden hat (decidedBy), kann die Aufgabe weder übernehmen noch abschließen. Nicht "
                        + "einverstanden: zurück zur Entscheidung. Fällig: am Ende der Bearbeitungsfrist.")
                .camundaExecutionListenerExpression("start", "${execution.removeVariable('secondOpinionAgrees')}")
                .camundaTaskListenerExpression("assignment", "${fourEyes.checkAssignee(task)}")
                .camundaTaskListenerExpression("complete", "${fourEyes.checkSecondOpinion(task)}");
        b = b.sequenceFlowId("Flow_SecondOpinion_Outcome").exclusiveGateway("Gateway_SecondOpinion")
                .name("Einverstanden?");
        return b.sequenceFlowId("Flow_SecondOpinion_Agrees").condition("einverstanden", "${secondOpinionAgrees}");
    }

    // ------------------------------------------------------------------------------------------------------- ANZEIGE

    private static BpmnModelInstance notification(ServicePlan plan, DiagramLayout layout) {
        boolean feeTable = plan.feeDecisionId() != null;
        int col = 0;
        layout.place("Event_Submitted", col++, 0);
        if (feeTable) {
            layout.place("Task_DetermineFee", col++, 0);
        }
        layout.place("Task_Check", col++, 0);
        layout.place("Gateway_Check", col, 0);
        layout.place("Activity_RequestDocuments", col++, 1);
        layout.place("Gateway_FeeDue", col++, 0);
        layout.place("Activity_Payment", col++, 1);
        layout.place("Gateway_Paid", col, 1);
        layout.place("Event_Discontinued", col++, 2);
        layout.place("Activity_NoticeApproval", col, 0);
        layout.place("Activity_NoticeRejection", col++, -1);
        layout.place("Event_Approved", col, 0);
        layout.place("Event_Rejected", col, -1);

        AbstractFlowNodeBuilder<?, ?> b = submitted(plan);
        String checkIncoming = "Flow_Submitted_Check";
        if (feeTable) {
            b = determineFee(b, plan, "Flow_Submitted_DetermineFee");
            checkIncoming = "Flow_DetermineFee_Check";
        }
        b = clerkTask(b, checkIncoming, "Task_Check", "Prüfung der Anzeige", "antrag-anzeige-pruefung", Due.atDeadline(DUE_NOTIFICATION),
                "IN_PRUEFUNG",
                "Die Anzeige prüfen: vollständig und zulässig? Ergebnis in checkOutcome: „confirm“ (bestätigen), "
                        + "„request“ (Unterlagen nachfordern; was fehlt, steht in missingDocuments) oder „reject“ "
                        + "(zurückweisen; Begründung in rejectionReason). Beim Bestätigen setzt die Sachbearbeitung die "
                        + "Gebühr fest (feeAmount, EUR; 0 oder leer = gebührenfrei)"
                        + (feeTable ? ", vorbelegt aus der Gebührentabelle " + plan.feeDecisionId() + "." : "."));
        b = b.sequenceFlowId("Flow_Check_Outcome").exclusiveGateway("Gateway_Check").name("Ergebnis der Prüfung?");
        b = b.sequenceFlowId("Flow_Check_Confirm").condition("bestätigen", "${checkOutcome == 'confirm'}");
        b = feeDue(b);
        b = deliverNotice(b, "Activity_NoticeApproval", "Bestätigung zustellen", "APPROVAL",
                "Erstellt die Bestätigung der Anzeige (Bescheid-Art APPROVAL) und stellt sie zu.", "Flow_Paid_Yes");
        b = b.sequenceFlowId("Flow_NoticeApproval_End").endEvent("Event_Approved").name("Anzeige bestätigt")
                .documentation("Die Bestätigung ist zugestellt; der Vorgang ist abgeschlossen.");

        b = b.moveToNode("Gateway_Check").sequenceFlowId("Flow_Check_Request")
                .condition("Unterlagen fehlen", "${checkOutcome == 'request'}");
        b = requestDocuments(b, "Activity_RequestDocuments", false);
        b = b.sequenceFlowId("Flow_RequestDocuments_Check").connectTo("Task_Check");

        b = b.moveToNode("Gateway_Check").sequenceFlowId("Flow_Check_Reject")
                .condition("zurückweisen", "${checkOutcome == 'reject'}");
        b = rejection(b, "Anzeige zurückgewiesen");
        b = feeFreeAndUnpaid(b, "Activity_NoticeApproval");
        return b.done();
    }

    // ------------------------------------------------------------------------------------------------- BESCHEINIGUNG

    private static BpmnModelInstance certificate(ServicePlan plan, DiagramLayout layout) {
        boolean feeTable = plan.feeDecisionId() != null;
        int col = 0;
        layout.place("Event_Submitted", col++, 0);
        if (feeTable) {
            layout.place("Task_DetermineFee", col++, 0);
        }
        layout.place("Task_Issue", col++, 0);
        layout.place("Gateway_Issue", col++, 0);
        layout.place("Gateway_FeeDue", col++, 0);
        layout.place("Activity_Payment", col++, 1);
        layout.place("Gateway_Paid", col, 1);
        layout.place("Event_Discontinued", col++, 2);
        layout.place("Activity_NoticeApproval", col, 0);
        layout.place("Activity_NoticeRejection", col++, -1);
        layout.place("Event_Approved", col, 0);
        layout.place("Event_Rejected", col, -1);

        AbstractFlowNodeBuilder<?, ?> b = submitted(plan);
        String issueIncoming = "Flow_Submitted_Issue";
        if (feeTable) {
            b = determineFee(b, plan, "Flow_Submitted_DetermineFee");
            issueIncoming = "Flow_DetermineFee_Issue";
        }
        b = clerkTask(b, issueIncoming, "Task_Issue", "Prüfung und Ausstellung", "antrag-bescheinigung", Due.atDeadline(DUE_CERTIFICATE),
                "IN_PRUEFUNG",
                "Prüfen, ob die Bescheinigung ausgestellt werden kann, und sie ausstellen (approved ja/nein; bei "
                        + "„nein“ die Begründung in rejectionReason). Die Gebühr (feeAmount, EUR; 0 oder leer = "
                        + "gebührenfrei) setzt die Sachbearbeitung hier fest"
                        + (feeTable ? ", vorbelegt aus der Gebührentabelle " + plan.feeDecisionId() : "")
                        + "; zugestellt wird nach der Zahlung.");
        b = b.sequenceFlowId("Flow_Issue_Decision").exclusiveGateway("Gateway_Issue").name("Bescheinigung ausstellen?");
        b = b.sequenceFlowId("Flow_Issue_Yes").condition("ja", "${approved}");
        b = feeDue(b);
        b = deliverNotice(b, "Activity_NoticeApproval", "Bescheinigung zustellen", "APPROVAL",
                "Erstellt die Bescheinigung (Bescheid-Art APPROVAL) und stellt sie zu.", "Flow_Paid_Yes");
        b = b.sequenceFlowId("Flow_NoticeApproval_End").endEvent("Event_Approved").name("Bescheinigung ausgestellt")
                .documentation("Die Bescheinigung ist zugestellt; der Vorgang ist abgeschlossen.");

        b = b.moveToNode("Gateway_Issue").sequenceFlowId("Flow_Issue_No").condition("nein", "${!approved}");
        b = rejection(b, "Antrag abgelehnt");
        b = feeFreeAndUnpaid(b, "Activity_NoticeApproval");
        return b.done();
    }

    // ------------------------------------------------------------------------------------------------ building blocks

    private static StartEventBuilder submitted(ServicePlan plan) {
        ProcessBuilder process = Bpmn.createExecutableProcess(plan.processId())
                .name(plan.serviceName())
                .camundaHistoryTimeToLiveString("P365D");
        return process.startEvent("Event_Submitted")
                .name("Antrag eingegangen")
                .camundaFormRef(plan.formId())
                .camundaFormRefBinding("latest");
    }

    private static UserTaskBuilder clerkTask(AbstractFlowNodeBuilder<?, ?> from, String flowId, String id, String name,
                                             String form, Due due, String status, String documentation) {
        UserTaskBuilder task = from.sequenceFlowId(flowId).userTask(id)
                .name(name)
                .documentation(documentation)
                .camundaFormRef(form)
                .camundaFormRefBinding("latest")
                .camundaCandidateGroups(CLERKS)
                .camundaDueDate(due.dueDate())
                .camundaFollowUpDate(due.followUpDate());
        if (status != null) {
            task = task.camundaExecutionListenerExpression("start", "${caseStatus.record(execution, '" + status + "')}");
        }
        return task;
    }

    private static AbstractFlowNodeBuilder<?, ?> determineFee(AbstractFlowNodeBuilder<?, ?> from, ServicePlan plan, String flowId) {
        return from.sequenceFlowId(flowId).businessRuleTask("Task_DetermineFee")
                .name("Gebühr ermitteln")
                .documentation("Wertet die Gebührentabelle " + plan.feeDecisionId() + " mit dem Gemeindeschlüssel (ags) aus. "
                        + "Das Ergebnis (eine Zeile) liegt in feeDecision; die Ausgabe-Zuordnung übernimmt daraus feeAmount "
                        + "(EUR) und feeLegalBasis. Die Sachbearbeitung kann den Betrag danach ändern.")
                .camundaDecisionRef(plan.feeDecisionId())
                .camundaDecisionRefBinding("latest")
                .camundaMapDecisionResult("singleResult")
                .camundaResultVariable("feeDecision")
                .camundaOutputParameter("feeAmount", "${feeDecision.feeAmount}")
                .camundaOutputParameter("feeLegalBasis", "${feeDecision.feeLegalBasis}");
    }

    /** Gateway "Gebühr zu erheben?" → Gebühr erheben → "Gebühr bezahlt?"; continues on the "bezahlt" flow. */
    private static AbstractFlowNodeBuilder<?, ?> feeDue(AbstractFlowNodeBuilder<?, ?> from) {
        String incoming = from.getElement() instanceof ExclusiveGateway ? null : "Flow_FeeDue";
        AbstractFlowNodeBuilder<?, ?> b = from;
        if (incoming != null) {
            b = b.sequenceFlowId(incoming);
        }
        b = b.exclusiveGateway("Gateway_FeeDue").name("Gebühr zu erheben?");
        b = b.sequenceFlowId("Flow_FeeDue_Yes").condition("Gebühr festgesetzt", FEE_DUE);
        CallActivityBuilder payment = b.callActivity("Activity_Payment")
                .name("Gebühr erheben")
                .documentation("Fordert die Gebühr (feeAmount, feeLegalBasis) an, erinnert nach " + PAYMENT_REMINDER_AFTER
                        + " und setzt danach eine letzte Frist von " + PAYMENT_FINAL_PERIOD + ". Ergebnis in paymentOutcome: "
                        + "PAID oder CANCELLED (dann hat „Gebühr erheben“ die Einstellung des Verfahrens schon zugestellt).")
                .calledElement("shared-payment")
                .camundaCalledElementBinding("latest");
        return payment.sequenceFlowId("Flow_Payment_Paid").exclusiveGateway("Gateway_Paid").name("Gebühr bezahlt?")
                .sequenceFlowId("Flow_Paid_Yes").condition("bezahlt", PAID);
    }

    /** The default flow "gebührenfrei" around the payment and the end after an unpaid fee. */
    private static AbstractFlowNodeBuilder<?, ?> feeFreeAndUnpaid(AbstractFlowNodeBuilder<?, ?> from, String afterPayment) {
        AbstractFlowNodeBuilder<?, ?> b = from.moveToNode("Gateway_FeeDue").sequenceFlowId("Flow_FeeDue_No")
                .connectTo(afterPayment);
        return b.moveToNode("Gateway_Paid").sequenceFlowId("Flow_Paid_No").condition("nicht bezahlt", NOT_PAID)
                .endEvent("Event_Discontinued").name("Verfahren eingestellt")
                .documentation(DISCONTINUED_DOCUMENTATION);
    }

    /**
     * "Unterlagen nachfordern" (shared-document-request). The request from the review resets documentsMissing when it
     * ends; inside the deemed-approval sub-process it pauses the decision period while it runs.
     */
    private static CallActivityBuilder requestDocuments(AbstractFlowNodeBuilder<?, ?> from, String id, boolean pausesDeemedApproval) {
        boolean fromReview = !id.equals("Activity_RequestDocuments");
        CallActivityBuilder call = from.callActivity(id)
                .name(fromReview ? "Unterlagen für die Prüfung nachfordern" : "Unterlagen nachfordern")
                .documentation("Schickt der antragstellenden Person die Nachforderung (missingDocuments) mit der Frist, die "
                        + "die Sachbearbeitung gewählt hat (replyPeriod, sonst " + DOCUMENT_REPLY_PERIOD + "), und wartet auf "
                        + "die Antwort (documentRequestAnswered). Danach geht der "
                        + "Antrag zurück in die " + (fromReview ? "Prüfung" : "formelle Prüfung")
                        + ", auch ohne Antwort: dann entscheidet die Sachbearbeitung nach Aktenlage."
                        + (pausesDeemedApproval ? " Solange die Nachforderung läuft, ruht die Entscheidungsfrist der "
                        + "Genehmigungsfiktion (${deemedApproval.pause/resume})." : ""))
                .calledElement("shared-document-request")
                .camundaCalledElementBinding("latest");
        if (pausesDeemedApproval) {
            call = call.camundaExecutionListenerExpression("start", "${deemedApproval.pause(execution)}")
                    .camundaExecutionListenerExpression("end", "${deemedApproval.resume(execution)}");
        }
        if (fromReview) {
            call = call.camundaExecutionListenerExpression("end", "${execution.setVariable('documentsMissing', false)}");
        }
        return call;
    }

    private static AbstractFlowNodeBuilder<?, ?> deliverNotice(AbstractFlowNodeBuilder<?, ?> from, String id, String name,
                                                                String kind, String documentation) {
        return from.callActivity(id)
                .name(name)
                .documentation(documentation + " Art des Bescheids: noticeKind = " + kind + ".")
                .calledElement("shared-deliver-notice")
                .camundaCalledElementBinding("latest");
    }

    /** For archetypes whose notice follows the fee gateway: the flow into the notice gets the given id. */
    private static AbstractFlowNodeBuilder<?, ?> deliverNotice(AbstractFlowNodeBuilder<?, ?> from, String id, String name,
                                                                String kind, String documentation, String incomingFlowId) {
        return deliverNotice(from.sequenceFlowId(incomingFlowId), id, name, kind, documentation);
    }

    private static AbstractFlowNodeBuilder<?, ?> rejection(AbstractFlowNodeBuilder<?, ?> from, String endName) {
        AbstractFlowNodeBuilder<?, ?> b = from.callActivity("Activity_NoticeRejection")
                .name("Ablehnungsbescheid zustellen")
                .documentation("Erstellt den Ablehnungsbescheid mit der Begründung (rejectionReason) und der "
                        + "Rechtsbehelfsbelehrung und stellt ihn zu. Art des Bescheids: noticeKind = REJECTION.")
                .calledElement("shared-deliver-notice")
                .camundaCalledElementBinding("latest");
        return b.sequenceFlowId("Flow_NoticeRejection_End").endEvent("Event_Rejected").name(endName)
                .documentation("Der Ablehnungsbescheid ist zugestellt; der Vorgang ist abgeschlossen.");
    }

    // ------------------------------------------------------------------------------------------ after the builder

    /** Variable mappings of the call activities, default flows, namespaces and the catalogue properties. */
    private static void decorate(BpmnModelInstance model, ServicePlan plan) {
        Definitions definitions = model.getDefinitions();
        definitions.setId("Definitions_ozg_" + plan.ozgId());
        definitions.setTargetNamespace(TARGET_NAMESPACE);
        definitions.getDomElement().registerNamespace("modeler", MODELER_NS);
        definitions.setAttributeValueNs(MODELER_NS, "executionPlatform", "Camunda Platform");
        definitions.setAttributeValueNs(MODELER_NS, "executionPlatformVersion", "7.24.0");

        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            switch (call.getCalledElement()) {
                case "shared-payment" -> {
                    in(model, call, "caseId", "caseId");
                    in(model, call, "caseNumber", "caseNumber");
                    in(model, call, "feeAmount", "feeAmount");
                    in(model, call, "feeLegalBasis", "feeLegalBasis");
                    inExpression(model, call, PAYMENT_REMINDER_AFTER, "paymentReminderAfter");
                    inExpression(model, call, PAYMENT_FINAL_PERIOD, "paymentFinalPeriod");
                    businessKey(model, call);
                    out(model, call, "paymentOutcome");
                }
                case "shared-document-request" -> {
                    in(model, call, "caseId", "caseId");
                    in(model, call, "caseNumber", "caseNumber");
                    in(model, call, "missingDocuments", "missingDocuments");
                    inExpression(model, call, REPLY_PERIOD, "replyPeriod");
                    businessKey(model, call);
                    out(model, call, "documentRequestAnswered");
                }
                case "shared-deliver-notice" -> {
                    CamundaIn all = model.newInstance(CamundaIn.class);
                    all.setCamundaVariables("all");
                    extensions(model, call).addChildElement(all);
                    inExpression(model, call, switch (call.getId()) {
                        case "Activity_NoticeRejection" -> "REJECTION";
                        case "Activity_NoticeDeemedApproval" -> "DEEMED_APPROVAL";
                        default -> "APPROVAL";
                    }, "noticeKind");
                    businessKey(model, call);
                }
                default -> throw new IllegalStateException("Unknown call " + call.getCalledElement());
            }
        }
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getId().equals("Gateway_FeeDue")) {
                SequenceFlow feeFree = model.getModelElementById("Flow_FeeDue_No");
                feeFree.setName("gebührenfrei");
                gateway.setDefault(feeFree);
            }
        }

        Process process = model.getModelElementById(plan.processId());
        process.builder().documentation(documentation(plan));
        ExtensionElements extensions = process.getExtensionElements();
        if (extensions == null) {
            extensions = model.newInstance(ExtensionElements.class);
            process.setExtensionElements(extensions);
        }
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        for (Map.Entry<String, String> entry : plan.properties().entrySet()) {
            CamundaProperty property = model.newInstance(CamundaProperty.class);
            property.setCamundaName(entry.getKey());
            property.setCamundaValue(entry.getValue());
            properties.addChildElement(property);
        }
        extensions.addChildElement(properties);
    }

    /**
     * The builder names diagram elements, documentation and conditions with random UUIDs; the generated file must be
     * the same on every run (else every run would rewrite all files), so diagram elements get ids derived from their
     * BPMN element ({@code Task_Review_di}) and the rest, where BPMN does not need an id, none.
     */
    private static void stableIds(BpmnModelInstance model, ServicePlan plan) {
        for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
            diagram.setId("BPMNDiagram_ozg_" + plan.ozgId());
        }
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            plane.setId("BPMNPlane_ozg_" + plan.ozgId());
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shape.setId(shape.getBpmnElement().getId() + "_di");
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edge.setId(edge.getBpmnElement().getId() + "_di");
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            timer.setId("TimerEventDefinition_" + ((BaseElement) timer.getParentElement()).getId().replaceFirst("^Event_", ""));
        }
        for (Class<? extends ModelElementInstance> type : List.of(BpmnLabel.class, Documentation.class,
                ConditionExpression.class, TimeDate.class)) {
            for (ModelElementInstance element : model.getModelElementsByType(type)) {
                element.removeAttribute("id");
            }
        }
    }

    static String documentation(ServicePlan plan) {
        String level = switch (plan.level()) {
            case GEMEINDE -> "die Gemeinde";
            case KREIS -> "das Landratsamt bzw. die kreisfreie Stadt";
            case LAND -> "das Thüringer Landesverwaltungsamt";
            case EXTERN -> plan.properties().get("competent.body") + " außerhalb dieser Plattform (kein Antrag hier, "
                    + "die Leistungsseite verweist auf " + plan.properties().get("competent.url") + ")";
        };
        return plan.serviceName() + " (OZG " + plan.ozgId() + ", " + plan.entry().topic() + " / " + plan.entry().situation()
                + "). Ablauf nach Archetyp " + plan.archetype() + " – " + plan.archetype().germanLabel() + " (Regel: "
                + plan.archetypeReason() + "). Zuständig: " + level + " (" + plan.levelReason() + "; Ort: "
                + plan.properties().get("jurisdiction.place") + "). "
                + (plan.feeDecisionId() != null ? "Gebühr aus der Tabelle " + plan.feeDecisionId() + ". " : "")
                + "Bearbeitungsfrist " + plan.properties().get("processing.days") + " Tage (processing.days; Fälligkeit der "
                + "Aufgaben). "
                + (plan.deemedApproval() != null ? "Genehmigungsfiktion nach " + plan.deemedApproval() + " ab dem vollständigen "
                + "Antrag (deemed.approval" + (plan.properties().containsKey(ServicePlan.DEEMED_APPROVAL_WHEN)
                ? ", nur für " + plan.properties().get(ServicePlan.DEEMED_APPROVAL_WHEN) : "") + "). " : "")
                + (plan.fourEyes() ? "Vier-Augen-Prinzip: jede Entscheidung prüft eine zweite Person (four.eyes). " : "")
                + "Erzeugt von de.thueringen.antrag.tools.ServiceGenerator aus src/test/resources/catalog/ozg-katalog.csv. "
                + "Wer diese Datei im Modeler ändert, übernimmt sie: Der Generator überschreibt eine geänderte Datei nicht "
                + "(Prüfsumme generator.checksum).";
    }

    private static ExtensionElements extensions(BpmnModelInstance model, CallActivity call) {
        ExtensionElements extensions = call.getExtensionElements();
        if (extensions == null) {
            extensions = model.newInstance(ExtensionElements.class);
            call.setExtensionElements(extensions);
        }
        return extensions;
    }

    private static void in(BpmnModelInstance model, CallActivity call, String source, String target) {
        CamundaIn in = model.newInstance(CamundaIn.class);
        in.setCamundaSource(source);
        in.setCamundaTarget(target);
        extensions(model, call).addChildElement(in);
    }

    private static void inExpression(BpmnModelInstance model, CallActivity call, String expression, String target) {
        CamundaIn in = model.newInstance(CamundaIn.class);
        in.setCamundaSourceExpression(expression);
        in.setCamundaTarget(target);
        extensions(model, call).addChildElement(in);
    }

    private static void businessKey(BpmnModelInstance model, CallActivity call) {
        CamundaIn in = model.newInstance(CamundaIn.class);
        in.setCamundaBusinessKey("#{execution.processBusinessKey}");
        extensions(model, call).addChildElement(in);
    }

    private static void out(BpmnModelInstance model, CallActivity call, String variable) {
        CamundaOut out = model.newInstance(CamundaOut.class);
        out.setCamundaSource(variable);
        out.setCamundaTarget(variable);
        extensions(model, call).addChildElement(out);
    }
}
