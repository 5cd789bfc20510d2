package de.thueringen.antrag.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as the starter configures it, plus one correction: when the engine's tenant check refuses a
 * task or instance of another authority (ENGINE-13034 and its siblings, "belongs to no authenticated tenant"),
 * Camunda answers 500 as if the server had failed. That is an access denial and is answered 403 here
 * ({@link TenantDenial}).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineTenantDenialMapper.class);
        register(RestTenantDenialMapper.class);
    }

    /** Camunda's own answer, unless the exception is a tenant denial. */
    static Response respond(Throwable exception) {
        if (TenantDenial.isTenantDenial(exception.getMessage())) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(TenantDenial.ANSWER).build();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /** Thrown by the engine where a resource reads a task or instance directly. */
    @Priority(1000)
    static class EngineTenantDenialMapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return respond(exception);
        }
    }

    /** Resources such as "complete task" wrap the engine's exception into a RestException with status 500. */
    @Priority(1000)
    static class RestTenantDenialMapper implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return respond(exception);
        }
    }
}
