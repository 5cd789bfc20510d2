package de.thueringen.antrag.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import de.thueringen.antrag.clerk.ClerkApiException;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.security.AuthorityMembership;
import de.thueringen.antrag.tasks.ClerkDirectory;

/**
 * Statistics: {@code GET /api/v1/statistics/authorities/{id}} for the clerks and team leads of that authority and
 * administrators, {@code GET /api/v1/statistics/land} for the Land office ({@value JurisdictionService#LAND_OFFICE_ID})
 * and administrators, both with optional {@code from}/{@code to} (JJJJ-MM-TT); the page {@code /statistik} for clerks
 * logged into Tasklist (their authorities, and the Land for those allowed). Login: Spring Security
 * (security.WebSecurity); which authority: {@link AuthorityMembership}.
 */
@Controller
class StatisticsController {

    private final StatisticsService statistics;
    private final AuthorityMembership membership;
    private final ClerkDirectory clerks;
    private final AuthorityDirectory authorities;

    StatisticsController(StatisticsService statistics, AuthorityMembership membership, ClerkDirectory clerks,
                         AuthorityDirectory authorities) {
        this.statistics = statistics;
        this.membership = membership;
        this.clerks = clerks;
        this.authorities = authorities;
    }

    @GetMapping(path = "/api/v1/statistics/authorities/{authorityId}", produces = "application/json")
    @ResponseBody
    AuthorityStatistics authority(@PathVariable String authorityId, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @AuthenticationPrincipal Clerk clerk) {
        if (!membership.mayActFor(clerk, authorityId)) {
            throw ClerkApiException.forbidden("Die Statistik einer Behörde sehen nur ihre Beschäftigten.");
        }
        if (authorities.byId(authorityId).isEmpty()) {
            throw ClerkApiException.notFound("Diese Behörde gibt es nicht.");
        }
        return statistics.forAuthority(authorityId, day(from, "from"), day(to, "to"));
    }

    @GetMapping(path = "/api/v1/statistics/land", produces = "application/json")
    @ResponseBody
    LandStatistics land(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @AuthenticationPrincipal Clerk clerk) {
        if (!membership.mayActFor(clerk, JurisdictionService.LAND_OFFICE_ID)) {
            throw ClerkApiException.forbidden("Die Landesstatistik sehen das Landesverwaltungsamt und die Administration.");
        }
        return statistics.forLand(day(from, "from"), day(to, "to"));
    }

    @GetMapping("/statistik")
    ModelAndView page(@RequestParam(required = false) String von, @RequestParam(required = false) String bis,
                      @AuthenticationPrincipal Clerk clerk) {
        LocalDate from;
        LocalDate to;
        try {
            from = day(von, "von");
            to = day(bis, "bis");
        } catch (ClerkApiException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<AuthorityStatistics> own = new ArrayList<>();
        for (String authorityId : clerks.authoritiesOf(clerk.userId())) {
            own.add(statistics.forAuthority(authorityId, from, to));
        }
        boolean landAllowed = membership.mayActFor(clerk, JurisdictionService.LAND_OFFICE_ID);
        if (own.isEmpty() && !landAllowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Keine Behörde zugeordnet");
        }
        ModelAndView page = new ModelAndView("statistics/statistik");
        page.addObject("own", own);
        page.addObject("land", landAllowed ? statistics.forLand(from, to) : null);
        page.addObject("von", from);
        page.addObject("bis", to);
        return page;
    }

    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ClerkApiException.invalid("„" + name + "“ bitte als Datum JJJJ-MM-TT angeben.");
        }
    }
}
