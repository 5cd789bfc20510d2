package de.thueringen.antrag.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One application and everything the authority knows about it (Vorgang / Akte). */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private String caseNumber;
    @Column(name = "service_id", nullable = false, updatable = false)
    private String serviceId;
    @Column(name = "service_name", nullable = false, updatable = false)
    private String serviceName;
    @Column(name = "process_definition_key", nullable = false, updatable = false)
    private String processDefinitionKey;
    /** The authority that handles the case; changes only when a clerk forwards it to the competent one. */
    @Column(name = "authority_id", nullable = false)
    private String authorityId;
    @Column(name = "municipality_ags", nullable = false, updatable = false)
    private String municipalityAgs;
    @Embedded
    private Applicant applicant;
    /** The submitted form data as JSON, exactly as validated. */
    @Column(name = "form_data", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String formData;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "tracking_token_hash", nullable = false, unique = true, updatable = false)
    private String trackingTokenHash;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected CaseFile() {
    }

    CaseFile(String caseNumber, NewCase newCase, String trackingTokenHash, Instant submittedAt) {
        this.caseNumber = caseNumber;
        this.serviceId = newCase.serviceId();
        this.serviceName = newCase.serviceName();
        this.processDefinitionKey = newCase.processDefinitionKey();
        this.authorityId = newCase.authorityId();
        this.municipalityAgs = newCase.municipalityAgs();
        this.applicant = newCase.applicant();
        this.formData = newCase.formDataJson();
        this.trackingTokenHash = trackingTokenHash;
        this.submittedAt = submittedAt;
        this.status = CaseStatus.EINGEGANGEN;
    }

    void changeStatus(CaseStatus newStatus, Instant at) {
        this.status = newStatus;
        if (newStatus.isTerminal()) {
            this.closedAt = at;
        }
    }

    void moveTo(String newAuthorityId) {
        this.authorityId = newAuthorityId;
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getServiceId() { return serviceId; }
    public String getServiceName() { return serviceName; }
    public String getProcessDefinitionKey() { return processDefinitionKey; }
    public String getAuthorityId() { return authorityId; }
    public String getMunicipalityAgs() { return municipalityAgs; }
    public Applicant getApplicant() { return applicant; }
    public String getFormData() { return formData; }
    public CaseStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
}
