package de.thueringen.antrag.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises a clerk who is logged into Tasklist or Cockpit (they click "Akte öffnen" in a task form): the webapps'
 * login in the HTTP session becomes the request's authentication on our staff endpoints. The login belongs to the
 * webapps; nothing is stored here, so logging out of Tasklist ends access to our pages as well.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final AuthorityMembership membership;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebappSessionAuthenticationFilter(AuthorityMembership membership) {
        this.membership = membership;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> userId = WebappLogin.userId(request);
        if (userId.isPresent()) {
            Clerk clerk = membership.load(userId.get());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null,
                    AuthorityMembership.authoritiesOf(clerk)));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
