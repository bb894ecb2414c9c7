package org.anwei.duban.base.api;

import java.util.List;

import org.springframework.data.domain.PageRequest;

/**
 * Paging of the API's lists: a page number and size from the query string, checked (a
 * refusal names the parameter), and the page shape every list answers with.
 */
public final class ApiPages {

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	/** The highest page number: far beyond any real list, far below an overflow. */
	public static final int MAX_PAGE_NUMBER = 100_000;

	private ApiPages() {
	}

	/** One page of a list and the total number matching. */
	public record Page<T>(List<T> items, long total) {
	}

	public static PageRequest request(int page, int size) {
		if (page < 0 || page > MAX_PAGE_NUMBER) {
			throw ApiProblem.badParameter("page", "api.error.page", 0, MAX_PAGE_NUMBER);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ApiProblem.badParameter("size", "api.error.page", 1, MAX_SIZE);
		}
		return PageRequest.of(page, size);
	}

}
