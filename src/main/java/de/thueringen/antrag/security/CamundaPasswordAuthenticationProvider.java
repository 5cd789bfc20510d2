package de.thueringen.antrag.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic on our staff endpoints: the password is checked by Camunda's identity service (the same accounts as in
 * Tasklist; the LoginThrottleFilter in front throttles failed attempts). The principal is the {@link Clerk} with
 * their groups and tenants.
 */
class CamundaPasswordAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AuthorityMembership membership;

    CamundaPasswordAuthenticationProvider(IdentityService identityService, AuthorityMembership membership) {
        this.identityService = identityService;
        this.membership = membership;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || userId.isEmpty() || !(password instanceof String text)
                || !identityService.checkPassword(userId, text)) {
            throw new BadCredentialsException("Invalid Camunda credentials");
        }
        Clerk clerk = membership.load(userId);
        return UsernamePasswordAuthenticationToken.authenticated(clerk, null, AuthorityMembership.authoritiesOf(clerk));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
