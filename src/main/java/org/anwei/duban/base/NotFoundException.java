package org.anwei.duban.base;

/**
 * A record does not exist, or the caller may not see it. Services use the same exception
 * for both, so guessing ids reveals nothing about other departments' data.
 */
public class NotFoundException extends RuntimeException {

	private final String entityKey;

	public NotFoundException(String entityKey, Object id) {
		super(entityKey + " " + id + " not found");
		this.entityKey = entityKey;
	}

	public String entityKey() {
		return this.entityKey;
	}

}
