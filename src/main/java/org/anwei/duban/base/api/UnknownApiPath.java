package org.anwei.duban.base.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any {@code /api/} request no endpoint serves: 404 problem details for a path that does
 * not exist, 405 (with {@code Allow}) for a path that exists with other methods, 415 or
 * 406 for a body or an answer of a type the endpoint does not take or give, instead of
 * falling through to the web application's HTML pages (and opening a session). Any
 * endpoint that fits always wins over this one.
 */
@RestController
class UnknownApiPath {

	private final RequestMappingHandlerMapping mappings;

	UnknownApiPath(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		Set<String> allowed = new TreeSet<>();
		boolean methodFits = false;
		boolean bodyFits = false;
		for (var entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (entry.getValue().getBeanType() == UnknownApiPath.class || !matchesPath(info, request)) {
				continue;
			}
			info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(allowed::add);
			if (info.getMethodsCondition().getMatchingCondition(request) != null) {
				methodFits = true;
				bodyFits |= info.getConsumesCondition().getMatchingCondition(request) != null;
			}
		}
		if (methodFits && !bodyFits) {
			throw new ApiProblem(415, "unsupported-media-type", "api.error.media-type",
					List.of(String.valueOf(request.getContentType())), List.of());
		}
		if (methodFits) {
			throw new ApiProblem(406, "not-acceptable", "api.error.not-acceptable", List.of(), List.of());
		}
		if (!allowed.isEmpty()) {
			throw new ApiProblem(405, "method-not-allowed", "api.error.method", List.of(request.getMethod()), List.of())
				.allowing(allowed);
		}
		throw new ApiProblem(404, "not-found", "api.error.no-such-path", List.of(), List.of());
	}

	private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
		return info.getPathPatternsCondition() != null
				&& info.getPathPatternsCondition().getMatchingCondition(request) != null;
	}

}
