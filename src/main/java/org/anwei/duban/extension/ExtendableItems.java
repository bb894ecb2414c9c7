package org.anwei.duban.extension;

import java.time.LocalDate;

/**
 * A kind of record whose deadline can be extended, implemented by the module that owns it
 * (tasks, hazards). Every method runs inside the extension service's transaction and
 * after its role check; who may ask for which record is the owner's rule.
 */
public interface ExtendableItems {

	/** The kind's name, as in {@code TASK}; at most 16 letters. */
	String type();

	/**
	 * The record for a request by the current user: visible to them (else a
	 * {@code NotFoundException}), theirs to act on (else an
	 * {@code AccessDeniedException}), at this version (else a
	 * {@code ConcurrentEditException}).
	 */
	Subject requestable(long id, long version);

	/** The record for staff's decision, or for reading its requests. */
	Subject visible(long id);

	/** A request was made: the record counts as updated (it is not stale). */
	default void requested(long id) {
	}

	/** Moves the record's deadline to an approved day. */
	void extend(long id, LocalDate deadline);

	/** The record's page, as in {@code tasks/42}. */
	String path(long id);

	/** The most approved extensions one record may have. */
	int maxExtensions();

	/**
	 * What the extension service needs to know of a record.
	 *
	 * @param title names the record in the audit log
	 * @param deadline the current deadline; a request must ask for a later day
	 * @param open whether it can still be extended
	 * @param auditType the record's type in the audit log, where requests and decisions
	 * are written to its history
	 * @param deadlineField the deadline's field name in that history
	 */
	record Subject(String title, LocalDate deadline, boolean open, String auditType, String deadlineField) {
	}

}
