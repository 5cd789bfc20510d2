package de.thueringen.antrag.tasks;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A clerk is absent on the days from {@code firstDay} to {@code lastDay}; a named substitute takes their tasks. */
@Entity
@Table(name = "clerk_absence")
public class ClerkAbsence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clerk_absence_seq")
    @SequenceGenerator(name = "clerk_absence_seq", sequenceName = "clerk_absence_seq", allocationSize = 50)
    private Long id;
    @Column(name = "authority_id", nullable = false, updatable = false)
    private String authorityId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Column(name = "substitute_id", nullable = false, updatable = false)
    private String substituteId;
    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClerkAbsence() {
    }

    ClerkAbsence(String authorityId, String userId, String substituteId, LocalDate firstDay, LocalDate lastDay,
                 String createdBy, Instant createdAt) {
        this.authorityId = authorityId;
        this.userId = userId;
        this.substituteId = substituteId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() { return id; }
    public String getAuthorityId() { return authorityId; }
    public String getUserId() { return userId; }
    public String getSubstituteId() { return substituteId; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
