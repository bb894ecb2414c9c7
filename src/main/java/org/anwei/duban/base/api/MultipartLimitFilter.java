package org.anwei.duban.base.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every multipart request (an upload in the web application, a report on the API) is read
 * first, within the servlet's limits ({@code spring.servlet.multipart.*}: 10 MB a file,
 * 32 MB a request, parts spooled to disk, never to the heap), before any other filter
 * looks at it. One that breaks a limit is answered 413 here, once and quietly (problem
 * details on the API), instead of failing again in every filter and error page that asks
 * for a parameter. A malformed one is left to the endpoint, which answers 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MultipartLimitFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	MultipartLimitFilter(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request) && tooLarge(request)) {
			if (ApiExceptionHandler.isApi(request)) {
				this.problems.write(request, response, 413, "too-large", "api.error.upload-too-large");
			}
			else {
				response.setStatus(413);
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("File too large: at most 10 MB per file.");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	/** Reads the parts now; true when a size limit stopped the reading. */
	private static boolean tooLarge(HttpServletRequest request) {
		try {
			request.getParts();
			return false;
		}
		catch (IllegalStateException ex) {
			// Tomcat reports a size limit as IllegalStateException; no multipart
			// configuration as well, which is no refusal
			return ex.getMessage() != null && ex.getMessage().contains("exceed");
		}
		catch (IOException | ServletException ex) {
			return false; // malformed: the endpoint says 400
		}
	}

}
