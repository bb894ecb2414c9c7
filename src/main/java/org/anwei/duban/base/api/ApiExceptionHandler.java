package org.anwei.duban.base.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.TranslatableException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.TranslationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a REST controller raises, as problem details with the right status: 400 for
 * a request the caller must correct (a missing or malformed parameter, a broken body or
 * multipart), 403 for a role that may not, 404 for what does not exist or may not be
 * seen, 405/406/415 for the wrong method or media type, 409 for a concurrent edit, 413
 * for a body or file too large, 422 for input the service refused (each field named), and
 * 500 (logged, with no detail) for anything else. Requests outside {@code /api/} are left
 * to the framework that serves them.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final MediaType PROBLEM = MediaType.parseMediaType(ApiProblems.MEDIA_TYPE);

	private final ApiProblems problems;

	ApiExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<Map<String, Object>> problem(ApiProblem ex, HttpServletRequest request) throws Exception {
		ResponseEntity<Map<String, Object>> response = respond(request, ex.status(), ex.code(), ex.messageKey(),
				ex.arguments(), ex.errors(), ex);
		if (ex.allowedMethods().isEmpty()) {
			return response;
		}
		return ResponseEntity.status(response.getStatusCode())
			.contentType(PROBLEM)
			.header("Allow", String.join(", ", ex.allowedMethods()))
			.body(response.getBody());
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<Map<String, Object>> refused(ValidationException ex, HttpServletRequest request) throws Exception {
		return respond(request, 422, "invalid", "api.error.invalid", List.of(), ex.errors(), ex);
	}

	@ExceptionHandler(TranslatableException.class)
	ResponseEntity<Map<String, Object>> unusable(TranslatableException ex, HttpServletRequest request)
			throws Exception {
		return respond(request, 422, ex.messageKey(), ex.messageKey(), ex.arguments(), List.of(), ex);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex, HttpServletRequest request) throws Exception {
		return respond(request, 404, "not-found", "api.error.not-found", List.of(), List.of(), ex);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ResponseEntity<Map<String, Object>> noSuchPath(Exception ex, HttpServletRequest request) throws Exception {
		return respond(request, 404, "not-found", "api.error.no-such-path", List.of(), List.of(), ex);
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ResponseEntity<Map<String, Object>> conflict(ConcurrentEditException ex, HttpServletRequest request)
			throws Exception {
		return respond(request, 409, "conflict", "api.error.conflict", List.of(new TranslationKey(ex.entityKey())),
				List.of(), ex);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<Map<String, Object>> forbidden(Exception ex, HttpServletRequest request) throws Exception {
		return respond(request, 403, "forbidden", "api.error.forbidden", List.of(), List.of(), ex);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws Exception {
		return respond(request, 413, "too-large", "api.error.upload-too-large", List.of(), List.of(), ex);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException ex, HttpServletRequest request)
			throws Exception {
		return badRequest(request, ex.getParameterName(), "api.error.missing", ex);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex, HttpServletRequest request)
			throws Exception {
		return badRequest(request, ex.getRequestPartName(), "api.error.missing", ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request)
			throws Exception {
		return badRequest(request, ex.getName(), "api.error.malformed", ex);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MultipartException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex, HttpServletRequest request) throws Exception {
		return respond(request, 400, "bad-request", "api.error.unreadable", List.of(), List.of(), ex);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws Exception {
		return respond(request, 405, "method-not-allowed", "api.error.method", List.of(ex.getMethod()), List.of(), ex);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws Exception {
		return respond(request, 415, "unsupported-media-type", "api.error.media-type",
				List.of(String.valueOf(ex.getContentType())), List.of(), ex);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpServletRequest request) throws Exception {
		return respond(request, 406, "not-acceptable", "api.error.not-acceptable", List.of(), List.of(), ex);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> failed(Exception ex, HttpServletRequest request) throws Exception {
		if (isApi(request)) {
			log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return respond(request, 500, "internal", "api.error.internal", List.of(), List.of(), ex);
	}

	private ResponseEntity<Map<String, Object>> badRequest(HttpServletRequest request, String field, String key,
			Exception ex) throws Exception {
		return respond(request, 400, "bad-request", "api.error.bad-request", List.of(),
				List.of(FieldError.of(field, key)), ex);
	}

	/**
	 * The problem for an API request; anything else is rethrown for the framework that
	 * serves it (Vaadin, the actuator).
	 */
	private ResponseEntity<Map<String, Object>> respond(HttpServletRequest request, int status, String code,
			String messageKey, List<Object> arguments, List<FieldError> errors, Exception ex) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(status)
			.contentType(PROBLEM)
			.body(this.problems.body(request, status, code, messageKey, arguments, errors));
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
