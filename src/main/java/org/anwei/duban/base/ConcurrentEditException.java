package org.anwei.duban.base;

/**
 * The record was changed by someone else since the caller loaded it (its version moved
 * on). The caller's input is not saved and must be re-applied on the current state; it is
 * never merged silently.
 */
public class ConcurrentEditException extends RuntimeException {

	private final String entityKey;

	public ConcurrentEditException(String entityKey, Object id) {
		super(entityKey + " " + id + " was changed concurrently");
		this.entityKey = entityKey;
	}

	/** Translation key of the kind of record, e.g. {@code entity.department}. */
	public String entityKey() {
		return this.entityKey;
	}

}
