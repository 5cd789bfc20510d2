package de.thueringen.antrag.tasks;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClerkAbsenceRepository extends JpaRepository<ClerkAbsence, Long> {

    @Query("select a from ClerkAbsence a where a.userId = :userId and a.authorityId = :authorityId"
            + " and a.firstDay <= :day and a.lastDay >= :day order by a.createdAt desc, a.id desc")
    List<ClerkAbsence> activeFor(@Param("userId") String userId, @Param("authorityId") String authorityId,
                                 @Param("day") LocalDate day);

    @Query("select a from ClerkAbsence a where a.firstDay <= :day and a.lastDay >= :day order by a.createdAt asc, a.id asc")
    List<ClerkAbsence> activeOn(@Param("day") LocalDate day);

    List<ClerkAbsence> findByAuthorityIdInAndLastDayGreaterThanEqualOrderByFirstDayAscIdAsc(
            java.util.Collection<String> authorityIds, LocalDate day);
}
