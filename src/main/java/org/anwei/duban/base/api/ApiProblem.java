package org.anwei.duban.base.api;

import java.util.List;

import org.anwei.duban.base.FieldError;

/**
 * A refusal the API reports as problem details: the HTTP status, a short machine-readable
 * code, the translation key of the sentence (and its arguments), and any field errors.
 * Thrown where a request is wrong in a way no service sees: a parameter out of range, a
 * body too large.
 */
public class ApiProblem extends RuntimeException {

	private final int status;

	private final String code;

	private final String messageKey;

	private final List<Object> arguments;

	private final List<FieldError> errors;

	private java.util.Set<String> allowedMethods = java.util.Set.of();

	public ApiProblem(int status, String code, String messageKey, List<Object> arguments, List<FieldError> errors) {
		super(code + ": " + messageKey);
		this.status = status;
		this.code = code;
		this.messageKey = messageKey;
		this.arguments = List.copyOf(arguments);
		this.errors = List.copyOf(errors);
	}

	/** 400: a parameter the caller must correct, named in the message. */
	public static ApiProblem badParameter(String field, String messageKey, Object... arguments) {
		return new ApiProblem(400, "bad-request", "api.error.bad-request", List.of(),
				List.of(FieldError.of(field, messageKey, arguments)));
	}

	/** 413: the request body is larger than this endpoint reads. */
	public static ApiProblem tooLarge(long maxBytes) {
		return new ApiProblem(413, "too-large", "api.error.too-large", List.of(ApiProblems.megabytes(maxBytes)),
				List.of());
	}

	/** For a 405: the methods the path does serve, sent as {@code Allow}. */
	ApiProblem allowing(java.util.Set<String> methods) {
		this.allowedMethods = java.util.Set.copyOf(methods);
		return this;
	}

	java.util.Set<String> allowedMethods() {
		return this.allowedMethods;
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
